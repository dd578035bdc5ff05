// `tsx bench/profile-summary.ts <file.cpuprofile>...`: self time of a V8 CPU
// profile (as `pnpm bench --cpu-prof DIR` writes) by module and by function,
// the table docs/BENCHMARKS.md quotes. Idle time is left out of the shares, so
// they say where the busy time went.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { table } from './table.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = '(idle)';

/** The package a script belongs to (the last node_modules segment wins: pnpm nests them), or our own folder. */
export function moduleOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const ours = /\/(services\/[^/]+\/src\/[^/]+|packages\/[^/]+\/src)/.exec(path);
  return ours ? ours[1]! : path;
}

export function summarise(profile: CpuProfile, top = 15): { busyMs: number; idleMs: number; modules: string; functions: string } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time since the previous sample: it belongs to sample i.
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)));
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === IDLE) {
      idle += us;
      continue;
    }
    busy += us;
    const mod = moduleOf(url, functionName);
    modules.set(mod, (modules.get(mod) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${url ? `${basename(url)}:${lineNumber + 1}` : ''}`.trim();
    const key = `${fn}\u0000${mod}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => [...k.split('\u0000'), Math.round(us / 1000), Math.round((us / busy) * 1000) / 10]);
  return {
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    modules: table(['module', 'self ms', '% of busy'], rows(modules)),
    functions: table(['function', 'module', 'self ms', '% of busy'], rows(functions)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    console.log(`\n${basename(file)}: busy ${s.busyMs} ms, idle ${s.idleMs} ms\n\n${s.modules}\n\n${s.functions}`);
  }
}

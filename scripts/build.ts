/**
 * `pnpm build`: the four services and the workspace packages they run on,
 * compiled to JavaScript under dist/, for `node dist/services/<name>/src/main.js`
 * (the Dockerfile). dist/ mirrors the repository, so every path a module
 * finds from its own location (protos, migrations, the admin panel's files)
 * is copied to the same place under dist/. Each compiled package gets a
 * package.json pointing at its JavaScript and a node_modules of its own:
 * its third-party dependencies linked from pnpm's, its @chat/* ones to their
 * compiled copies (pnpm's links would lead back to the TypeScript sources).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const PACKAGES = ['services/auth', 'services/chat-core', 'services/gateway', 'services/router', 'packages/common', 'packages/grpc', 'packages/tokens'];
/** Folders modules reach relative to themselves; copied as they are. */
const ASSETS = ['protos', 'services/auth/migrations', 'services/chat-core/migrations', 'packages/admin-panel/dist', 'packages/demo-app/dist'];

rmSync(dist, { recursive: true, force: true });
// `pnpm typecheck` is the type check; this is the emit. One diagnostic is expected and harmless:
// TS2877 on `import type` of @chat/grpc's generated `.ts` files, which are erased from the output.
const compiled = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { encoding: 'utf8' });
const errors = compiled.stdout.split('\n').filter((line) => / error TS\d+/.test(line) && !line.includes('error TS2877'));
if (compiled.status !== 0 && (errors.length > 0 || !compiled.stdout.includes('error TS2877'))) {
  console.error(errors.join('\n') || compiled.stdout || compiled.stderr);
  process.exit(1);
}

for (const asset of ASSETS) if (existsSync(join(root, asset))) cpSync(join(root, asset), join(dist, asset), { recursive: true });

/** Files that are not TypeScript beside the sources (e.g. the common-passwords list). */
function copyDataFiles(dir: string): void {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyDataFiles(path);
    else if (!entry.name.endsWith('.ts')) cpSync(join(root, path), join(dist, path));
  }
}

const byName = new Map<string, string>();
for (const pkg of PACKAGES) {
  const manifest = JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')) as { name: string; version: string };
  byName.set(manifest.name, pkg);
}

for (const pkg of PACKAGES) {
  copyDataFiles(join(pkg, 'src'));
  const manifest = JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')) as { name: string; version: string };
  writeFileSync(
    join(dist, pkg, 'package.json'),
    `${JSON.stringify({ name: manifest.name, version: manifest.version, private: true, type: 'module', main: './src/index.js', exports: { '.': './src/index.js' } }, null, 2)}\n`,
  );
  const modules = join(root, pkg, 'node_modules');
  if (!existsSync(modules)) continue;
  const link = (name: string) => {
    const target = join(dist, pkg, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    const workspace = byName.get(name);
    const source = workspace ? join(dist, workspace) : realpathSync(join(modules, name));
    symlinkSync(relative(dirname(target), source), target);
  };
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const scoped of readdirSync(join(modules, entry))) link(`${entry}/${scoped}`);
    } else if (statSync(join(modules, entry)).isDirectory()) {
      link(entry);
    }
  }
}
console.log(`built ${PACKAGES.length} packages into ${relative(process.cwd(), dist) || 'dist'}: node dist/services/<name>/src/main.js`);

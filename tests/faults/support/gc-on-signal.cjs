// Preloaded into the soak's service processes (NODE_OPTIONS="--expose-gc
// --require <this>"), nowhere else: SIGUSR2 runs a full collection, so the
// soak reads each service's RSS right after one. Read at a random moment,
// RSS says where V8's collector is in its cycle (a router went 169 → 197 →
// 134 MiB in 100 s with nothing retained); after a full collection it says
// what the process holds.
'use strict';
process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
});

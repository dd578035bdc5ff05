// Preloaded (node --expose-gc --require <this>) into the processes whose
// memory a measurement reads: the soak's services (tests/faults) and the
// bench's servers, ours and the baseline alike. SIGUSR2 runs a full
// collection, so RSS is read right after one. Read at a random moment,
// RSS says where V8's collector is in its cycle (a router went 169 → 197 →
// 134 MiB in 100 s with nothing retained); after a full collection it says
// what the process holds.
'use strict';
process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
});

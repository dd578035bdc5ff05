// The process `pnpm start` runs in single-node mode (no REDIS_URL): all four
// services in one Node process. Its JSON log lines carry each service's name.
import { runMain } from '@chat/common';
import { startSingleNode } from './single-node.ts';

await runMain('single-node', () => startSingleNode(process.env));

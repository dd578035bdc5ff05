import { runMain } from '@chat/common';
import { loadGatewayConfig, start } from './index.ts';

await runMain('gateway', async () => start(loadGatewayConfig()));

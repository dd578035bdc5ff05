import { runMain } from '@chat/common';
import { loadRouterConfig, start } from './index.ts';

await runMain('router', async () => start(loadRouterConfig()));

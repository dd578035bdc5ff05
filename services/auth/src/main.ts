import { runMain } from '@chat/common';
import { loadAuthConfig, start } from './index.ts';

await runMain('auth', async () => start(loadAuthConfig()));

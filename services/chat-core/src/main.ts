import { runMain } from '@chat/common';
import { loadChatCoreConfig, start } from './index.ts';

await runMain('chat-core', async () => start(loadChatCoreConfig()));

// A runnable example of @chat/client: two users, a room, a message each way.
// Against `pnpm start`:   node --import tsx packages/client/examples/two-users.ts
// Elsewhere:              CHAT_URL=http://host:3000 CHAT_SOCKET_URL=http://host:3001 node --import tsx …
import { ChatError, createChatClient } from '@chat/client';

const url = process.env.CHAT_URL ?? 'http://localhost:3000';
const socketUrl = process.env.CHAT_SOCKET_URL ?? 'http://localhost:3001';
const password = 'correct horse battery staple';
const suffix = Date.now().toString(36);

async function user(name: string) {
  const client = createChatClient({ url, socketUrl });
  const email = `${name}-${suffix}@example.com`;
  await client.register(email, password);
  await client.login(email, password);
  // Every room's events, once and in seq order, including those missed while offline.
  client.on('message', (m) => console.log(`${name} got #${m.seq} from ${m.sender === client.userId ? 'me' : 'them'}: ${m.content}`));
  client.on('gap', (g) => console.log(`${name}: history of ${g.room} was pruned after seq ${g.since}; reload it`));
  return client;
}

const ann = await user('ann');
const ben = await user('ben');
const { roomId } = await ann.api.rooms.create('lunch', [ben.userId!]);
await ann.connect();
await ben.connect();

// Resolves once, with the stored message, however many resends it took (same nonce each time).
const sent = await ann.send(roomId, 'hello, Ben');
console.log(`ann's message is stored as #${sent.seq}`);
await ben.send(roomId, 'hi Ann');

await new Promise((resolve) => setTimeout(resolve, 500));
// Save positions() to resume later without missing or repeating anything: connect(positions).
console.log('ben has seen', ben.positions());
try {
  await ben.api.rooms.get('00000000-0000-4000-8000-000000000000');
} catch (error) {
  if (error instanceof ChatError) console.log(`errors are ChatErrors: ${error.code} (${error.status})`);
}
ann.close();
ben.close();

// The HTTP baseline: the same Fastify as the gateway answering the two measured
// routes from memory, with no auth, no gRPC and no database. It answers a page of
// the same size and shape as ours, so the difference is what ours does per request.
//
// Run as its own process: `node --import tsx bench/bare-http-server.ts [port]`.
// It prints one JSON line {"listening": port} when ready and stops on SIGTERM.
import { randomUUID } from 'node:crypto';
import { fastify } from './deps.ts';

const port = Number(process.argv[2] ?? process.env.BARE_HTTP_PORT ?? 0);
const room = randomUUID();
const sender = randomUUID();
const now = Date.now();
const messages = Array.from({ length: 50 }, (_, i) => {
  const at = new Date(now - i * 1000).toISOString();
  return {
    _id: randomUUID(),
    message: `seeded message ${1_000_000 - i}`,
    messageType: 'text',
    files: [],
    senderUser: sender,
    room,
    createdAt: at,
    updatedAt: at,
    seq: 1_000_001 - i,
  };
});

const app = fastify({ logger: false });
app.get('/chat/messages', async () => ({ messages, count: 1_000_000 }));
app.post('/chat/rooms', async () => ({ roomId: randomUUID() }));

const address = await app.listen({ host: '127.0.0.1', port });
console.log(JSON.stringify({ listening: Number(new URL(address).port) }));

async function stop(): Promise<void> {
  await app.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

// The baseline: a bare Socket.IO relay with no auth, no gRPC and no database,
// on the same socket.io, path, namespace and transport as the router. Whatever
// ours costs beyond this is the price of auth, persistence and ordering.
//
// Run as its own process: `node --import tsx bench/baseline-server.ts [port]`.
// It prints one JSON line {"listening": port} when ready and stops on SIGTERM.
import { createServer } from 'node:http';
import { SocketIoServer, type ServerSocket as Socket } from './deps.ts';

type Ack = (response: unknown) => void;

const port = Number(process.argv[2] ?? process.env.BASELINE_PORT ?? 0);
const http = createServer();
const io = new SocketIoServer(http, { path: '/realtime', transports: ['websocket'], serveClient: false });
const chat = io.of('/chat');
let nextId = 0;

function roomsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.filter((r): r is string => typeof r === 'string' && r.length > 0);
}

function onMessage(socket: Socket, room: unknown, message: unknown, ack: unknown): void {
  if (typeof room !== 'string') return;
  const body = typeof message === 'string' ? { content: message } : (message as { content?: unknown; nonce?: unknown } | null) ?? {};
  // The same fields ours sends, so both encode a payload of about the same size.
  const payload = {
    _id: String(++nextId),
    nonce: body.nonce ?? null,
    sender: socket.id,
    content: body.content ?? '',
    contentType: 'text',
    files: [],
    room,
    createdAt: new Date().toISOString(),
  };
  chat.to(room).emit('message', payload);
  if (typeof ack === 'function') (ack as Ack)(payload);
}

chat.on('connection', (socket) => {
  socket.join(roomsOf(socket.handshake.query.rooms));
  socket.on('join', (rooms: unknown, ack: unknown) => {
    socket.join(roomsOf(rooms));
    if (typeof ack === 'function') (ack as Ack)({ result: 'Ok' });
  });
  socket.on('message', (room: unknown, message: unknown, ack: unknown) => onMessage(socket, room, message, ack));
});

http.listen(port, '127.0.0.1', () => {
  const address = http.address();
  console.log(JSON.stringify({ listening: typeof address === 'object' && address ? address.port : port }));
});

function stop(): void {
  // io.close also closes the HTTP server once every socket is gone.
  io.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

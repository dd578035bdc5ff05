import { postJson as post } from '@chat/testing/post-json.ts';
import { startChatProcesses, type ChatStackPorts, type ProcessStack } from '@chat/testing/process-stack.ts';
import { LoadClient, type LoadUser } from './load.ts';

export interface FaultWorld {
  stack: ProcessStack;
  ports: ChatStackPorts;
  gatewayUrl: string;
  routerUrls: string[];
  users: LoadUser[];
  rooms: string[];
}

/**
 * The stack as processes (two routers unless told), `userCount` users who
 * are all in each of `roomCount` rooms, made through the public HTTP API.
 */
export async function startFaultWorld(
  env: Record<string, string>,
  { routers = 2, userCount = 6, roomCount = 3 }: { routers?: number; userCount?: number; roomCount?: number } = {},
): Promise<FaultWorld> {
  const { stack, ports } = await startChatProcesses({ LOG_LEVEL: 'warn', GATEWAY_REGISTER_RATE_LIMIT: '0', ...env }, routers);
  try {
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    const users: LoadUser[] = [];
    for (let i = 0; i < userCount; i++) {
      const credentials = { email: `load${i}@faults.test`, password: 'correct horse battery staple' };
      await post(`${gatewayUrl}/authentication/local/new`, credentials);
      users.push(await post<LoadUser>(`${gatewayUrl}/authentication/local`, credentials));
    }
    const rooms: string[] = [];
    for (let r = 0; r < roomCount; r++) {
      const others = users.slice(1).map((u) => u.userId);
      rooms.push((await post<{ roomId: string }>(`${gatewayUrl}/chat/rooms`, { roomName: `load ${r}`, users: others }, users[0]!.accessToken)).roomId);
    }
    return { stack, ports, gatewayUrl, routerUrls: ports.routers.map((p) => `http://127.0.0.1:${p}`), users, rooms };
  } catch (error) {
    await stack.stopAll();
    throw error;
  }
}

/** One client per user, spread over the routers in turn, each connected and caught up. */
export async function connectClients(world: FaultWorld): Promise<LoadClient[]> {
  const clients = world.users.map((u, i) => new LoadClient(u, world.routerUrls, world.rooms, i % world.routerUrls.length));
  await Promise.all(clients.map((c) => c.connect()));
  return clients;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

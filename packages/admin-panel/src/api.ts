// A typed client for the gateway's admin API (docs/ADMIN_API.md), by resource under api/.
import { peopleApi } from './api/people-api.ts';
import { createRequest } from './api/request.ts';
import { roomsApi } from './api/rooms-api.ts';
import type { ApiOptions } from './api/types.ts';
import { webhooksApi } from './api/webhooks-api.ts';
import type { SystemSnapshot } from './system/system-rates.ts';

export * from './api/types.ts';

export type AdminApi = ReturnType<typeof createAdminApi>;

export function createAdminApi(options: ApiOptions) {
  const request = createRequest(options);
  return {
    ...peopleApi(request),
    ...roomsApi(request),
    ...webhooksApi(request),
    /** The services' counters as they stand; the system page turns two of them into rates. */
    async systemSnapshot(): Promise<SystemSnapshot> {
      return request<SystemSnapshot>('GET', '/admin/system');
    },
  };
}

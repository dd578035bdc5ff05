import { enc, type Request } from './request.ts';
import type { WebhookDelivery, WebhookEndpoint } from './types.ts';

/** Webhook endpoints, their deliveries and dead letters. */
export function webhooksApi(request: Request) {
  return {
    async listWebhooks(): Promise<WebhookEndpoint[]> {
      return (await request<{ endpoints: WebhookEndpoint[] }>('GET', '/admin/webhooks')).endpoints;
    },

    /** The answer carries the secret: the only time it is shown. */
    async createWebhook(url: string, eventTypes: string[]): Promise<WebhookEndpoint> {
      return request<WebhookEndpoint>('POST', '/admin/webhooks', { body: { url, eventTypes } });
    },

    async setWebhookEnabled(id: string, enabled: boolean): Promise<void> {
      await request('PATCH', `/admin/webhooks/${enc(id)}`, { body: { enabled } });
    },

    async rotateWebhookSecret(id: string): Promise<WebhookEndpoint> {
      return request<WebhookEndpoint>('POST', `/admin/webhooks/${enc(id)}/rotate-secret`, { body: {} });
    },

    async deleteWebhook(id: string): Promise<void> {
      await request('DELETE', `/admin/webhooks/${enc(id)}`);
    },

    async listWebhookDeliveries(id: string, status?: 'dead'): Promise<WebhookDelivery[]> {
      const answer = await request<{ deliveries: WebhookDelivery[] }>('GET', `/admin/webhooks/${enc(id)}/deliveries`, { query: { status } });
      return answer.deliveries;
    },

    async retryWebhookDelivery(deliveryId: number): Promise<WebhookDelivery> {
      return request<WebhookDelivery>('POST', `/admin/webhooks/deliveries/${deliveryId}/retry`);
    },
  };
}

import type pg from 'pg';

export interface WebhookEndpoint {
  id: string;
  url: string;
  eventTypes: string[];
  secret: string;
  /** Still signing until `previousSecretUntil` (a rotation's overlap). */
  previousSecret: string | null;
  previousSecretUntil: Date | null;
  enabled: boolean;
  createdAt: Date;
}

export interface PendingRoom {
  roomId: string;
  /** The endpoint's cursor in the room. */
  after: number;
}

export interface LoggedEvent {
  roomId: string;
  seq: number;
  type: string;
  payload: unknown;
  createdAt: Date;
}

export type DeliveryStatus = 'retrying' | 'delivered' | 'dead';

export interface DeliveryRecord {
  id: number;
  endpointId: string;
  roomId: string;
  seq: number;
  eventType: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  updatedAt: Date;
}

type Row = Record<string, unknown>;

const toEndpoint = (r: Row): WebhookEndpoint => ({
  id: r.id as string,
  url: r.url as string,
  eventTypes: r.event_types as string[],
  secret: r.secret as string,
  previousSecret: (r.previous_secret as string | null) ?? null,
  previousSecretUntil: (r.previous_secret_until as Date | null) ?? null,
  enabled: r.enabled as boolean,
  createdAt: r.created_at as Date,
});

const toDelivery = (r: Row): DeliveryRecord => ({
  id: Number(r.id),
  endpointId: r.endpoint_id as string,
  roomId: r.room_id as string,
  seq: Number(r.seq),
  eventType: r.event_type as string,
  body: r.body as string,
  status: r.status as DeliveryStatus,
  attempts: r.attempts as number,
  responseStatus: (r.response_status as number | null) ?? null,
  error: (r.error as string | null) ?? null,
  updatedAt: r.updated_at as Date,
});

/** The webhooks' SQL (migrations/0030_webhooks.sql), one method per query. */
export class WebhookStore {
  constructor(private readonly db: pg.Pool) {}

  /** A new endpoint, starting after every room's current last seq. */
  async create(input: { url: string; eventTypes: string[]; secret: string }): Promise<WebhookEndpoint> {
    const client = await this.db.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        `INSERT INTO chat.webhook_endpoints (url, event_types, secret) VALUES ($1, $2, $3) RETURNING *`,
        [input.url, input.eventTypes, input.secret],
      );
      const endpoint = toEndpoint(rows[0]!);
      await client.query(
        `INSERT INTO chat.webhook_cursors (endpoint_id, room_id, last_seq) SELECT $1, id, last_seq FROM chat.rooms`,
        [endpoint.id],
      );
      await client.query('COMMIT');
      return endpoint;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async list(): Promise<WebhookEndpoint[]> {
    const { rows } = await this.db.query(`SELECT * FROM chat.webhook_endpoints ORDER BY created_at`);
    return rows.map(toEndpoint);
  }

  async get(id: string): Promise<WebhookEndpoint | undefined> {
    const { rows } = await this.db.query(`SELECT * FROM chat.webhook_endpoints WHERE id = $1`, [id]);
    return rows[0] ? toEndpoint(rows[0]) : undefined;
  }

  async update(id: string, change: { url?: string; eventTypes?: string[]; enabled?: boolean }): Promise<WebhookEndpoint | undefined> {
    const { rows } = await this.db.query(
      `UPDATE chat.webhook_endpoints
          SET url = coalesce($2, url), event_types = coalesce($3, event_types), enabled = coalesce($4, enabled), updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, change.url ?? null, change.eventTypes ?? null, change.enabled ?? null],
    );
    return rows[0] ? toEndpoint(rows[0]) : undefined;
  }

  /** A new secret; the current one keeps signing until `overlapSeconds` from now. */
  async rotateSecret(id: string, secret: string, overlapSeconds: number): Promise<WebhookEndpoint | undefined> {
    const { rows } = await this.db.query(
      `UPDATE chat.webhook_endpoints
          SET previous_secret = secret, previous_secret_until = now() + make_interval(secs => $3), secret = $2, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, secret, overlapSeconds],
    );
    return rows[0] ? toEndpoint(rows[0]) : undefined;
  }

  async remove(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`DELETE FROM chat.webhook_endpoints WHERE id = $1`, [id]);
    return (rowCount ?? 0) > 0;
  }

  /** Rooms with events after the endpoint's cursor (rooms.last_seq is the room's newest seq). */
  async pendingRooms(endpointId: string, limit: number): Promise<PendingRoom[]> {
    const { rows } = await this.db.query(
      `SELECT r.id AS room_id, coalesce(c.last_seq, 0) AS after
         FROM chat.rooms r
         LEFT JOIN chat.webhook_cursors c ON c.endpoint_id = $1 AND c.room_id = r.id
        WHERE r.last_seq > coalesce(c.last_seq, 0)
        LIMIT $2`,
      [endpointId, limit],
    );
    return rows.map((r) => ({ roomId: r.room_id as string, after: Number(r.after) }));
  }

  async eventsAfter(roomId: string, after: number, limit: number): Promise<LoggedEvent[]> {
    const { rows } = await this.db.query(
      `SELECT room_id, seq, type, payload, created_at FROM chat.room_events WHERE room_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [roomId, after, limit],
    );
    return rows.map((r) => ({ roomId: r.room_id as string, seq: Number(r.seq), type: r.type as string, payload: r.payload as unknown, createdAt: r.created_at as Date }));
  }

  async advance(endpointId: string, roomId: string, seq: number): Promise<void> {
    await this.db.query(
      `INSERT INTO chat.webhook_cursors (endpoint_id, room_id, last_seq) VALUES ($1, $2, $3)
       ON CONFLICT (endpoint_id, room_id) DO UPDATE SET last_seq = greatest(chat.webhook_cursors.last_seq, excluded.last_seq)`,
      [endpointId, roomId, seq],
    );
  }

  /** Records an attempt; returns how many attempts the event has had. */
  async recordAttempt(
    endpointId: string,
    event: { roomId: string; seq: number; type: string; body: string },
    outcome: { status: DeliveryStatus; responseStatus: number | null; error: string | null },
  ): Promise<number> {
    const { rows } = await this.db.query(
      `INSERT INTO chat.webhook_deliveries (endpoint_id, room_id, seq, event_type, body, status, attempts, response_status, error)
       VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)
       ON CONFLICT (endpoint_id, room_id, seq) DO UPDATE
         SET status = excluded.status, attempts = chat.webhook_deliveries.attempts + 1,
             response_status = excluded.response_status, error = excluded.error, updated_at = now()
       RETURNING attempts`,
      [endpointId, event.roomId, event.seq, event.type, event.body, outcome.status, outcome.responseStatus, outcome.error],
    );
    return rows[0]!.attempts as number;
  }

  async markDead(endpointId: string, roomId: string, seq: number): Promise<void> {
    await this.db.query(
      `UPDATE chat.webhook_deliveries SET status = 'dead', updated_at = now() WHERE endpoint_id = $1 AND room_id = $2 AND seq = $3`,
      [endpointId, roomId, seq],
    );
  }

  async deliveries(endpointId: string, options: { status?: DeliveryStatus; limit: number }): Promise<DeliveryRecord[]> {
    const { rows } = await this.db.query(
      `SELECT * FROM chat.webhook_deliveries WHERE endpoint_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY id DESC LIMIT $3`,
      [endpointId, options.status ?? null, options.limit],
    );
    return rows.map(toDelivery);
  }

  async delivery(id: number): Promise<DeliveryRecord | undefined> {
    const { rows } = await this.db.query(`SELECT * FROM chat.webhook_deliveries WHERE id = $1`, [id]);
    return rows[0] ? toDelivery(rows[0]) : undefined;
  }
}

import type { JWK } from 'jose';
import { withTransaction, type Pool, type PoolClient } from '@chat/common';

export interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

interface KeyRow {
  kid: string;
  private_jwk: JWK;
  public_jwk: JWK;
}

const toKey = (row: KeyRow): StoredKey => ({ kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk });

/** The SQL of auth.signing_keys: generated development keys, shared by every replica. */
export class SigningKeyStore {
  constructor(private readonly pool: Pool) {}

  /**
   * The newest active key, or the one `generate` makes when there is none.
   * The transaction-scoped advisory lock makes replicas starting together
   * wait for the first one's key instead of each generating its own.
   */
  async newestOrCreate(generate: () => Promise<StoredKey>): Promise<StoredKey> {
    return withTransaction(this.pool, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('auth:signing-key'))`);
      const existing = await this.newest(client);
      if (existing) return existing;
      const key = await generate();
      await client.query(
        `INSERT INTO auth.signing_keys (kid, private_jwk, public_jwk)
         VALUES ($1, $2, $3)`,
        [key.kid, key.privateJwk, key.publicJwk],
      );
      return key;
    });
  }

  /** Every key not retired: tokens signed by an older one stay valid until they expire. */
  async listActivePublic(): Promise<JWK[]> {
    const { rows } = await this.pool.query<Pick<KeyRow, 'public_jwk'>>(
      `SELECT public_jwk
       FROM auth.signing_keys
       WHERE retired_at IS NULL
       ORDER BY created_at DESC`,
    );
    return rows.map((r) => r.public_jwk);
  }

  private async newest(client: PoolClient): Promise<StoredKey | undefined> {
    const { rows } = await client.query<KeyRow>(
      `SELECT kid, private_jwk, public_jwk
       FROM auth.signing_keys
       WHERE retired_at IS NULL
       ORDER BY created_at DESC
       LIMIT 1`,
    );
    return rows[0] && toKey(rows[0]);
  }
}

import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/database.js';

/**
 * The server secret from `secret` in the data directory, made there (32 random bytes, readable
 * by the owner only) on the first start without `BIV_SECRET`.
 */
export function secretFromDataDir(dataDir: string): string {
  const file = join(dataDir, 'secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8').trim(); // another process made it a moment ago
  }
}

/**
 * Make sure every instance on this database keys its hashes with the same secret: the first
 * start stores a check value (an HMAC of a fixed text, which does not reveal the secret), and a
 * start with another secret fails instead of keeping throttle counters no other instance sees.
 */
export async function checkSecret(db: Db, secret: string): Promise<void> {
  const check = createHmac('sha256', secret).update('biv-secret-check').digest('hex');
  await db.insertInto('server_settings').values({ name: 'secret_check', value: check }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('server_settings').select('value').where('name', '=', 'secret_check').executeTakeFirstOrThrow();
  if (row.value !== check) {
    throw new Error(
      'BIV_SECRET is not the secret this database was first used with: every server instance on one database needs the same BIV_SECRET (see docs/server.md)',
    );
  }
}

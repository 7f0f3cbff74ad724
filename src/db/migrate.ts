import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { CYPHER_DIR, splitStatements } from './cypher-files';
import { MIGRATIONS_APPLIED, RECORD_MIGRATION } from './db.queries';
import type { Neo4jGateway } from './gateway';

export interface Migration {
  id: string;
  file: string;
  checksum: string;
  statements: string[];
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');

/** Ordered migrations from `cypher/migrations/NNN_name.cypher`. */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.cypher$/.test(f))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return {
        id: f.replace(/\.cypher$/, ''),
        file: f,
        checksum: crypto.createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

export async function migrationStatus(gw: Neo4jGateway, dir?: string): Promise<MigrationStatus> {
  const applied = new Set((await gw.read(MIGRATIONS_APPLIED, {})).map((r) => r.id));
  const all = listMigrations(dir);
  return {
    applied: all.filter((m) => applied.has(m.id)).map((m) => m.id),
    pending: all.filter((m) => !applied.has(m.id)).map((m) => m.id),
  };
}

/**
 * Applies each pending migration once and records it as (:__Migration). Schema statements
 * run one per auto-commit transaction (Neo4j does not mix schema and data writes); every
 * statement uses IF NOT EXISTS, so a run interrupted midway is safe to repeat.
 * A migration edited after it was applied is refused: add a new file instead.
 */
export async function migrate(gw: Neo4jGateway, logger?: Logger, dir?: string): Promise<string[]> {
  const done = new Map((await gw.read(MIGRATIONS_APPLIED, {})).map((r) => [r.id, r.checksum]));
  const ran: string[] = [];
  for (const m of listMigrations(dir)) {
    const prior = done.get(m.id);
    if (prior !== undefined) {
      if (prior !== m.checksum) {
        throw new MigrationError(
          `Migration ${m.file} changed after it was applied (checksum differs). Put the change in a new migration file.`,
        );
      }
      continue;
    }
    for (const statement of m.statements) await gw.runAutoCommitText(statement);
    await gw.write(RECORD_MIGRATION, { id: m.id, checksum: m.checksum, statements: m.statements.length });
    logger?.info({ migration: m.id, statements: m.statements.length }, 'migration applied');
    ran.push(m.id);
  }
  // Constraints and indexes build in the background; wait so the first queries can use them.
  if (ran.length > 0) await gw.runAutoCommit('system/await-indexes');
  return ran;
}

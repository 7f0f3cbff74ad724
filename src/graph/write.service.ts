import crypto from 'node:crypto';
import { RequestCaller } from '../auth/roles';
import { GatewayTx, Neo4jGateway } from '../db/gateway';
import { BUMP_GRAPH_VERSION } from '../db/db.queries';
import { AppError, ErrorCode } from '../errors';
import { Injectable } from '../graphql/scope';
import { AuditLabel, NewAuditEntry, RECORD_AUDIT, REQUEST_GET, REQUEST_PUT } from './write.queries';

/** What one write changed on one node: the properties it set, before and after. */
export interface Change {
  label: AuditLabel;
  key: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Properties whose value differs, with both sides (undefined and null read as absent). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const norm = (v: unknown): string => JSON.stringify(v ?? null);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => norm(before[k]) !== norm(after[k])).sort();
}

function pick(map: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, map[k] ?? null]));
}

/** A digest of a write's input without its request id, in a canonical key order. */
function inputDigest(input: object): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  const { requestId: _r, ...rest } = input as Record<string, unknown>;
  void _r;
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('base64url');
}

/** The audit entries of these changes: one per node whose state differs, with the fields that differ. */
export function auditEntries(changes: Change[]): NewAuditEntry[] {
  return changes
    .map((c) => ({ c, fields: changedFields(c.before, c.after) }))
    .filter((x) => x.fields.length > 0)
    .map(({ c, fields }) => ({
      id: crypto.randomUUID(),
      label: c.label,
      key: c.key,
      fields,
      before: JSON.stringify(pick(c.before, fields)),
      after: JSON.stringify(pick(c.after, fields)),
    }));
}

/**
 * One write of the system of record, all or nothing, in one managed transaction:
 *  - a retried request (same client-supplied requestId, same caller and operation) returns the first
 *    answer and writes nothing again;
 *  - the work itself (which locks and checks versions, src/modules/*);
 *  - an audit entry per changed node (who, when, which operation, the properties before and after);
 *  - a new graph version token, so the analysis caches are recomputed on the next request.
 * Any error rolls all of it back.
 */
@Injectable()
export class WriteService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly who: RequestCaller,
  ) {}

  /** Who signs this request's writes (the token's subject). */
  get actor(): string {
    return this.who.caller.id;
  }

  async run<T>(
    operation: string,
    input: { requestId?: string },
    work: (tx: GatewayTx) => Promise<{ result: T; changes: Change[] }>,
  ): Promise<T> {
    const requestId = input.requestId;
    // The request id names one question: a replay must ask the same one (its input's digest is kept).
    const digest = requestId ? inputDigest(input) : '';
    try {
      return await this.once(operation, requestId, digest, work);
    } catch (e) {
      // Two identical retries at once: one wrote, the other lost on its lock, version or the request
      // id's uniqueness. The loser answers as a retry after it would have: with the winner's answer.
      if (!requestId || !(e instanceof AppError) || e.code !== ErrorCode.CONFLICT) throw e;
      const [done] = await this.gw.read(REQUEST_GET, { id: requestId });
      if (done && done.operation === operation && done.actor === this.who.caller.id && done.digest === digest)
        return JSON.parse(done.result) as T;
      throw e;
    }
  }

  private async once<T>(
    operation: string,
    requestId: string | undefined,
    digest: string,
    work: (tx: GatewayTx) => Promise<{ result: T; changes: Change[] }>,
  ): Promise<T> {
    const caller = this.who.caller;
    return this.gw.writeTx(
      async (tx) => {
        if (requestId) {
          const [done] = await tx.run(REQUEST_GET, { id: requestId });
          if (done) {
            if (done.operation !== operation || done.actor !== caller.id) {
              throw new AppError(
                ErrorCode.CONFLICT,
                `requestId ${requestId} was already used for another write. 该 requestId 已用于其他操作。`,
                { fields: [{ path: 'input.requestId', message: 'already used' }] },
              );
            }
            if (done.digest !== digest) {
              throw new AppError(
                ErrorCode.CONFLICT,
                `requestId ${requestId} was already used for this operation with a different input; a retry must send the same input, a new write a new requestId. 该 requestId 已用于内容不同的同一操作。`,
                { fields: [{ path: 'input.requestId', message: 'already used with a different input' }] },
              );
            }
            return JSON.parse(done.result) as T;
          }
        }
        const { result, changes } = await work(tx);
        const entries = auditEntries(changes);
        if (entries.length > 0) {
          await tx.run(RECORD_AUDIT, {
            entries,
            at: new Date().toISOString(),
            actor: caller.id,
            role: caller.role,
            operation,
            requestId: requestId ?? null,
          });
        }
        await tx.run(BUMP_GRAPH_VERSION, {});
        if (requestId) await tx.run(REQUEST_PUT, { id: requestId, operation, actor: caller.id, digest, result: JSON.stringify(result) });
        return result;
      },
      { meta: { operation, actor: caller.id } },
    );
  }
}

/** A stale version: the node changed since the client read it. */
export class ConflictVersionError extends AppError {
  constructor(entity: string, key: string, expected: number, current: number) {
    super(
      ErrorCode.CONFLICT,
      `${entity} ${key} was changed by someone else (you read version ${expected}, it is now ${current}); read it again and retry. 数据已被他人修改，请刷新后重试。`,
      {
        entity,
        key,
        expectedVersion: expected,
        currentVersion: current,
        fields: [{ path: 'input.expectedVersion', message: `stale: current version is ${current}` }],
      },
    );
  }
}

import { Args, Authorized, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Neo4jGateway } from '../../db/gateway';
import { BadInputError } from '../../errors';
import { Enterprise } from '../../graph/enterprise.type';
import { Person } from '../../graph/person.type';
import { Project } from '../../graph/project.type';
import { analysisCost, listOf } from '../../graphql/limits';
import { Loaders } from '../../graphql/loaders';
import { AuditTrailArgs } from './audit.input';
import { toAuditEntry } from './audit.mappers';
import { AUDIT_OF_ENTITIES, AUDIT_TRAIL } from './audit.queries';
import { AuditEntry, AuditTrail } from './audit.type';

/** The audit trail (操作日志): every API write and import, as WriteService recorded it. */
@Resolver()
export class AuditResolver {
  constructor(private readonly gw: Neo4jGateway) {}

  @Authorized(Role.ADMIN)
  @Query(() => AuditTrail, {
    complexity: analysisCost(10, (a) => (a as { first: number }).first),
    description: 'Who changed what, newest first (操作日志). Admins only.',
  })
  async auditTrail(@Args() { filter, first, after }: AuditTrailArgs): Promise<AuditTrail> {
    const cursor = after ? decodeAuditCursor(after) : null;
    const rows = await this.gw.read(AUDIT_TRAIL, {
      entityKey: filter?.entityKey ?? null,
      actor: filter?.actor ?? null,
      operation: filter?.operation ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
      afterAt: cursor?.at ?? null,
      afterId: cursor?.id ?? null,
      limit: first + 1,
    });
    const page = rows.slice(0, first).map((r) => r.entry);
    const last = page[page.length - 1];
    return {
      entries: page.map(toAuditEntry),
      endCursor: rows.length > first && last ? Buffer.from(JSON.stringify({ at: last.at, id: last.id })).toString('base64url') : null,
    };
  }
}

function decodeAuditCursor(after: string): { at: string; id: string } {
  try {
    const c = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { at?: unknown; id?: unknown };
    if (typeof c.at === 'string' && typeof c.id === 'string' && !Number.isNaN(Date.parse(c.at))) return { at: c.at, id: c.id };
  } catch {
    // fall through
  }
  throw new BadInputError([{ path: 'after', message: 'is not a cursor of this audit trail' }]);
}

const HISTORY = { complexity: listOf(10), description: 'Its changes through the API, newest first. Needs the ANALYST role.' };

/** A project's history. */
@Resolver(() => Project)
export class ProjectHistoryField {
  constructor(private readonly loaders: Loaders) {}

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AuditEntry], {
    ...HISTORY,
    description: 'Its changes through the API, newest first (who, when, what). Needs the ANALYST role.',
  })
  async history(@Root() p: Project): Promise<AuditEntry[]> {
    return (await this.loaders.many(AUDIT_OF_ENTITIES, p.id)).map(toAuditEntry);
  }
}

/** An enterprise's history. */
@Resolver(() => Enterprise)
export class EnterpriseHistoryField {
  constructor(private readonly loaders: Loaders) {}

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AuditEntry], HISTORY)
  async history(@Root() e: Enterprise): Promise<AuditEntry[]> {
    return (await this.loaders.many(AUDIT_OF_ENTITIES, e.uscc)).map(toAuditEntry);
  }
}

/** A person's history. */
@Resolver(() => Person)
export class PersonHistoryField {
  constructor(private readonly loaders: Loaders) {}

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AuditEntry], HISTORY)
  async history(@Root() p: Person): Promise<AuditEntry[]> {
    return (await this.loaders.many(AUDIT_OF_ENTITIES, p.id)).map(toAuditEntry);
  }
}

/**
 * Roles (角色), each including the ones below it: a planner may do what an analyst and a viewer may.
 * Every operation declares the least role it needs (type-graphql's @Authorized); docs/security.md
 * says what each sees.
 */
export enum Role {
  /** 查看: reads the directory and the gap reports; of people, only names and titles or roles */
  VIEWER = 'VIEWER',
  /** 分析: reads everything, people included; rankings, warm paths, scenarios */
  ANALYST = 'ANALYST',
  /** 招商: keeps the 台账 — projects, targets, follow-ups, 履约 records */
  PLANNER = 'PLANNER',
  /** 管理: firms and people, imports, the audit trail */
  ADMIN = 'ADMIN',
  /**
   * 专家: outside the ladder. A member of the 招商专家库 (the token's subject is the expert's id) sees
   * the projects sent to them for review and submits their own reviews; nothing else.
   */
  EXPERT = 'EXPERT',
}
export const ROLE_ZH: Record<Role, string> = { VIEWER: '查看', ANALYST: '分析', PLANNER: '招商', ADMIN: '管理', EXPERT: '专家' };

const ORDER: readonly Role[] = [Role.VIEWER, Role.ANALYST, Role.PLANNER, Role.ADMIN];

/** A role and every role below it (an expert has only its own). */
export function rolesOf(role: Role): Role[] {
  return role === Role.EXPERT ? [Role.EXPERT] : ORDER.slice(0, ORDER.indexOf(role) + 1);
}

/** The role named in a token (case-insensitive), or undefined when it names none. */
export function parseRole(value: unknown): Role | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase();
  return [...ORDER, Role.EXPERT].find((r) => (r as string) === upper);
}

/** Who is asking: the token's subject and its roles, or the anonymous reader development allows. */
export interface Caller {
  id: string;
  role: Role | null;
  roles: Role[];
  anonymous: boolean;
}

/** No token where anonymous reading is allowed (development only): reads, never writes. */
export const ANONYMOUS_READER: Caller = Object.freeze({ id: 'anonymous', role: null, roles: rolesOf(Role.ANALYST), anonymous: true });
/** No token where every request needs one: nothing is allowed. */
export const NOBODY: Caller = Object.freeze({ id: 'anonymous', role: null, roles: [], anonymous: true });

/** The caller of this request, as services take it from the request scope (constructor parameter). */
export class RequestCaller {
  constructor(readonly caller: Caller) {}
}

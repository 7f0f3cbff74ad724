import { GraphQLInputType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import { Role, ROLE_ZH } from '../auth/roles';
import { AppError, ErrorCode } from '../errors';
import type { AppContext } from './context';
import { fieldLabelZh } from './message-zh';

/**
 * Input fields that read a protected field carry its role: filtering firms by 南安籍 executives tells
 * a viewer who is 南安籍 as surely as reading Person.nanan would. A field marked here may be given only
 * by a caller with the role; anyone else gets FORBIDDEN naming the field. Checked for every argument
 * of every resolver that takes arguments by `inputRoles` (attached by `attachInputRoles` before the
 * schema is built), so a new filter only needs the mark.
 */
const RULES = new WeakMap<object, Map<string, Role>>();

/** Marks an input field as needing `role` (the role of the field it reads). */
export function NeedsRole(role: Role): PropertyDecorator {
  return (target, property) => {
    const rules = RULES.get(target) ?? new Map<string, Role>();
    rules.set(String(property), role);
    RULES.set(target, rules);
  };
}

/** The marked fields of an input class (tests enumerate them). */
export function rolesOfInput(cls: { prototype: object }): ReadonlyMap<string, Role> {
  return RULES.get(cls.prototype) ?? new Map();
}

/** The marked fields of each input type, by its GraphQL name (type-graphql names the type after its class). */
let byTypeName: Map<string, ReadonlyMap<string, Role>> | undefined;
function rulesOf(typeName: string): ReadonlyMap<string, Role> | undefined {
  byTypeName ??= new Map(
    getMetadataStorage().inputTypes.flatMap((t) => (RULES.has(t.target.prototype as object) ? [[t.name, rolesOfInput(t.target)]] : [])),
  );
  return byTypeName.get(typeName);
}

/** The first field given in `value` of input type `type` that the caller's roles do not allow. */
function refused(value: unknown, type: GraphQLInputType, roles: readonly Role[], path: string): { path: string; role: Role } | null {
  if (value === null || value === undefined) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const list = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) {
      const hit = refused(list[i], inner.ofType, roles, `${path}.${i}`);
      if (hit) return hit;
    }
    return null;
  }
  if (!isInputObjectType(inner) || typeof value !== 'object') return null;
  const rules = rulesOf(inner.name);
  const fields = inner.getFields();
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null || !fields[key]) continue;
    const at = `${path}.${key}`;
    const role = rules?.get(key);
    if (role && !roles.includes(role)) return { path: at, role };
    const hit = refused(v, fields[key].type, roles, at);
    if (hit) return hit;
  }
  return null;
}

export const inputRoles: MiddlewareFn<AppContext> = ({ args, context, info }, next) => {
  if (Object.keys(args).length > 0) {
    const defs = info.parentType.getFields()[info.fieldName]?.args ?? [];
    for (const def of defs) {
      const hit = refused(args[def.name], def.type, context.caller.roles, def.name);
      if (hit) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          `Giving ${hit.path} needs the ${hit.role} role. 使用该条件需要「${ROLE_ZH[hit.role]}」及以上角色。`,
          {
            requiredRole: hit.role,
            fields: [
              {
                path: hit.path,
                message: `needs the ${hit.role} role`,
                messageZh: `使用${fieldLabelZh(hit.path)}需要「${ROLE_ZH[hit.role]}」及以上角色`,
              },
            ],
          },
        );
      }
    }
  }
  return next();
};

let attached = false;

/**
 * Puts `inputRoles` on every resolver that takes arguments (after its @Authorized check, as a
 * global middleware would be), and on nothing else: a global middleware would wrap every plain
 * field of every object in an async call, and a page of 20 firms has some 300 of them.
 */
export function attachInputRoles(): void {
  if (attached) return;
  attached = true;
  const storage = getMetadataStorage();
  const done = new Map<object, Set<string>>();
  for (const p of storage.params) {
    if (p.kind !== 'arg' && p.kind !== 'args') continue;
    const methods = done.get(p.target) ?? new Set<string>();
    if (methods.has(p.methodName)) continue;
    done.set(p.target, methods.add(p.methodName));
    storage.collectMiddlewareMetadata({ target: p.target, fieldName: p.methodName, middlewares: [inputRoles] });
  }
}

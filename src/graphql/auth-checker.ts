import type { AuthCheckerFn } from 'type-graphql';
import { Role, ROLE_ZH } from '../auth/roles';
import { AppError, ErrorCode } from '../errors';
import type { AppContext } from './context';

/**
 * type-graphql's @Authorized rule: the caller needs one of the listed roles (roles include the ones
 * below them, src/auth/roles.ts). Refusals carry our codes: UNAUTHENTICATED for a caller without a
 * token, FORBIDDEN with the role needed for one whose role is too low.
 */
export const authChecker: AuthCheckerFn<AppContext, Role> = ({ context }, roles) => {
  const caller = context.caller;
  if (roles.length > 0 ? roles.some((r) => caller.roles.includes(r)) : !caller.anonymous) return true;
  const needed = roles[0] ?? Role.VIEWER;
  // The expert role is not on the ladder: no other role includes it, nor it any other.
  const zh = needed === Role.EXPERT ? '需要「专家」角色（专家库成员的令牌）' : `需要「${ROLE_ZH[needed]}」及以上角色`;
  if (caller.anonymous) {
    throw new AppError(ErrorCode.UNAUTHENTICATED, `This needs a token with the ${needed} role (Authorization: Bearer …). ${zh}的令牌。`, {
      requiredRole: needed,
    });
  }
  throw new AppError(ErrorCode.FORBIDDEN, `This needs the ${needed} role; the token has ${caller.role}. ${zh}。`, { requiredRole: needed });
};

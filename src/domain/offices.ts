/**
 * The five offices that hand a project on (五办联动), as the campaign's report names them. Every
 * approval step, service request and warning reason names the office that must act.
 */
export enum Office {
  /** 招商办: finding and signing. */
  INVESTMENT = 'INVESTMENT',
  /** 园区办: land and floor space. */
  PARKS = 'PARKS',
  /** 前期办: approvals before construction. */
  PREPARATION = 'PREPARATION',
  /** 重点办: construction services for key projects. */
  KEY_PROJECTS = 'KEY_PROJECTS',
  /** 国资办: the industry fund and state capital. */
  STATE_ASSETS = 'STATE_ASSETS',
}

export const OFFICE_ZH: Record<Office, string> = {
  INVESTMENT: '招商办',
  PARKS: '园区办',
  PREPARATION: '前期办',
  KEY_PROJECTS: '重点办',
  STATE_ASSETS: '国资办',
};

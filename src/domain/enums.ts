/** Domain vocabularies shared by the importer, the GraphQL API and the analyses. */

export enum LinkStage {
  UPSTREAM = 'UPSTREAM',
  MIDSTREAM = 'MIDSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
  SUPPORTING = 'SUPPORTING',
}
export const LINK_STAGE_ZH: Record<LinkStage, string> = {
  UPSTREAM: '上游',
  MIDSTREAM: '中游',
  DOWNSTREAM: '下游',
  SUPPORTING: '配套服务',
};

export enum SupplyKind {
  RAW_MATERIAL = 'RAW_MATERIAL',
  EQUIPMENT = 'EQUIPMENT',
  COMPONENT = 'COMPONENT',
  SERVICE = 'SERVICE',
}
export const SUPPLY_KIND_ZH: Record<SupplyKind, string> = {
  RAW_MATERIAL: '原材料',
  EQUIPMENT: '设备',
  COMPONENT: '零部件',
  SERVICE: '服务',
};

/** How we know a firm operates in a chain link. */
export enum Evidence {
  /** products, patents or certification */
  STRONG = 'STRONG',
  /** registered business scope */
  MEDIUM = 'MEDIUM',
  /** name only */
  WEAK = 'WEAK',
}
export const EVIDENCE_ZH: Record<Evidence, string> = {
  STRONG: '强证据',
  MEDIUM: '中证据',
  WEAK: '仅名称匹配',
};

export enum ChamberKind {
  /** 异地南安商会 in a mainland city */
  DOMESTIC = 'DOMESTIC',
  /** 港澳台 */
  HK_MACAO_TAIWAN = 'HK_MACAO_TAIWAN',
  /** 海外南安商会 */
  OVERSEAS = 'OVERSEAS',
}

export const CHAMBER_KIND_ZH: Record<ChamberKind, string> = {
  DOMESTIC: '异地南安商会',
  HK_MACAO_TAIWAN: '港澳台南安商会',
  OVERSEAS: '海外南安商会',
};

export enum TeamKind {
  LEADING_GROUP = 'LEADING_GROUP',
  TASK_FORCE = 'TASK_FORCE',
  INVESTMENT_GROUP = 'INVESTMENT_GROUP',
  INDUSTRY_GROUP = 'INDUSTRY_GROUP',
}
/** The 1+2+5+8 organisation: 1 leading group, 2 task forces, 5 investment groups, 8 industry groups. */
export const TEAM_KIND_ZH: Record<TeamKind, string> = {
  LEADING_GROUP: '领导小组',
  TASK_FORCE: '工作专班',
  INVESTMENT_GROUP: '招商小组',
  INDUSTRY_GROUP: '产业链招商组',
};

export enum MemberRole {
  PRESIDENT = 'PRESIDENT',
  EXECUTIVE_VICE_PRESIDENT = 'EXECUTIVE_VICE_PRESIDENT',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  SECRETARY_GENERAL = 'SECRETARY_GENERAL',
  DIRECTOR = 'DIRECTOR',
  MEMBER = 'MEMBER',
}
export const MEMBER_ROLE_ZH: Record<MemberRole, string> = {
  PRESIDENT: '会长',
  EXECUTIVE_VICE_PRESIDENT: '常务副会长',
  VICE_PRESIDENT: '副会长',
  SECRETARY_GENERAL: '秘书长',
  DIRECTOR: '理事',
  MEMBER: '会员',
};

/** Where the campaign stands with a target (招商进度): forward one step at a time, or dropped. */
export enum TargetStatus {
  LEAD = 'LEAD',
  CONTACTED = 'CONTACTED',
  INTENT = 'INTENT',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  DROPPED = 'DROPPED',
}
export const TARGET_STATUS_ZH: Record<TargetStatus, string> = {
  LEAD: '线索',
  CONTACTED: '接洽',
  INTENT: '意向',
  NEGOTIATING: '洽谈',
  SIGNED: '签约',
  DROPPED: '放弃',
};
export const TARGET_PROGRESSION: readonly TargetStatus[] = [
  TargetStatus.LEAD,
  TargetStatus.CONTACTED,
  TargetStatus.INTENT,
  TargetStatus.NEGOTIATING,
  TargetStatus.SIGNED,
];

export enum FollowUpKind {
  VISIT = 'VISIT',
  CALL = 'CALL',
  MEETING = 'MEETING',
  EVENT = 'EVENT',
}
export const FOLLOW_UP_KIND_ZH: Record<FollowUpKind, string> = { VISIT: '拜访', CALL: '电话', MEETING: '会谈', EVENT: '活动' };

/** 履约 milestones of a signed project. */
export enum MilestoneKind {
  CONTRACT = 'CONTRACT',
  LAND_HANDED_OVER = 'LAND_HANDED_OVER',
  CONSTRUCTION_STARTED = 'CONSTRUCTION_STARTED',
  PRODUCTION = 'PRODUCTION',
  FULL_CAPACITY = 'FULL_CAPACITY',
}
export const MILESTONE_KIND_ZH: Record<MilestoneKind, string> = {
  CONTRACT: '签订合同',
  LAND_HANDED_OVER: '交付土地',
  CONSTRUCTION_STARTED: '开工建设',
  PRODUCTION: '投产',
  FULL_CAPACITY: '达产',
};

/** How a default (违约) is disposed of (违约处置), as the source article lists them. */
export enum DefaultDisposal {
  URGE_RECTIFY = 'URGE_RECTIFY',
  RENEGOTIATE = 'RENEGOTIATE',
  RECLAIM_LAND = 'RECLAIM_LAND',
  TERMINATE = 'TERMINATE',
}
export const DEFAULT_DISPOSAL_ZH: Record<DefaultDisposal, string> = {
  URGE_RECTIFY: '督促整改',
  RENEGOTIATE: '协商调整',
  RECLAIM_LAND: '收回土地',
  TERMINATE: '解除协议',
};

/** Who owns a firm (企业性质): the campaign courts 港澳台侨资 and 500强 alike. */
export enum Ownership {
  CENTRAL_SOE = 'CENTRAL_SOE',
  LOCAL_SOE = 'LOCAL_SOE',
  PRIVATE = 'PRIVATE',
  HK_MACAO_TAIWAN = 'HK_MACAO_TAIWAN',
  OVERSEAS_CHINESE = 'OVERSEAS_CHINESE',
  FOREIGN = 'FOREIGN',
}
export const OWNERSHIP_ZH: Record<Ownership, string> = {
  CENTRAL_SOE: '央企',
  LOCAL_SOE: '地方国企',
  PRIVATE: '民营企业',
  HK_MACAO_TAIWAN: '港澳台资',
  OVERSEAS_CHINESE: '侨资',
  FOREIGN: '外资',
};

/** Where a record comes from. Everything the source article does not state is DEMO. */
export enum RecordSource {
  /** invented demo data (演示数据，虚构) */
  DEMO = 'DEMO',
  /** named in the source article; all other attributes invented demo data */
  ARTICLE_DEMO = 'ARTICLE_DEMO',
  /** GB/T 2260 administrative divisions */
  GB2260 = 'GB2260',
  /** ISO 3166 country codes */
  ISO3166 = 'ISO3166',
  /** analyst-entered real data */
  USER = 'USER',
}

/** The Nan'an county-level city code (GB/T 2260). */
export const NANAN_CITY_CODE = '350583';
export const RECORD_SOURCE_ZH: Record<RecordSource, string> = {
  DEMO: '演示数据（虚构）',
  ARTICLE_DEMO: '原文提及，其余属性虚构',
  GB2260: '国家标准行政区划',
  ISO3166: '国际标准国家代码',
  USER: '用户录入',
};

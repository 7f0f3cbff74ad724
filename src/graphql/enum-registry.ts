import { registerEnumType } from 'type-graphql';
import {
  CHAMBER_KIND_ZH,
  RECORD_SOURCE_ZH,
  SUPPLY_KIND_ZH,
  TEAM_KIND_ZH,
  ChamberKind,
  Evidence,
  EVIDENCE_ZH,
  LINK_STAGE_ZH,
  LinkStage,
  MEMBER_ROLE_ZH,
  MemberRole,
  DEFAULT_DISPOSAL_ZH,
  DefaultDisposal,
  FOLLOW_UP_KIND_ZH,
  FollowUpKind,
  MILESTONE_KIND_ZH,
  MilestoneKind,
  TARGET_STATUS_ZH,
  TargetStatus,
  OWNERSHIP_ZH,
  Ownership,
  RecordSource,
  SupplyKind,
  TeamKind,
} from '../domain/enums';
import { PROJECT_STAGE_ZH, ProjectStage } from '../domain/project-stage';
import { DUPLICATE_REASON_ZH, DuplicateReason } from '../domain/entity-names';

/**
 * Enum value descriptions from the one table of Chinese labels (domain/enums.ts), after an English
 * explanation where one is given: `Registered business scope (中证据)`.
 */
export function describeValues<K extends string>(
  labels: Record<K, string>,
  english: Partial<Record<K, string>> = {},
): Record<K, { description: string }> {
  const entries = (Object.keys(labels) as K[]).map((k) => [k, { description: english[k] ? `${english[k]} (${labels[k]})` : labels[k] }]);
  return Object.fromEntries(entries) as Record<K, { description: string }>;
}

// The domain's enums, registered once for the schema (src/schema.ts imports this file).
registerEnumType(LinkStage, {
  name: 'LinkStage',
  description: 'Position of a chain link (环节位置).',
  valuesConfig: describeValues(LINK_STAGE_ZH),
});
registerEnumType(SupplyKind, {
  name: 'SupplyKind',
  description: 'What flows along a supply relation (供应类型).',
  valuesConfig: describeValues(SUPPLY_KIND_ZH),
});
registerEnumType(Evidence, {
  name: 'Evidence',
  description: 'How we know a firm works in a link (证据强度).',
  valuesConfig: describeValues(EVIDENCE_ZH, {
    STRONG: 'Products, patents or certification',
    MEDIUM: 'Registered business scope',
    WEAK: 'Name only',
  }),
});
registerEnumType(ProjectStage, {
  name: 'ProjectStage',
  description: 'Project stage (项目阶段).',
  valuesConfig: describeValues(PROJECT_STAGE_ZH),
});
registerEnumType(ChamberKind, {
  name: 'ChamberKind',
  description: 'Where a Nan’an chamber is (商会类型).',
  valuesConfig: describeValues(CHAMBER_KIND_ZH),
});
registerEnumType(TeamKind, {
  name: 'TeamKind',
  description: 'Place in the 1+2+5+8 organisation (招商队伍).',
  valuesConfig: describeValues(TEAM_KIND_ZH),
});
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description: 'Why two enterprise records may be one firm (疑似重复依据).',
  valuesConfig: describeValues(DUPLICATE_REASON_ZH, {
    SAME_NAME: 'Same name once places, brackets and organisation forms are dropped',
    SHARED_EXECUTIVE: 'A person is an executive of both',
    SAME_CITY: 'Registered in the same city',
  }),
});
registerEnumType(Ownership, { name: 'Ownership', description: 'Who owns a firm (企业性质).', valuesConfig: describeValues(OWNERSHIP_ZH) });
registerEnumType(TargetStatus, {
  name: 'TargetStatus',
  description: 'Where the campaign stands with a target (招商进度).',
  valuesConfig: describeValues(TARGET_STATUS_ZH),
});
registerEnumType(FollowUpKind, {
  name: 'FollowUpKind',
  description: 'Kind of follow-up (跟进方式).',
  valuesConfig: describeValues(FOLLOW_UP_KIND_ZH),
});
registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: '履约 milestone of a signed project.',
  valuesConfig: describeValues(MILESTONE_KIND_ZH),
});
registerEnumType(DefaultDisposal, {
  name: 'DefaultDisposal',
  description: 'Disposal of a default (违约处置).',
  valuesConfig: describeValues(DEFAULT_DISPOSAL_ZH),
});
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'Role in a chamber or association.',
  valuesConfig: describeValues(MEMBER_ROLE_ZH),
});
registerEnumType(RecordSource, {
  name: 'RecordSource',
  description: 'Where a record comes from (数据来源). DEMO and ARTICLE_DEMO records are invented demo data.',
  valuesConfig: describeValues(RECORD_SOURCE_ZH),
});

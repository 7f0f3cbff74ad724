import { registerEnumType } from 'type-graphql';
import { ChamberKind, Evidence, LinkStage, MemberRole, ProjectStage, RecordSource, SupplyKind, TeamKind } from '../domain/enums';

registerEnumType(LinkStage, { name: 'LinkStage', description: 'Position of a chain link (环节位置): 上游, 中游, 下游, 配套服务.' });
registerEnumType(SupplyKind, { name: 'SupplyKind', description: 'What flows along a supply relation: raw material, equipment, component, service.' });
registerEnumType(Evidence, {
  name: 'Evidence',
  description: 'How we know a firm works in a link (证据强度).',
  valuesConfig: {
    STRONG: { description: 'Products, patents or certification' },
    MEDIUM: { description: 'Registered business scope' },
    WEAK: { description: 'Name only' },
  },
});
registerEnumType(ProjectStage, {
  name: 'ProjectStage',
  description: 'Project stage (项目阶段).',
  valuesConfig: {
    PLANNED: { description: '策划' },
    NEGOTIATING: { description: '对接' },
    SIGNED: { description: '签约' },
    CONTRACTED: { description: '正式合同' },
    PERFORMING: { description: '履约' },
    STARTED: { description: '开工' },
    PRODUCING: { description: '投产' },
    DEFAULTED: { description: '违约' },
    WITHDRAWN: { description: '退库' },
  },
});
registerEnumType(ChamberKind, { name: 'ChamberKind', description: 'Domestic (异地南安商会), 港澳台, or overseas (海外南安商会).' });
registerEnumType(TeamKind, { name: 'TeamKind', description: 'Place in the 1+2+5+8 organisation: leading group, task force, investment group, industry group.' });
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'Role in a chamber or association.',
  valuesConfig: {
    PRESIDENT: { description: '会长' },
    EXECUTIVE_VICE_PRESIDENT: { description: '常务副会长' },
    VICE_PRESIDENT: { description: '副会长' },
    SECRETARY_GENERAL: { description: '秘书长' },
    DIRECTOR: { description: '理事' },
    MEMBER: { description: '会员' },
  },
});
registerEnumType(RecordSource, {
  name: 'RecordSource',
  description: 'Where a record comes from. DEMO and ARTICLE_DEMO records are invented demo data.',
});

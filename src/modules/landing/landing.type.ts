import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApprovalTemplate } from '../../domain/approval-templates';
import { Office, OFFICE_ZH } from '../../domain/offices';

registerEnumType(Office, {
  name: 'Office',
  description: 'The five offices that hand a project on (五办联动).',
  valuesConfig: Object.fromEntries(Object.entries(OFFICE_ZH).map(([k, zh]) => [k, { description: zh }])),
});
registerEnumType(ApprovalTemplate, {
  name: 'ApprovalTemplate',
  description: 'Which approval steps a project goes through (审批模板).',
  valuesConfig: {
    NEW_LAND: { description: 'An industrial project on newly supplied land (新供地工业项目)' },
    STANDARD_FACTORY: { description: 'A project moving into standard factory floor space (入驻标准厂房)' },
  },
});

export enum ApprovalStepState {
  DONE = 'DONE',
  IN_PROGRESS = 'IN_PROGRESS',
  PENDING = 'PENDING',
}
registerEnumType(ApprovalStepState, {
  name: 'ApprovalStepState',
  description: 'Where an approval step is (审批环节状态).',
  valuesConfig: { DONE: { description: '已办结' }, IN_PROGRESS: { description: '办理中' }, PENDING: { description: '未启动' } },
});

@ObjectType({ description: 'One approval step as the rehearsal plans it (审批环节).' })
export class PlannedApprovalStep {
  @Field()
  code!: string;

  @Field({ description: 'Its name (环节名称).' })
  name!: string;

  @Field(() => Office, { description: 'The office that pushes it (责任部门).' })
  office!: Office;

  @Field(() => Int, { description: 'Working days it takes (承诺时限).' })
  workdays!: number;

  @Field(() => [String], { description: 'The steps it waits for.' })
  after!: string[];

  @Field(() => ApprovalStepState)
  state!: ApprovalStepState;

  @Field({ description: 'Started, or expected to start (a working day).' })
  start!: string;

  @Field({ description: 'Finished, or expected to finish.' })
  finish!: string;

  @Field({ description: 'Under way past its time limit.' })
  overdue!: boolean;

  @Field({ description: 'On the critical path: a delay here moves 开工 (关键路径).' })
  critical!: boolean;

  @Field(() => Int, { description: 'Working days it may slip without delaying what waits for it.' })
  slackWorkdays!: number;
}

@ObjectType({ description: 'A desk rehearsal of the approvals (模拟审批): each step, the critical path and the expected 开工 day.' })
export class ApprovalPlan {
  @Field(() => ApprovalTemplate)
  template!: ApprovalTemplate;

  @Field({ description: 'The day it counts from.' })
  on!: string;

  @Field(() => [PlannedApprovalStep])
  steps!: PlannedApprovalStep[];

  @Field(() => [String], { description: 'Step codes from the first to the last on the chain that sets 开工.' })
  criticalPath!: string[];

  @Field({ description: 'Expected 开工: the working day after the last step (预计开工日).' })
  expectedStartOn!: string;

  @Field(() => Int, { description: 'Working days from the rehearsal day to 开工.' })
  workdaysLeft!: number;

  @Field(() => Int, { description: 'The last year whose official holiday schedule is known; later days count weekends only.' })
  calendarKnownThrough!: number;

  @Field(() => [String], { description: 'What the answer rests on, in Chinese (说明).' })
  notes!: string[];
}

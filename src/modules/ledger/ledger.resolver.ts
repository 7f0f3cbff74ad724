import { Args, Authorized, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { TARGET_STATUS_ZH, TargetStatus } from '../../domain/enums';
import { NotFoundError } from '../../errors';
import { InputArgs } from '../../graphql/input-args';
import { listOf } from '../../graphql/limits';
import { Loaders } from '../../graphql/loaders';
import { EnterpriseReader } from '../../graph/enterprise-reader.service';
import { Enterprise } from '../../graph/enterprise.type';
import { Person } from '../../graph/person.type';
import { Project } from '../../graph/project.type';
import { TeamService } from '../../graph/team.service';
import {
  AdvanceProjectStageInput,
  AssignTargetInput,
  CreateProjectInput,
  LinkExecutiveInput,
  LogFollowUpInput,
  RecordDefaultInput,
  RecordMembershipInput,
  RecordMilestoneInput,
  ResolveDefaultInput,
  SetTargetStatusInput,
  UnassignTargetInput,
  UpdateProjectInput,
  UpsertEnterpriseInput,
  UpsertPersonInput,
  WithdrawProjectInput,
} from './ledger.input';
import { toDefaultCase, toFollowUp, toMilestone } from './ledger.mappers';
import { DEFAULTS_OF, FOLLOW_UPS_OF, MILESTONES_OF } from './ledger.queries';
import { FOLLOWERS_OF_ENTERPRISE } from '../../graph/enterprise.queries';
import { Assignment, DefaultCase, FollowUp, Milestone } from './ledger.type';

import { ProjectLedgerService } from './project-ledger.service';
import { RegistryLedgerService } from './registry-ledger.service';
import { TargetLedgerService } from './target-ledger.service';

const CreateProjectArgs = InputArgs(CreateProjectInput);
const UpdateProjectArgs = InputArgs(UpdateProjectInput);
const AdvanceProjectStageArgs = InputArgs(AdvanceProjectStageInput);
const WithdrawProjectArgs = InputArgs(WithdrawProjectInput);
const RecordMilestoneArgs = InputArgs(RecordMilestoneInput);
const RecordDefaultArgs = InputArgs(RecordDefaultInput);
const ResolveDefaultArgs = InputArgs(ResolveDefaultInput);
const AssignTargetArgs = InputArgs(AssignTargetInput);
const UnassignTargetArgs = InputArgs(UnassignTargetInput);
const LogFollowUpArgs = InputArgs(LogFollowUpInput);
const SetTargetStatusArgs = InputArgs(SetTargetStatusInput);
const UpsertEnterpriseArgs = InputArgs(UpsertEnterpriseInput);
const UpsertPersonArgs = InputArgs(UpsertPersonInput);
const LinkExecutiveArgs = InputArgs(LinkExecutiveInput);
const RecordMembershipArgs = InputArgs(RecordMembershipInput);

/** The system of record's writes (招商台账). Each is one audited transaction (docs/api.md, Writing). */
@Resolver()
export class LedgerResolver {
  constructor(
    private readonly projects: ProjectLedgerService,
    private readonly targets: TargetLedgerService,
    private readonly registry: RegistryLedgerService,
    private readonly enterprises: EnterpriseReader,
    private readonly teams: TeamService,
  ) {}

  // ---------------------------------------------------------------- projects (项目库)
  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Enters a new project (新增项目) at 策划, 对接 or 签约.' })
  createProject(@Args(() => CreateProjectArgs) { input }: { input: CreateProjectInput }): Promise<Project> {
    return this.projects.createProject(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Changes a project’s name, amount, references or flags (not its stage).' })
  updateProject(@Args(() => UpdateProjectArgs) { input }: { input: UpdateProjectInput }): Promise<Project> {
    return this.projects.updateProject(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, {
    description: 'Moves a project to its next stage, with the date (推进项目阶段). A skipped or backward step is refused.',
  })
  advanceProjectStage(@Args(() => AdvanceProjectStageArgs) { input }: { input: AdvanceProjectStageInput }): Promise<Project> {
    return this.projects.advanceProjectStage(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Project, { description: 'Takes a project out of the pipeline (退库), with the reason.' })
  withdrawProject(@Args(() => WithdrawProjectArgs) { input }: { input: WithdrawProjectInput }): Promise<Project> {
    return this.projects.withdrawProject(input);
  }

  // ---------------------------------------------------------------- 履约
  @Authorized(Role.PLANNER)
  @Mutation(() => Milestone, { description: 'Records a 履约 milestone (合同、交地、开工、投产、达产).' })
  async recordMilestone(@Args(() => RecordMilestoneArgs) { input }: { input: RecordMilestoneInput }): Promise<Milestone> {
    return toMilestone(await this.projects.recordMilestone(input));
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => DefaultCase, {
    description: 'Records a default (违约) with its disposal and deadline; the project is 违约 until resolved.',
  })
  async recordDefault(@Args(() => RecordDefaultArgs) { input }: { input: RecordDefaultInput }): Promise<DefaultCase> {
    return toDefaultCase(await this.projects.recordDefault(input));
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => DefaultCase, { description: 'Resolves a default (违约处置完成).' })
  async resolveDefault(@Args(() => ResolveDefaultArgs) { input }: { input: ResolveDefaultInput }): Promise<DefaultCase> {
    return toDefaultCase(await this.projects.resolveDefault(input));
  }

  // ---------------------------------------------------------------- targets (招商对象)
  @Authorized(Role.PLANNER)
  @Mutation(() => Enterprise, { description: 'A team takes on a firm (跟踪对接), with an owner and a due date.' })
  async assignTarget(@Args(() => AssignTargetArgs) { input }: { input: AssignTargetInput }): Promise<Enterprise> {
    return this.firm((await this.targets.assignTarget(input)).uscc);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Enterprise, { description: 'A team stops following a firm.' })
  async unassignTarget(@Args(() => UnassignTargetArgs) { input }: { input: UnassignTargetInput }): Promise<Enterprise> {
    return this.firm((await this.targets.unassignTarget(input)).uscc);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => FollowUp, { description: 'Logs a follow-up (跟进记录).' })
  async logFollowUp(@Args(() => LogFollowUpArgs) { input }: { input: LogFollowUpInput }): Promise<FollowUp> {
    const row = await this.targets.logFollowUp(input);
    return toFollowUp(row, row.teamId ? await this.teams.byId(row.teamId) : null);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Enterprise, {
    description: 'Moves a target one step (线索 → 接洽 → 意向 → 洽谈 → 签约), or drops it (放弃) with a reason.',
  })
  async setTargetStatus(@Args(() => SetTargetStatusArgs) { input }: { input: SetTargetStatusInput }): Promise<Enterprise> {
    return this.firm((await this.targets.setTargetStatus(input)).uscc);
  }

  // ---------------------------------------------------------------- firms and people (admins)
  @Authorized(Role.ADMIN)
  @Mutation(() => Enterprise, { description: 'Creates or updates a firm (企业库).' })
  upsertEnterprise(@Args(() => UpsertEnterpriseArgs) { input }: { input: UpsertEnterpriseInput }): Promise<Enterprise> {
    return this.registry.upsertEnterprise(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Person, { description: 'Creates or updates a person of the 以商招商 network.' })
  upsertPerson(@Args(() => UpsertPersonArgs) { input }: { input: UpsertPersonInput }): Promise<Person> {
    return this.registry.upsertPerson(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Person, { description: 'Records a person’s position in a firm (任职).' })
  linkExecutive(@Args(() => LinkExecutiveArgs) { input }: { input: LinkExecutiveInput }): Promise<Person> {
    return this.registry.linkExecutive(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Person, { description: 'Records a person’s role in a Nan’an chamber (商会职务).' })
  recordMembership(@Args(() => RecordMembershipArgs) { input }: { input: RecordMembershipInput }): Promise<Person> {
    return this.registry.recordMembership(input);
  }

  private async firm(uscc: string): Promise<Enterprise> {
    const e = await this.enterprises.byUscc(uscc);
    if (!e) throw new NotFoundError('Enterprise', uscc);
    return e;
  }
}

/** What the ledger adds to projects: version and 履约 records. */
@Resolver(() => Project)
export class ProjectLedgerFields {
  constructor(private readonly loaders: Loaders) {}

  @FieldResolver(() => Int, {
    description: 'Version for optimistic concurrency: name it as expectedVersion when you update the project (0 until first edited).',
  })
  version(@Root() p: Project): number {
    return p.version ?? 0;
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => [Milestone], { complexity: listOf(5), description: '履约 milestones reached, oldest first.' })
  async milestones(@Root() p: Project): Promise<Milestone[]> {
    return (await this.loaders.many(MILESTONES_OF, p.id)).map(toMilestone);
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => [DefaultCase], { complexity: listOf(2), description: 'Defaults (违约) and their disposal, newest first.' })
  async defaults(@Root() p: Project): Promise<DefaultCase[]> {
    return (await this.loaders.many(DEFAULTS_OF, p.id)).map(toDefaultCase);
  }
}

/** What the ledger adds to enterprises: version, where the campaign stands, follow-ups. */
@Resolver(() => Enterprise)
export class EnterpriseLedgerFields {
  constructor(
    private readonly loaders: Loaders,
    private readonly teams: TeamService,
  ) {}

  @FieldResolver(() => Int, {
    description: 'Version for optimistic concurrency (expectedVersion of setTargetStatus and upsertEnterprise); 0 until first edited.',
  })
  version(@Root() e: Enterprise & { version?: number | null }): number {
    return e.version ?? 0;
  }

  @FieldResolver(() => TargetStatus, { nullable: true, description: 'Where the campaign stands with it (招商进度); null until set.' })
  targetStatus(@Root() e: Enterprise & { targetStatus?: TargetStatus | null }): TargetStatus | null {
    return e.targetStatus ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Status in Chinese (线索, 接洽, 意向, 洽谈, 签约, 放弃).' })
  targetStatusLabel(@Root() e: Enterprise & { targetStatus?: TargetStatus | null }): string | null {
    return e.targetStatus ? TARGET_STATUS_ZH[e.targetStatus] : null;
  }

  @FieldResolver(() => [Assignment], { complexity: listOf(3), description: 'Teams following it, with owner and due date (跟踪对接).' })
  assignments(@Root() e: Enterprise): Promise<Assignment[]> {
    return this.loaders.many(FOLLOWERS_OF_ENTERPRISE, e.uscc);
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [FollowUp], {
    complexity: listOf(10),
    description: 'Follow-up records (跟进记录), newest first. They name people met: ANALYST role.',
  })
  async followUps(@Root() e: Enterprise): Promise<FollowUp[]> {
    const rows = await this.loaders.many(FOLLOW_UPS_OF, e.uscc);
    return Promise.all(rows.map(async (r) => toFollowUp(r, r.teamId ? await this.teams.byId(r.teamId) : null)));
  }
}

/** What the ledger adds to people: their version. */
@Resolver(() => Person)
export class PersonLedgerFields {
  @FieldResolver(() => Int, { description: 'Version for optimistic concurrency (expectedVersion of upsertPerson); 0 until first edited.' })
  version(@Root() p: Person & { version?: number | null }): number {
    return p.version ?? 0;
  }
}

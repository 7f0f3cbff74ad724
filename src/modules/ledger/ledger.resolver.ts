import { Args, Authorized, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { TARGET_STATUS_ZH, TargetStatus } from '../../domain/enums';
import { BadInputError, NotFoundError } from '../../errors';
import { InputArgs } from '../../graphql/input-args';
import { analysisCost, listOf } from '../../graphql/limits';
import { Loaders } from '../../graphql/loaders';
import { Neo4jGateway } from '../../db/gateway';
import { AUDIT_OF_ENTITIES, AUDIT_TRAIL } from '../audit/audit.queries';
import { EnterpriseService } from '../enterprise/enterprise.service';
import { Enterprise } from '../enterprise/enterprise.type';
import { Person } from '../person/person.type';
import { Project } from '../project/project.type';
import { TeamService } from '../team/team.service';
import {
  AdvanceProjectStageInput,
  AssignTargetInput,
  AuditTrailArgs,
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
import { toAuditEntry, toDefaultCase, toFollowUp, toMilestone } from './ledger.mappers';
import { DEFAULTS_OF, FOLLOW_UPS_OF, MILESTONES_OF } from './ledger.queries';
import { Assignment, AuditEntry, AuditTrail, DefaultCase, FollowUp, Milestone } from './ledger.type';
import { FOLLOWERS_OF_ENTERPRISE } from '../enterprise/enterprise.queries';
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
    private readonly enterprises: EnterpriseService,
    private readonly teams: TeamService,
    private readonly gw: Neo4jGateway,
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
  @Mutation(() => Project, { description: 'Moves a project to its next stage, with the date (推进项目阶段). A skipped or backward step is refused.' })
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
  @Mutation(() => DefaultCase, { description: 'Records a default (违约) with its disposal and deadline; the project is 违约 until resolved.' })
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
  @Mutation(() => Enterprise, { description: 'Moves a target one step (线索 → 接洽 → 意向 → 洽谈 → 签约), or drops it (放弃) with a reason.' })
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

  // ---------------------------------------------------------------- the audit trail (admins)
  @Authorized(Role.ADMIN)
  @Query(() => AuditTrail, { complexity: analysisCost(10, (a) => (a as { first: number }).first), description: 'Who changed what, newest first (操作日志). Admins only.' })
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
    return { entries: page.map(toAuditEntry), endCursor: rows.length > first && last ? Buffer.from(JSON.stringify({ at: last.at, id: last.id })).toString('base64url') : null };
  }

  private async firm(uscc: string): Promise<Enterprise> {
    const e = await this.enterprises.byUscc(uscc);
    if (!e) throw new NotFoundError('Enterprise', uscc);
    return e;
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

/** What the ledger adds to projects: version, 履约 records, history. */
@Resolver(() => Project)
export class ProjectLedgerFields {
  constructor(private readonly loaders: Loaders) {}

  @FieldResolver(() => Int, { description: 'Version for optimistic concurrency: name it as expectedVersion when you update the project (0 until first edited).' })
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

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AuditEntry], { complexity: listOf(10), description: 'Its changes through the API, newest first (who, when, what). Needs the ANALYST role.' })
  async history(@Root() p: Project): Promise<AuditEntry[]> {
    return (await this.loaders.many(AUDIT_OF_ENTITIES, p.id)).map(toAuditEntry);
  }
}

/** What the ledger adds to enterprises: version, where the campaign stands, follow-ups, history. */
@Resolver(() => Enterprise)
export class EnterpriseLedgerFields {
  constructor(
    private readonly loaders: Loaders,
    private readonly teams: TeamService,
  ) {}

  @FieldResolver(() => Int, { description: 'Version for optimistic concurrency (expectedVersion of setTargetStatus and upsertEnterprise); 0 until first edited.' })
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
  @FieldResolver(() => [FollowUp], { complexity: listOf(10), description: 'Follow-up records (跟进记录), newest first. They name people met: ANALYST role.' })
  async followUps(@Root() e: Enterprise): Promise<FollowUp[]> {
    const rows = await this.loaders.many(FOLLOW_UPS_OF, e.uscc);
    return Promise.all(rows.map(async (r) => toFollowUp(r, r.teamId ? await this.teams.byId(r.teamId) : null)));
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AuditEntry], { complexity: listOf(10), description: 'Its changes through the API, newest first. Needs the ANALYST role.' })
  async history(@Root() e: Enterprise): Promise<AuditEntry[]> {
    return (await this.loaders.many(AUDIT_OF_ENTITIES, e.uscc)).map(toAuditEntry);
  }
}

/** What the ledger adds to people: version, history. */
@Resolver(() => Person)
export class PersonLedgerFields {
  constructor(private readonly loaders: Loaders) {}

  @FieldResolver(() => Int, { description: 'Version for optimistic concurrency (expectedVersion of upsertPerson); 0 until first edited.' })
  version(@Root() p: Person & { version?: number | null }): number {
    return p.version ?? 0;
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AuditEntry], { complexity: listOf(10), description: 'Its changes through the API, newest first. Needs the ANALYST role.' })
  async history(@Root() p: Person): Promise<AuditEntry[]> {
    return (await this.loaders.many(AUDIT_OF_ENTITIES, p.id)).map(toAuditEntry);
  }
}

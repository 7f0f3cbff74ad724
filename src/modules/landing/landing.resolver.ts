import { Args, Authorized, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { today } from '../../domain/calendar';
import { InputArgs } from '../../graphql/input-args';
import { analysisCost, listOf } from '../../graphql/limits';
import { Loaders } from '../../graphql/loaders';
import { Project } from '../../graph/project.type';
import {
  CompleteApprovalStepInput,
  HandOffProjectInput,
  OfficeBoardArgs,
  PlanProjectApprovalsInput,
  ProjectWarningsArgs,
  RequestServiceInput,
  ResolveServiceInput,
  SimulateApprovalsArgs,
  StartApprovalStepInput,
  WarningOnArgs,
  AnnualReviewArgs,
  ParkPerformanceArgs,
  RecordAnnualReportInput,
  UpdateAgreementInput,
} from './landing.input';
import { ReviewService } from './review.service';
import { toHandoff, toService, toStep } from './landing.mappers';
import { HANDOFFS_OF, REPORTS_OF, SERVICES_OF, STEPS_OF } from './landing.queries';
import { LandingService } from './landing.service';
import { ProjectLandingService } from './project-landing.service';
import {
  Agreement,
  AnnualReport,
  AnnualReviewResult,
  ParkPerformance,
  ApprovalPlan,
  Handoff,
  OfficeBoard,
  ProjectApprovalStep,
  ProjectWarnings,
  ProjectWarningType,
  ServiceRequest,
} from './landing.type';
import { WarningsService } from './warnings.service';

const PlanProjectApprovalsArgs = InputArgs(PlanProjectApprovalsInput);
const StartApprovalStepArgs = InputArgs(StartApprovalStepInput);
const CompleteApprovalStepArgs = InputArgs(CompleteApprovalStepInput);
const RequestServiceArgs = InputArgs(RequestServiceInput);
const ResolveServiceArgs = InputArgs(ResolveServiceInput);
const HandOffProjectArgs = InputArgs(HandOffProjectInput);
const UpdateAgreementArgs = InputArgs(UpdateAgreementInput);
const RecordAnnualReportArgs = InputArgs(RecordAnnualReportInput);

/** Landing a project (落地服务): approvals, services, the five offices and the three-colour warnings. */
@Resolver()
export class LandingResolver {
  constructor(
    private readonly landing: LandingService,
    private readonly projects: ProjectLandingService,
    private readonly warnings: WarningsService,
    private readonly reviews: ReviewService,
  ) {}

  @Authorized(Role.ANALYST)
  @Query(() => AnnualReviewResult, {
    complexity: analysisCost(100),
    description:
      'The year’s 投后履约考核: each agreement’s promises judged 达标/未达标/未到期/未报送 at the year’s end, and the article’s 分类处置 suggested (限期整改, 核减用地, 收回土地, 追究违约责任) for a planner to turn into recordDefault.',
  })
  annualReview(@Args() args: AnnualReviewArgs): Promise<AnnualReviewResult> {
    return this.reviews.annualReview(args);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [ParkPerformance], {
    complexity: analysisCost(50),
    description: 'Parks ranked by 亩均税收 for a year (亩均论英雄), beside their 招商率, available and idle land.',
  })
  parkPerformance(@Args() { year }: ParkPerformanceArgs): Promise<ParkPerformance[]> {
    return this.reviews.parkPerformance(year);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Agreement, { description: 'Sets a project’s agreement terms (协议约定: 约定开工/投产日, 承诺投资、产值、税收, 用地).' })
  updateAgreement(@Args(() => UpdateAgreementArgs) { input }: { input: UpdateAgreementInput }): Promise<Agreement> {
    return this.projects.updateAgreement(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => AnnualReport, {
    description: 'Records a project’s figures for one year (年度履约报送); a second report of the year replaces the first.',
  })
  recordAnnualReport(@Args(() => RecordAnnualReportArgs) { input }: { input: RecordAnnualReportInput }): Promise<AnnualReport> {
    return this.projects.recordAnnualReport(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => ApprovalPlan, {
    complexity: analysisCost(50),
    description:
      'A desk rehearsal of a project’s approvals (桌面推演/模拟审批): each step with its office, start and finish in Chinese working days, the critical path and the expected 开工 day. Of a recorded project (projectId) or of a template. Nothing is written.',
  })
  simulateApprovals(@Args() { input }: SimulateApprovalsArgs): Promise<ApprovalPlan> {
    return this.landing.simulateApprovals(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => ProjectWarnings, {
    complexity: analysisCost(100),
    description:
      'Three-colour warnings (三色预警) of every watched project, each reason naming the office that must act, with counts per office and team.',
  })
  projectWarnings(@Args() args: ProjectWarningsArgs): Promise<ProjectWarnings> {
    return this.warnings.projectWarnings(args);
  }

  @Authorized(Role.ANALYST)
  @Query(() => OfficeBoard, {
    complexity: analysisCost(100),
    description:
      'One office’s board (五办联动): the projects it leads, those it must act on, its overdue steps and requests, its handoffs this month.',
  })
  officeBoard(@Args() { office, on }: OfficeBoardArgs): Promise<OfficeBoard> {
    return this.warnings.officeBoard(office, on ?? today());
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => [ProjectApprovalStep], {
    description: 'Gives a project its approval steps from a template (生成审批环节), with the configured time limits.',
  })
  planProjectApprovals(
    @Args(() => PlanProjectApprovalsArgs) { input }: { input: PlanProjectApprovalsInput },
  ): Promise<ProjectApprovalStep[]> {
    return this.projects.planProjectApprovals(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => ProjectApprovalStep, {
    description: 'Starts an approval step (启动审批); its due date is counted in Chinese working days.',
  })
  startApprovalStep(@Args(() => StartApprovalStepArgs) { input }: { input: StartApprovalStepInput }): Promise<ProjectApprovalStep> {
    return this.projects.startApprovalStep(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => ProjectApprovalStep, { description: 'Records an approval step as done (审批办结).' })
  completeApprovalStep(
    @Args(() => CompleteApprovalStepArgs) { input }: { input: CompleteApprovalStepInput },
  ): Promise<ProjectApprovalStep> {
    return this.projects.completeApprovalStep(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => ServiceRequest, { description: 'A key project asks for a service (提出服务诉求: 水电气、用工、道路、配套、融资).' })
  requestService(@Args(() => RequestServiceArgs) { input }: { input: RequestServiceInput }): Promise<ServiceRequest> {
    return this.projects.requestService(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => ServiceRequest, { description: 'Records a service request as resolved (诉求办结).' })
  resolveService(@Args(() => ResolveServiceArgs) { input }: { input: ResolveServiceInput }): Promise<ServiceRequest> {
    return this.projects.resolveService(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => Handoff, { description: 'Hands a project to another office (五办联动移交), which leads it from then on.' })
  handOffProject(@Args(() => HandOffProjectArgs) { input }: { input: HandOffProjectInput }): Promise<Handoff> {
    return this.projects.handOffProject(input);
  }
}

/** What the landing half adds to a project. */
@Resolver(() => Project)
export class ProjectLandingFields {
  constructor(
    private readonly loaders: Loaders,
    private readonly warnings: WarningsService,
    private readonly reviews: ReviewService,
  ) {}

  @Authorized(Role.VIEWER)
  @FieldResolver(() => [ProjectApprovalStep], { complexity: listOf(9), description: 'Its approval steps (审批环节), in template order.' })
  async approvalSteps(@Root() p: Project): Promise<ProjectApprovalStep[]> {
    return (await this.loaders.many(STEPS_OF, p.id)).map(toStep);
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [ServiceRequest], { complexity: listOf(3), description: 'Its service requests (服务诉求), open first.' })
  async serviceRequests(@Root() p: Project): Promise<ServiceRequest[]> {
    return (await this.loaders.many(SERVICES_OF, p.id)).map(toService);
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => [Handoff], { complexity: listOf(3), description: 'Handoffs between the five offices (五办联动), newest first.' })
  async handoffs(@Root() p: Project): Promise<Handoff[]> {
    return (await this.loaders.many(HANDOFFS_OF, p.id)).map(toHandoff);
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => Agreement, { complexity: 2, description: 'Its agreement terms (协议约定).' })
  agreement(@Root() p: Project): Promise<Agreement> {
    return this.reviews.agreementOf(p.id);
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AnnualReport], { complexity: listOf(3), description: 'Its annual reports (年度履约报送), oldest first.' })
  async annualReports(@Root() p: Project): Promise<AnnualReport[]> {
    return (await this.loaders.many(REPORTS_OF, p.id)).map((r) => ({ ...r, projectId: p.id }));
  }

  @Authorized(Role.VIEWER)
  @FieldResolver(() => ProjectWarningType, {
    nullable: true,
    complexity: 10,
    description: 'Its three-colour warning (三色预警) on `on` (today by default); null for a withdrawn project.',
  })
  warning(@Root() p: Project, @Args() { on }: WarningOnArgs): Promise<ProjectWarningType | null> {
    return this.warnings.warningOf(p.id, on);
  }
}

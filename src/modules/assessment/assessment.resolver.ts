import { Args, Authorized, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Loaders } from '../../graphql/loaders';
import { analysisCost, listOf } from '../../graphql/limits';
import { Project } from '../../graph/project.type';
import {
  AssessProjectArgs,
  CalibrationArgs,
  DecideAssessmentArgs,
  DecideAssessmentInput,
  ExpertsArgs,
  RequestReviewArgs,
  RequestReviewInput,
  SaveExpertArgs,
  SaveExpertInput,
  SubmitReviewArgs,
  SubmitReviewInput,
  UpdateProposalArgs,
  UpdateProposalInput,
} from './assessment.input';
import { toProposal } from './assessment.mappers';
import { DECISIONS_OF, PROPOSAL_OF, REQUESTS_OF_PROJECT } from './assessment.queries';
import { AssessmentService, toDecision, toReviewRequest } from './assessment.service';
import {
  AssessmentCalibration,
  AssessmentDecision,
  Expert,
  ExpertAssignment,
  ProjectAssessment,
  ProjectProposal,
  ReviewRequest,
} from './assessment.type';
import { CalibrationService } from './calibration.service';
import { ExpertService } from './expert.service';

@Resolver()
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly library: ExpertService,
    private readonly calibration: CalibrationService,
  ) {}

  @Authorized(Role.ANALYST)
  @Query(() => ProjectAssessment, {
    complexity: analysisCost(100),
    description:
      '项目预评估: a project in the pipeline or a proposal, scored 0–100 as parts that add up (硬指标, 企业实力, 产业协同, 可落地性), with 一票否决 vetoes, the verdict (通过/附条件通过/不通过), conditions for the agreement, the chain before → after, comparable projects and the experts’ reviews. Nothing is written.',
  })
  assessProject(@Args() { input }: AssessProjectArgs): Promise<ProjectAssessment> {
    return this.assessments.assess(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => AssessmentCalibration, {
    complexity: analysisCost(200),
    description:
      'Whether the assessment’s scores predicted 履约 (评分校准): signed projects assessed as of their signing day, 履约率, 违约率, 开工率 and days to 开工 by score band and by part.',
  })
  assessmentCalibration(@Args() { input }: CalibrationArgs): Promise<AssessmentCalibration> {
    return this.calibration.calibrate(input);
  }

  @Authorized(Role.ANALYST)
  @Query(() => [Expert], { complexity: listOf(50), description: 'The 招商专家库, or the experts of one chain.' })
  experts(@Args() { industryCode }: ExpertsArgs): Promise<Expert[]> {
    return this.library.experts(industryCode);
  }

  @Authorized(Role.EXPERT)
  @Query(() => [ExpertAssignment], {
    complexity: listOf(20),
    description: 'For an expert: the projects sent to you for review, with the proposal and the sections to score (专家评审任务).',
  })
  myReviews(): Promise<ExpertAssignment[]> {
    return this.library.mine();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Expert, { description: 'Creates or updates an expert of the 招商专家库.' })
  saveExpert(@Args(() => SaveExpertArgs) { input }: { input: SaveExpertInput }): Promise<Expert> {
    return this.library.save(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => [ReviewRequest], {
    description:
      'Sends a project to experts for review (专家评审); conflicts of interest found in the graph are recorded, and such an expert cannot submit.',
  })
  requestReview(@Args(() => RequestReviewArgs) { input }: { input: RequestReviewInput }): Promise<ReviewRequest[]> {
    return this.library.request(input);
  }

  @Authorized(Role.EXPERT)
  @Mutation(() => ReviewRequest, { description: 'For an expert: submits your review of a project sent to you (once).' })
  submitReview(@Args(() => SubmitReviewArgs) { input }: { input: SubmitReviewInput }): Promise<ReviewRequest> {
    return this.library.submit(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => AssessmentDecision, {
    description: 'Records the 领导小组’s decision on a project’s assessment, with the model’s score and the experts’ median of the day.',
  })
  decideAssessment(@Args(() => DecideAssessmentArgs) { input }: { input: DecideAssessmentInput }): Promise<AssessmentDecision> {
    return this.assessments.decide(input);
  }

  @Authorized(Role.PLANNER)
  @Mutation(() => ProjectProposal, { description: 'Records a project’s proposal terms (项目申报要素); a term left out is cleared.' })
  async updateProposal(@Args(() => UpdateProposalArgs) { input }: { input: UpdateProposalInput }): Promise<ProjectProposal> {
    return toProposal(await this.assessments.updateProposal(input));
  }
}

@Resolver(() => Project)
export class ProjectAssessmentFields {
  constructor(private readonly loaders: Loaders) {}

  @Authorized(Role.VIEWER)
  @FieldResolver(() => ProjectProposal, { complexity: 2, description: 'Its proposal terms (项目申报要素).' })
  async proposal(@Root() p: Project): Promise<ProjectProposal> {
    const row = await this.loaders.one(PROPOSAL_OF, p.id);
    return toProposal(row!);
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [AssessmentDecision], {
    complexity: listOf(5),
    description: 'Decisions on its assessment (评估决策), newest first.',
  })
  async assessments(@Root() p: Project): Promise<AssessmentDecision[]> {
    return (await this.loaders.many(DECISIONS_OF, p.id)).map(toDecision);
  }

  @Authorized(Role.ANALYST)
  @FieldResolver(() => [ReviewRequest], { complexity: listOf(9), description: 'Its review requests (专家评审) and the reviews submitted.' })
  async reviewRequests(@Root() p: Project): Promise<ReviewRequest[]> {
    return (await this.loaders.many(REQUESTS_OF_PROJECT, p.id)).map(toReviewRequest);
  }
}

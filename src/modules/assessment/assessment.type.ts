import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ASSESSMENT_SECTION_ZH,
  ASSESSMENT_VERDICT_ZH,
  AssessmentSection,
  AssessmentVerdict,
  SiteZoning,
  VETO_KIND_ZH,
  VETO_STATUS_ZH,
  VetoKind,
  VetoStatus,
} from '../../domain/assessment.model';
import { describeValues } from '../../graphql/enum-registry';
import { ChainLink } from '../../graph/industry.type';
import { Park } from '../../graph/park.type';
import { Project } from '../../graph/project.type';

registerEnumType(AssessmentVerdict, {
  name: 'AssessmentVerdict',
  description: 'Verdict of a 项目预评估 (评估结论).',
  valuesConfig: describeValues(ASSESSMENT_VERDICT_ZH),
});
registerEnumType(AssessmentSection, {
  name: 'AssessmentSection',
  description: 'Section of the 100-point assessment (评分维度).',
  valuesConfig: describeValues(ASSESSMENT_SECTION_ZH),
});
registerEnumType(VetoKind, { name: 'VetoKind', description: 'A 一票否决 check.', valuesConfig: describeValues(VETO_KIND_ZH) });
registerEnumType(VetoStatus, {
  name: 'VetoStatus',
  description: 'What a veto check found: TRIGGERED vetoes, CLEAR does not, UNVERIFIED is a fact we do not have (需核实).',
  valuesConfig: describeValues(VETO_STATUS_ZH),
});
registerEnumType(SiteZoning, {
  name: 'SiteZoning',
  description: 'Zoning of the site asked for (拟用地块用途).',
  valuesConfig: describeValues({ INDUSTRIAL: '工业用地', NON_INDUSTRIAL: '非工业用地' }),
});

@ObjectType({ description: 'One scored part of an assessment (评分项): raw value, threshold, weight, share and points.' })
export class AssessmentPart {
  @Field({ description: 'Part key, e.g. investmentIntensity.' })
  key!: string;

  @Field(() => AssessmentSection)
  section!: AssessmentSection;

  @Field({ description: 'Part name in Chinese (投资强度, 亩均税收, …).' })
  label!: string;

  @Field(() => Float, { nullable: true, description: 'The raw value, when it is a number.' })
  value!: number | null;

  @Field({ description: 'The raw value as shown, with its unit.' })
  valueText!: string;

  @Field(() => Float, { nullable: true, description: 'The value at which the part earns its full points.' })
  threshold!: number | null;

  @Field(() => String, { nullable: true, description: 'The threshold as shown, with whose it is (全市默认, 本产业链, 本园区).' })
  thresholdText!: string | null;

  @Field(() => Float, { description: 'Points the part carries.' })
  weight!: number;

  @Field(() => Float, { description: 'Share of the points earned, 0–1.' })
  share!: number;

  @Field(() => Float, { description: 'Points earned = weight × share, one decimal; the parts add up to the score.' })
  points!: number;

  @Field({ description: 'False when the fact behind it is missing (需核实): it then earns nothing, or at most half.' })
  verified!: boolean;

  @Field({ description: 'Why, in Chinese, citing the facts.' })
  reason!: string;
}

@ObjectType({ description: 'A section of the score (硬指标, 企业实力, 产业协同, 可落地性).' })
export class AssessmentSectionScore {
  @Field(() => AssessmentSection)
  section!: AssessmentSection;

  @Field()
  label!: string;

  @Field(() => Float, { description: 'Points the section carries.' })
  weight!: number;

  @Field(() => Float, { description: 'Points earned.' })
  points!: number;
}

@ObjectType({ description: 'A 一票否决 check and the fact that decides it.' })
export class VetoCheck {
  @Field(() => VetoKind)
  kind!: VetoKind;

  @Field()
  label!: string;

  @Field(() => VetoStatus)
  status!: VetoStatus;

  @Field({ description: 'The fact, with its source and day where known (需核实 when we do not have it).' })
  fact!: string;
}

@ObjectType({ description: 'A link’s state (环节状态) before or after the project lands.' })
export class AssessedLinkState {
  @Field()
  status!: string;

  @Field()
  statusLabel!: string;

  @Field(() => Float, { description: 'Severity 0–100 (0 for links that are no gap).' })
  severity!: number;

  @Field(() => Float, { nullable: true, description: '本地配套率 of the link.' })
  localSupplyRate!: number | null;
}

@ObjectType({ description: 'A link of the chain, before and after the project lands (落地前后).' })
export class AssessedLinkChange {
  @Field(() => ChainLink)
  link!: ChainLink;

  @Field({ description: 'A link the project makes (as opposed to one that changes with it).' })
  filled!: boolean;

  @Field(() => AssessedLinkState)
  before!: AssessedLinkState;

  @Field(() => AssessedLinkState)
  after!: AssessedLinkState;

  @Field({ description: 'Status or severity changes.' })
  changed!: boolean;
}

@ObjectType({ description: 'The park the assessment places the project in.' })
export class AssessedPark {
  @Field(() => Park)
  park!: Park;

  @Field({ description: 'Positioned for the chain or one of its links (产业定位).' })
  positioned!: boolean;

  @Field(() => Float, { description: 'Available land (可供地), 亩.' })
  availableMu!: number;

  @Field({ description: 'Suggested by the assessment, as no park was wished for.' })
  suggested!: boolean;
}

@ObjectType({ description: 'A project’s recorded proposal terms (项目申报要素), what 项目预评估 reads first.' })
export class ProjectProposal {
  @Field(() => Float, { nullable: true, description: '拟用地, 亩.' })
  landMu!: number | null;

  @Field(() => Float, { nullable: true, description: '标准厂房, m².' })
  factorySqm!: number | null;

  @Field(() => Float, { nullable: true, description: '达产年产值, 亿元.' })
  outputYi!: number | null;

  @Field(() => Float, { nullable: true, description: '达产年税收, 万元.' })
  taxWan!: number | null;

  @Field(() => Int, { nullable: true, description: '达产年限.' })
  yearsToFullOutput!: number | null;

  @Field(() => Float, { nullable: true, description: '资金到位比例 0–1.' })
  fundingSecuredShare!: number | null;

  @Field(() => [String])
  fundingSources!: string[];

  @Field(() => [String])
  products!: string[];

  @Field(() => SiteZoning, { nullable: true })
  siteZoning!: SiteZoning | null;
}

@ObjectType({ description: 'The terms assessed (评估依据).' })
export class AssessedTerms extends ProjectProposal {
  @Field()
  name!: string;

  @Field(() => Float, { description: '总投资, 亿元.' })
  amountYi!: number;

  @Field(() => String, { nullable: true })
  investorName!: string | null;

  @Field(() => String, { nullable: true })
  investorUscc!: string | null;

  @Field({ description: 'The investor is a firm in the graph (else its facts come from the proposal).' })
  investorInGraph!: boolean;

  @Field({ description: 'Where the investor’s facts come from, with their day (企业库, or the proposal’s source).' })
  investorFacts!: string;

  @Field(() => String, { nullable: true })
  industryCode!: string | null;

  @Field(() => String, { nullable: true })
  industryName!: string | null;

  @Field(() => [String])
  linkCodes!: string[];

  @Field(() => Float, { nullable: true, description: 'The land the hard indicators are measured on, 亩 (a factory’s floor area as land).' })
  landBasisMu!: number | null;

  @Field({ description: 'Where the terms come from (项目申报要素, 协议约定, 本次输入).' })
  basis!: string;
}

@ObjectType({ description: 'A comparable project and how it did.' })
export class ComparableProject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  amountYi!: number;

  @Field()
  stageLabel!: string;

  @Field(() => LocalDateResolver)
  signedOn!: string;

  @Field(() => Int, { nullable: true, description: 'Days from signing to 开工; null when not started.' })
  daysToStart!: number | null;

  @Field()
  defaulted!: boolean;
}

@ObjectType({ description: 'Projects of the same chain and about the same size, and how they did (同类项目).' })
export class Comparables {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  started!: number;

  @Field(() => Int)
  defaulted!: number;

  @Field(() => [ComparableProject], { description: 'The closest in size, up to five.' })
  projects!: ComparableProject[];

  @Field()
  summary!: string;
}

@ObjectType({ description: 'A member of the 招商专家库.' })
export class Expert {
  @Field(() => ID, { description: 'Identifier; the expert’s token has it as its subject.' })
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Field (专业领域).' })
  field!: string;

  @Field({ description: 'Organisation (工作单位).' })
  organisation!: string;

  @Field(() => [String], { description: 'Chains the expert reviews.' })
  industryCodes!: string[];

  @Field(() => String, { nullable: true, description: 'The person in the graph, for conflicts of interest.' })
  personId!: string | null;

  @Field()
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'Points an expert gave a section.' })
export class ReviewScore {
  @Field(() => AssessmentSection)
  section!: AssessmentSection;

  @Field()
  label!: string;

  @Field(() => Float)
  points!: number;
}

@ObjectType({ description: 'A project sent to an expert for review (专家评审), and the review once submitted.' })
export class ReviewRequest {
  @Field(() => ID)
  id!: string;

  @Field()
  projectId!: string;

  @Field()
  expertId!: string;

  @Field()
  expertName!: string;

  @Field({ description: 'PENDING (待评审) or SUBMITTED (已提交).' })
  status!: string;

  @Field()
  statusLabel!: string;

  @Field(() => LocalDateResolver)
  requestedOn!: string;

  @Field(() => LocalDateResolver)
  dueOn!: string;

  @Field()
  requestedBy!: string;

  @Field(() => [String], { description: 'Conflicts of interest found in the graph (利益冲突); an expert with one cannot submit.' })
  conflicts!: string[];

  @Field(() => [ReviewScore], { description: 'Points per section; empty until submitted.' })
  scores!: ReviewScore[];

  @Field(() => Float, { nullable: true, description: 'Sum of the section points.' })
  total!: number | null;

  @Field(() => String, { nullable: true })
  opinion!: string | null;

  @Field(() => AssessmentVerdict, { nullable: true })
  recommendation!: AssessmentVerdict | null;

  @Field(() => String, { nullable: true })
  recommendationLabel!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  submittedOn!: string | null;
}

@ObjectType({ description: 'The model’s score beside the experts’ (专家意见与模型评分).' })
export class ExpertPanel {
  @Field(() => [ReviewRequest])
  requests!: ReviewRequest[];

  @Field(() => Int, { description: 'Reviews submitted.' })
  submitted!: number;

  @Field(() => Float, { nullable: true, description: 'Median of the submitted totals; null with none.' })
  median!: number | null;

  @Field(() => Float, { nullable: true, description: 'Experts’ median − the model’s score.' })
  difference!: number | null;

  @Field({ description: 'The two are further apart than the configured points (分歧).' })
  disagreement!: boolean;

  @Field()
  note!: string;
}

@ObjectType({ description: '项目预评估: a 100-point score as parts that add up, vetoes, verdict, conditions, the chain before → after.' })
export class ProjectAssessment {
  @Field(() => Project, { nullable: true, description: 'The project assessed; null for a proposal not in the pipeline.' })
  project!: Project | null;

  @Field(() => AssessedTerms)
  terms!: AssessedTerms;

  @Field(() => Float, { description: 'Score 0–100: the sum of the parts’ points.' })
  score!: number;

  @Field(() => AssessmentVerdict)
  verdict!: AssessmentVerdict;

  @Field()
  verdictLabel!: string;

  @Field({ description: 'How the verdict was reached: the band, or the veto.' })
  band!: string;

  @Field(() => [AssessmentSectionScore])
  sections!: AssessmentSectionScore[];

  @Field(() => [AssessmentPart])
  parts!: AssessmentPart[];

  @Field(() => [VetoCheck])
  vetoes!: VetoCheck[];

  @Field(() => [String], { description: 'Clauses to write into the agreement (合同约束条款), from the weak parts.' })
  conditions!: string[];

  @Field(() => [AssessedLinkChange], { description: 'The chain’s links before → after, the changed ones first.' })
  links!: AssessedLinkChange[];

  @Field(() => Float, { nullable: true, description: 'The chain’s 本地配套率 before.' })
  supplyRateBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'And after.' })
  supplyRateAfter!: number | null;

  @Field(() => AssessedPark, { nullable: true })
  park!: AssessedPark | null;

  @Field(() => Comparables, { nullable: true })
  comparables!: Comparables | null;

  @Field(() => ExpertPanel, { nullable: true, description: 'For a project: its review requests and the experts’ median.' })
  experts!: ExpertPanel | null;

  @Field(() => [String], { description: 'The assessment in Chinese sentences, citing facts.' })
  reasons!: string[];

  @Field(() => LocalDateResolver, { description: 'The day of the facts used.' })
  asOf!: string;
}

@ObjectType({ description: 'A decision on a project’s assessment (领导小组决策), as recorded.' })
export class AssessmentDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateResolver)
  decidedOn!: string;

  @Field(() => AssessmentVerdict)
  verdict!: AssessmentVerdict;

  @Field()
  verdictLabel!: string;

  @Field(() => [String])
  conditions!: string[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Float, { description: 'The model’s score when decided.' })
  modelScore!: number;

  @Field(() => AssessmentVerdict)
  modelVerdict!: AssessmentVerdict;

  @Field(() => Float, { nullable: true, description: 'The experts’ median when decided.' })
  expertMedian!: number | null;

  @Field(() => Int, { description: 'Reviews submitted when decided.' })
  reviews!: number;

  @Field()
  decidedBy!: string;
}

@ObjectType({ description: 'What an expert is shown of a project sent to them: the proposal, not the graph around it.' })
export class ExpertProject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  amountYi!: number;

  @Field()
  stageLabel!: string;

  @Field(() => String, { nullable: true })
  industryName!: string | null;

  @Field(() => String, { nullable: true })
  investorName!: string | null;

  @Field(() => String, { nullable: true })
  parkName!: string | null;

  @Field(() => [String], { description: 'The proposal’s terms, one line each (用地, 产值, 税收, 达产, 资金, 产品).' })
  terms!: string[];
}

@ObjectType({ description: 'A review request as its expert sees it.' })
export class ExpertAssignment {
  @Field(() => ReviewRequest)
  request!: ReviewRequest;

  @Field(() => ExpertProject)
  project!: ExpertProject;

  @Field(() => [AssessmentSectionScore], { description: 'The sections to score and the points each carries for this chain.' })
  sections!: AssessmentSectionScore[];
}

@ObjectType({ description: 'Outcomes of one group of assessed projects (校准).' })
export class CalibrationRow {
  @Field({ description: 'The group: a band (≥ 80, 60–80, < 60) or a part’s strong/weak half.' })
  group!: string;

  @Field(() => String, { nullable: true, description: 'The part, for rows by part.' })
  part!: string | null;

  @Field(() => Int, { description: 'Projects in the group.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, with a veto the model would have raised.' })
  vetoed!: number;

  @Field(() => Float, {
    nullable: true,
    description: '履约率: share that started by their agreed day (or are not yet due) and did not default.',
  })
  keptRate!: number | null;

  @Field(() => Float, { nullable: true, description: '违约率: share that defaulted.' })
  defaultRate!: number | null;

  @Field(() => Float, { nullable: true, description: '开工率: share that started.' })
  startRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from signing to 开工 of those that started.' })
  medianDaysToStart!: number | null;
}

@ObjectType({ description: 'Whether the assessment’s scores predicted 履约 (评分校准).' })
export class AssessmentCalibration {
  @Field(() => LocalDateResolver)
  signedFrom!: string;

  @Field(() => LocalDateResolver)
  signedTo!: string;

  @Field(() => LocalDateResolver, { description: 'Outcomes as known on this day.' })
  outcomesOn!: string;

  @Field(() => Int)
  projects!: number;

  @Field(() => [CalibrationRow], { description: 'By score band: ≥ 80, 60–80, < 60.' })
  byBand!: CalibrationRow[];

  @Field(() => [CalibrationRow], { description: 'By part: projects where the part earned at least half its points, and the rest.' })
  byPart!: CalibrationRow[];

  @Field(() => [String])
  notes!: string[];
}

import { RequestCaller } from '../../auth/roles';
import { Neo4jGateway } from '../../db/gateway';
import { ASSESSMENT_SECTION_ZH, AssessmentSection, PART_KEYS, PART_SECTION, weightsFor } from '../../domain/assessment.model';
import { today } from '../../domain/calendar';
import { MEMBER_ROLE_ZH, MemberRole } from '../../domain/enums';
import { PROJECT_STAGE_ZH, ProjectStage } from '../../domain/project-stage';
import { AppError, BadInputError, ErrorCode, NotFoundError } from '../../errors';
import { ConflictVersionError, WriteService } from '../../graph/write.service';
import { Injectable } from '../../graphql/scope';
import { AssessmentReader, OFFICER_ROLES } from './assessment-facts.service';
import type { RequestReviewInput, SaveExpertInput, SubmitReviewInput } from './assessment.input';
import {
  ConflictFact,
  CONFLICTS,
  CREATE_REQUESTS,
  EXPERT_LOCK,
  ExpertProjectRow,
  ExpertRow,
  EXPERTS,
  PROJECT_LOCK,
  REFS_EXIST,
  REQUEST_FOR_WRITE,
  REQUESTS_OF_EXPERT,
  REQUESTS_OF_PROJECT,
  SAVE_EXPERT,
  SAVE_REVIEW,
  TOUCH_PROJECT,
} from './assessment.queries';
import { toReviewRequest } from './assessment.service';
import type { AssessmentSectionScore, Expert, ExpertAssignment, ReviewRequest } from './assessment.type';

const SECTIONS = Object.values(AssessmentSection);

/** A conflict of interest in Chinese, naming the path through the graph. */
export function conflictText(c: ConflictFact): string {
  switch (c.kind) {
    case 'EXECUTIVE':
      return `本人任投资方「${c.firm}」${c.title ?? '高管'}`;
    case 'TRADE':
      return `本人任「${c.firm}」${c.title ?? '高管'}，该企业与投资方有供需往来`;
    case 'CHAMBER':
      return `本人任「${c.firm}」${MEMBER_ROLE_ZH[c.title as MemberRole] ?? c.title ?? '负责人'}，投资方高管${c.via ?? ''}是该会成员`;
    case 'ORGANISATION':
      return `本人工作单位即投资方「${c.firm}」`;
  }
}

/** The sections and the points each carries for a chain, for an expert to score against. */
export function sectionsFor(weights: ReturnType<typeof weightsFor>): AssessmentSectionScore[] {
  return SECTIONS.map((section) => ({
    section,
    label: ASSESSMENT_SECTION_ZH[section],
    weight: PART_KEYS.filter((k) => PART_SECTION[k] === section).reduce((s, k) => s + weights[k], 0),
    points: 0,
  }));
}

function termsText(p: ExpertProjectRow): string[] {
  const lines: string[] = [];
  if (p.proposedLandMu !== null) lines.push(`拟用地 ${p.proposedLandMu} 亩`);
  if (p.proposedFactorySqm !== null) lines.push(`标准厂房 ${p.proposedFactorySqm} 平方米`);
  if (p.proposedOutputYi !== null) lines.push(`达产年产值 ${p.proposedOutputYi} 亿元`);
  if (p.proposedTaxWan !== null) lines.push(`达产年税收 ${p.proposedTaxWan} 万元`);
  if (p.yearsToFullOutput !== null) lines.push(`达产年限 ${p.yearsToFullOutput} 年`);
  if (p.fundingSecuredShare !== null)
    lines.push(
      `资金到位 ${Math.round(p.fundingSecuredShare * 100)}%${p.fundingSources.length ? `（${p.fundingSources.join('、')}）` : ''}`,
    );
  if (p.products.length > 0) lines.push(`主要产品：${p.products.join('、')}`);
  return lines.length > 0 ? lines : ['尚未录入申报要素'];
}

const toExpert = (r: ExpertRow): Expert => ({ ...r });

/**
 * The 招商专家库: experts kept by admins, projects sent to them by planners (with conflicts of interest
 * found in the graph and recorded), and the reviews experts submit — each expert only their own.
 */
@Injectable()
export class ExpertService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly writes: WriteService,
    private readonly reader: AssessmentReader,
    private readonly who: RequestCaller,
  ) {}

  async experts(industryCode?: string): Promise<Expert[]> {
    return (await this.gw.read(EXPERTS, { industryCode: industryCode ?? null })).map((r) => toExpert(r.expert));
  }

  async requestsOf(projectId: string): Promise<ReviewRequest[]> {
    return (await this.gw.read(REQUESTS_OF_PROJECT, { keys: [projectId] })).map((r) => toReviewRequest(r.item));
  }

  save(input: SaveExpertInput): Promise<Expert> {
    return this.writes.run('saveExpert', input, async (tx) => {
      const [found] = await tx.run(EXPERT_LOCK, { id: input.id });
      const before = found?.expert;
      if (before && input.expectedVersion === undefined)
        throw new AppError(
          ErrorCode.CONFLICT,
          `Expert ${input.id} exists; send expectedVersion to update it. 该专家已存在，更新时请提供 expectedVersion。`,
          {
            fields: [{ path: 'input.expectedVersion', message: 'required to update an existing expert' }],
          },
        );
      if (!before && input.expectedVersion !== undefined)
        throw new NotFoundError('Expert', input.id, [{ path: 'input.id', message: 'no such expert to update', messageZh: '没有该专家' }]);
      if (before && before.version !== input.expectedVersion)
        throw new ConflictVersionError('Expert', input.id, input.expectedVersion!, before.version);
      const codes = [...new Set(input.industryCodes)].sort();
      const [refs] = await tx.run(REFS_EXIST, { industryCodes: codes, personId: input.personId ?? null });
      const problems = codes
        .filter((c) => !refs.industryCodes.includes(c))
        .map((c) => ({
          path: `input.industryCodes.${input.industryCodes.indexOf(c)}`,
          message: `no industry ${c}`,
          messageZh: `没有产业链 ${c}`,
        }));
      if (input.personId && !refs.personFound)
        problems.push({ path: 'input.personId', message: `no person ${input.personId}`, messageZh: '没有该人员' });
      if (problems.length > 0) throw new BadInputError(problems);
      const after: ExpertRow = {
        id: input.id,
        name: input.name,
        field: input.field,
        organisation: input.organisation,
        active: input.active,
        version: (before?.version ?? 0) + 1,
        industryCodes: codes,
        personId: input.personId ?? null,
        source: before?.source ?? 'API',
      };
      await tx.run(SAVE_EXPERT, { ...after });
      const { version: _a, ...now } = after;
      const { version: _b, ...was } = before ?? ({} as Partial<ExpertRow>);
      void _a;
      void _b;
      return { result: toExpert(after), changes: [{ label: 'Expert', key: input.id, before: was, after: now }] };
    });
  }

  /** Sends the project to experts; each request records the conflicts of interest the graph shows. */
  request(input: RequestReviewInput): Promise<ReviewRequest[]> {
    if (input.dueOn < today()) return Promise.reject(bad('input.dueOn', 'a review cannot be due in the past', '评审截止日期不能早于今天'));
    const ids = [...new Set(input.expertIds)];
    return this.writes.run('requestReview', input, async (tx) => {
      const [p] = await tx.run(PROJECT_LOCK, { id: input.projectId });
      if (!p)
        throw new NotFoundError('Project', input.projectId, [
          { path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' },
        ]);
      if (p.version !== input.expectedVersion) throw new ConflictVersionError('Project', p.id, input.expectedVersion, p.version);
      const experts = new Map((await tx.run(EXPERTS, { industryCode: null })).map((r) => [r.expert.id, r.expert]));
      const problems = input.expertIds.flatMap((id, i) =>
        !experts.has(id)
          ? [{ path: `input.expertIds.${i}`, message: `no expert ${id}`, messageZh: `专家库中没有 ${id}` }]
          : !experts.get(id)!.active
            ? [{ path: `input.expertIds.${i}`, message: `expert ${id} is inactive`, messageZh: `专家 ${id} 已停用` }]
            : [],
      );
      const already = new Set((await tx.run(REQUESTS_OF_PROJECT, { keys: [p.id] })).map((r) => r.item.expertId));
      input.expertIds.forEach((id, i) => {
        if (already.has(id))
          problems.push({
            path: `input.expertIds.${i}`,
            message: `${id} was already asked to review this project`,
            messageZh: `已向专家 ${id} 送审该项目`,
          });
      });
      if (problems.length > 0) throw new BadInputError(problems);
      const found = await tx.run(CONFLICTS, {
        expertIds: ids,
        uscc: p.investorUscc,
        investorName: p.investorName,
        officerRoles: OFFICER_ROLES,
      });
      const conflicts = new Map(found.map((r) => [r.expertId, r.conflicts.map(conflictText)]));
      const requests = ids.map((expertId) => ({ expertId, conflicts: conflicts.get(expertId) ?? [] }));
      await tx.run(CREATE_REQUESTS, { projectId: p.id, requests, on: today(), dueOn: input.dueOn, by: this.writes.actor });
      await tx.run(TOUCH_PROJECT, { id: p.id, version: p.version + 1 });
      const created = (await tx.run(REQUESTS_OF_PROJECT, { keys: [p.id] }))
        .map((r) => toReviewRequest(r.item))
        .filter((r) => ids.includes(r.expertId));
      return {
        result: created,
        changes: [
          {
            label: 'Project',
            key: p.id,
            before: {},
            after: Object.fromEntries(
              created.map((r) => [`review:${r.expertId}`, JSON.stringify({ dueOn: r.dueOn, conflicts: r.conflicts })]),
            ),
          },
        ],
      };
    });
  }

  /** The caller's own review of a project sent to them; refused with a conflict of interest or when already submitted. */
  submit(input: SubmitReviewInput): Promise<ReviewRequest> {
    const expertId = this.who.caller.id;
    return this.writes.run('submitReview', input, async (tx) => {
      const [p] = await tx.run(PROJECT_LOCK, { id: input.projectId });
      const [found] = p ? await tx.run(REQUEST_FOR_WRITE, { id: `${p.id}:${expertId}` }) : [];
      // Not sent to this expert and not there at all look the same: an expert learns nothing of other projects.
      if (!p || !found)
        throw new NotFoundError('ReviewRequest', input.projectId, [
          { path: 'input.projectId', message: 'no review of this project was requested from you', messageZh: '未向您送审该项目' },
        ]);
      const q = found.request;
      // The graph may have learnt of a tie since the request: the conflicts are checked again now.
      const [now] = await tx.run(CONFLICTS, {
        expertIds: [expertId],
        uscc: p.investorUscc,
        investorName: p.investorName,
        officerRoles: OFFICER_ROLES,
      });
      const conflicts = [...new Set([...q.conflicts, ...(now?.conflicts ?? []).map(conflictText)])];
      if (conflicts.length > 0)
        throw new AppError(
          ErrorCode.FORBIDDEN,
          `You have a conflict of interest with this project and cannot review it. 存在利益冲突，不能提交评审：${conflicts.join('；')}`,
          {
            reason: 'CONFLICT_OF_INTEREST',
            conflicts,
          },
        );
      if (q.status === 'SUBMITTED')
        throw new AppError(ErrorCode.CONFLICT, 'Your review of this project was already submitted. 您已提交过该项目的评审。', {
          fields: [{ path: 'input.projectId', message: 'already submitted' }],
        });
      const limits = sectionsFor(weightsFor(this.reader.rules, p.industryCode));
      const given = [input.scores.hard, input.scores.strength, input.scores.synergy, input.scores.feasibility];
      const problems = given.flatMap((v, i) =>
        v > limits[i].weight
          ? [
              {
                path: `input.scores.${['hard', 'strength', 'synergy', 'feasibility'][i]}`,
                message: `at most ${limits[i].weight} points`,
                messageZh: `${limits[i].label}最多 ${limits[i].weight} 分`,
              },
            ]
          : [],
      );
      if (problems.length > 0) throw new BadInputError(problems);
      await tx.run(SAVE_REVIEW, { id: q.id, scores: given, opinion: input.opinion, recommendation: input.recommendation, on: today() });
      await tx.run(TOUCH_PROJECT, { id: p.id, version: p.version + 1 });
      const [saved] = (await tx.run(REQUESTS_OF_PROJECT, { keys: [p.id] }))
        .map((r) => toReviewRequest(r.item))
        .filter((r) => r.expertId === expertId);
      return {
        result: saved,
        changes: [
          {
            label: 'Project',
            key: p.id,
            before: { [`review:${expertId}`]: JSON.stringify({ status: 'PENDING' }) },
            after: { [`review:${expertId}`]: JSON.stringify({ status: 'SUBMITTED', scores: given, recommendation: input.recommendation }) },
          },
        ],
      };
    });
  }

  /** The projects sent to the calling expert: the proposal and what to score, nothing of the graph around it. */
  async mine(): Promise<ExpertAssignment[]> {
    const rows = await this.gw.read(REQUESTS_OF_EXPERT, { expertId: this.who.caller.id });
    return rows.map(({ request, project }) => ({
      request: toReviewRequest(request),
      project: {
        id: project.id,
        name: project.name,
        amountYi: project.amountYi,
        stageLabel: PROJECT_STAGE_ZH[project.stage as ProjectStage] ?? project.stage,
        industryName: project.industryName,
        investorName: project.investorName,
        parkName: project.parkName,
        terms: termsText(project),
      },
      sections: sectionsFor(weightsFor(this.reader.rules, project.industryCode)),
    }));
  }
}

const bad = (path: string, message: string, messageZh: string): BadInputError => new BadInputError([{ path, message, messageZh }]);

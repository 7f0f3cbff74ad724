import crypto from 'node:crypto';
import { Neo4jGateway } from '../../db/gateway';
import {
  ASSESSMENT_SECTION_ZH,
  ASSESSMENT_VERDICT_ZH,
  AssessmentSection,
  AssessmentVerdict,
  median,
  ProposalTerms,
  SiteZoning,
  VetoStatus,
} from '../../domain/assessment.model';
import { daysBetween, today } from '../../domain/calendar';
import { LINK_STATUS_ZH, LinkGap } from '../../domain/gaps.model';
import { PROJECT_STAGE_ZH, ProjectStage } from '../../domain/project-stage';
import { BadInputError, NotFoundError } from '../../errors';
import { ChainFacts } from '../../graph/chain-facts.service';
import { WriteService, ConflictVersionError } from '../../graph/write.service';
import { Injectable } from '../../graphql/scope';
import { AssessmentReader, Assessed, Subject, zoningOfPlots } from './assessment-facts.service';
import type { AssessProjectInput, DecideAssessmentInput, UpdateProposalInput } from './assessment.input';
import {
  COMPARABLES,
  INVESTOR_EXISTS,
  CREATE_DECISION,
  DecisionRow,
  PROJECT_LOCK,
  PROJECT_TERMS,
  ProjectTermsRow,
  ProposalProps,
  REQUESTS_OF_PROJECT,
  ReviewRequestRow,
  SAVE_PROPOSAL,
  TOUCH_PROJECT,
} from './assessment.queries';
import type { AssessmentDecision, ExpertPanel, ProjectAssessment, ReviewRequest } from './assessment.type';

const bad = (path: string, message: string, messageZh: string): BadInputError => new BadInputError([{ path, message, messageZh }]);
const SECTIONS = Object.values(AssessmentSection);

/** A review request row as the API shows it. */
export function toReviewRequest(r: ReviewRequestRow): ReviewRequest {
  const scores =
    r.scores.length === SECTIONS.length
      ? SECTIONS.map((section, i) => ({ section, label: ASSESSMENT_SECTION_ZH[section], points: r.scores[i] }))
      : [];
  const rec = r.recommendation as AssessmentVerdict | null;
  return {
    id: r.id,
    projectId: r.projectId,
    expertId: r.expertId,
    expertName: r.expertName,
    status: r.status,
    statusLabel: r.status === 'SUBMITTED' ? '已提交' : '待评审',
    requestedOn: r.requestedOn,
    dueOn: r.dueOn,
    requestedBy: r.requestedBy,
    conflicts: r.conflicts,
    scores,
    total: scores.length > 0 ? Math.round(scores.reduce((s, x) => s + x.points, 0) * 10) / 10 : null,
    opinion: r.opinion,
    recommendation: rec,
    recommendationLabel: rec ? ASSESSMENT_VERDICT_ZH[rec] : null,
    submittedOn: r.submittedOn,
  };
}

export function toDecision(r: DecisionRow): AssessmentDecision {
  return {
    ...r,
    verdict: r.verdict as AssessmentVerdict,
    verdictLabel: ASSESSMENT_VERDICT_ZH[r.verdict as AssessmentVerdict],
    modelVerdict: r.modelVerdict as AssessmentVerdict,
  };
}

/** The terms of a project: its proposal's, else its agreement's (协议约定). */
export function termsOfProject(p: ProjectTermsRow): { terms: ProposalTerms; basis: string } {
  const signedYear = p.signedOn ? Number(p.signedOn.slice(0, 4)) : null;
  const agreedYears = p.fullOutputYear !== null && signedYear !== null ? Math.max(0, p.fullOutputYear - signedYear) : null;
  // Each term from the proposal, else from the agreement when one was signed.
  const pairs: Array<[number | null, number | null]> = [
    [p.proposedLandMu, p.proposedFactorySqm === null ? p.agreedLandMu : null],
    [p.proposedOutputYi, p.promisedOutputYi],
    [p.proposedTaxWan, p.promisedTaxWan],
    [p.yearsToFullOutput, agreedYears],
  ];
  const [land, output, tax, years] = pairs.map(([own, agreed]) => own ?? agreed);
  const proposed = pairs.some(([own]) => own !== null) || p.fundingSecuredShare !== null || p.products.length > 0;
  const agreed = pairs.some(([own, a]) => own === null && a !== null);
  const terms: ProposalTerms = {
    name: p.name,
    amountYi: p.amountYi,
    landMu: land,
    factorySqm: p.proposedFactorySqm,
    outputYi: output,
    taxWan: tax,
    yearsToFullOutput: years,
    fundingSecuredShare: p.fundingSecuredShare,
    fundingSources: p.fundingSources,
    products: p.products,
    siteZoning: (p.siteZoning as SiteZoning | null) ?? zoningOfPlots(p.plotZonings),
  };
  const basis = proposed
    ? agreed
      ? '项目申报要素（缺项按协议约定）'
      : '项目申报要素'
    : agreed
      ? '协议约定'
      : '项目台账（未录入申报要素）';
  return { terms, basis };
}

/** The subject of a project as recorded (for the calibration and decisions). */
export function subjectOfProject(p: ProjectTermsRow): Subject {
  const { terms, basis } = termsOfProject(p);
  return {
    key: p.id,
    projectId: p.id,
    terms,
    basis,
    industryCode: p.industryCode,
    linkCodes: p.linkCodes,
    investorUscc: p.investorUscc,
    newInvestor: null,
    parkId: p.parkId,
    approvals: p.steps > 0 ? { steps: p.steps, done: p.stepsDone } : null,
  };
}

/**
 * 项目预评估 (assessProject), the decisions on it (decideAssessment) and the proposal terms a project
 * records (updateProposal). The score itself is the pure model's (src/domain/assessment.model.ts);
 * this service gathers the facts and answers in the API's shapes.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly reader: AssessmentReader,
    private readonly facts: ChainFacts,
    private readonly writes: WriteService,
  ) {}

  async assess(input: AssessProjectInput): Promise<ProjectAssessment> {
    const { subject, project } = await this.subjectOf(input);
    const [assessed] = await this.reader.assess([{ subject, asOf: today(), today: true }]);
    const [nodes, comparables, panel] = await Promise.all([
      this.facts.nodeLookups(),
      this.comparables(assessed),
      project ? this.panel(project.id, assessed.outcome.score) : Promise.resolve(null),
    ]);
    const o = assessed.outcome;
    const s = assessed.subject;
    return {
      project: project?.node ?? null,
      terms: {
        ...s.terms,
        investorName: assessed.facts.investor.name,
        investorUscc: s.investorUscc,
        investorInGraph: s.investorUscc !== null,
        investorFacts: s.investorUscc
          ? `企业库${assessed.facts.investor.credit.checkedOn ? `；信用核查 ${assessed.facts.investor.credit.source ?? ''} ${assessed.facts.investor.credit.checkedOn}` : '；未做信用核查'}`
          : s.newInvestor
            ? `${s.newInvestor.factsSource}，${s.newInvestor.factsOn}${s.newInvestor.credit ? `；信用核查 ${s.newInvestor.credit.checkedIn} ${s.newInvestor.credit.checkedOn}` : '；未做信用核查'}`
            : '投资方未明确',
        industryCode: assessed.facts.chain?.code ?? null,
        industryName: assessed.facts.chain?.name ?? null,
        linkCodes: s.linkCodes,
        landBasisMu: o.landBasisMu,
        basis: s.basis,
      },
      score: o.score,
      verdict: o.verdict,
      verdictLabel: o.verdictLabel,
      band: o.band,
      sections: o.sections,
      parts: o.parts,
      vetoes: o.vetoes,
      conditions: o.conditions,
      links: assessed.chain
        .map((c) => ({
          link: nodes.link(c.before.metrics.code),
          filled: c.filled,
          before: {
            status: c.before.status,
            statusLabel: statusZh(c.before),
            severity: c.before.severity,
            localSupplyRate: c.before.localSupplyRate,
          },
          after: {
            status: c.after.status,
            statusLabel: statusZh(c.after),
            severity: c.after.severity,
            localSupplyRate: c.after.localSupplyRate,
          },
          changed: c.before.status !== c.after.status || c.before.severity !== c.after.severity,
        }))
        .sort((a, b) => +b.changed - +a.changed || +b.filled - +a.filled || a.link.code.localeCompare(b.link.code)),
      supplyRateBefore: assessed.supplyRate.before,
      supplyRateAfter: assessed.supplyRate.after,
      park: assessed.park
        ? {
            park: assessed.park.row.park,
            positioned: assessed.park.positioned,
            availableMu: assessed.park.row.park.availableLandMu ?? 0,
            suggested: assessed.park.suggested,
          }
        : null,
      comparables,
      experts: panel,
      reasons: reasonsOf(assessed, comparables?.summary ?? null, panel),
      asOf: today(),
    };
  }

  /** The model's assessment of a recorded project today (the decision keeps it beside the verdict taken). */
  async modelOf(projectId: string): Promise<Assessed> {
    const [row] = await this.gw.read(PROJECT_TERMS, { ids: [projectId] });
    if (!row)
      throw new NotFoundError('Project', projectId, [{ path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' }]);
    const [assessed] = await this.reader.assess([{ subject: subjectOfProject(row), asOf: today(), today: true }]);
    return assessed;
  }

  async decide(input: DecideAssessmentInput): Promise<AssessmentDecision> {
    const on = input.on ?? today();
    if (on > today()) throw bad('input.on', 'a decision cannot be dated in the future', '决策日期不能晚于今天');
    if (input.verdict === AssessmentVerdict.CONDITIONAL && input.conditions.length === 0)
      throw bad('input.conditions', 'a conditional pass names its conditions', '附条件通过须列明条件');
    const model = await this.modelOf(input.projectId);
    const requests = await this.gw.read(REQUESTS_OF_PROJECT, { keys: [input.projectId] });
    const submitted = requests.map((r) => toReviewRequest(r.item)).filter((r) => r.total !== null);
    return this.writes.run('decideAssessment', input, async (tx) => {
      const [p] = await tx.run(PROJECT_LOCK, { id: input.projectId });
      if (!p)
        throw new NotFoundError('Project', input.projectId, [
          { path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' },
        ]);
      if (p.version !== input.expectedVersion) throw new ConflictVersionError('Project', p.id, input.expectedVersion, p.version);
      const row: DecisionRow = {
        id: `AS-${crypto.randomUUID()}`,
        verdict: input.verdict,
        note: input.note ?? null,
        modelScore: model.outcome.score,
        modelVerdict: model.outcome.verdict,
        expertMedian: median(submitted.map((r) => r.total!)),
        reviews: submitted.length,
        decidedBy: this.writes.actor,
        conditions: input.conditions,
        decidedOn: on,
      };
      await tx.run(CREATE_DECISION, { ...row, projectId: p.id, by: this.writes.actor, on });
      await tx.run(TOUCH_PROJECT, { id: p.id, version: p.version + 1 });
      const key = `assessment:${row.id}`;
      return {
        result: toDecision(row),
        changes: [{ label: 'Project', key: p.id, before: {}, after: { [key]: JSON.stringify({ ...row, decidedBy: undefined }) } }],
      };
    });
  }

  async updateProposal(input: UpdateProposalInput): Promise<ProposalProps> {
    return this.writes.run('updateProposal', input, async (tx) => {
      const [p] = await tx.run(PROJECT_LOCK, { id: input.projectId });
      if (!p)
        throw new NotFoundError('Project', input.projectId, [
          { path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' },
        ]);
      if (p.version !== input.expectedVersion) throw new ConflictVersionError('Project', p.id, input.expectedVersion, p.version);
      const [before] = await tx.run(PROJECT_TERMS, { ids: [p.id] });
      const t = input.terms;
      const props: ProposalProps = {
        proposedLandMu: t.landMu ?? null,
        proposedFactorySqm: t.factorySqm ?? null,
        proposedOutputYi: t.outputYi ?? null,
        proposedTaxWan: t.taxWan ?? null,
        yearsToFullOutput: t.yearsToFullOutput ?? null,
        fundingSecuredShare: t.fundingSecuredShare ?? null,
        fundingSources: t.fundingSources ?? [],
        products: t.products ?? [],
        siteZoning: t.siteZoning ?? null,
      };
      await tx.run(SAVE_PROPOSAL, { id: p.id, ...props });
      await tx.run(TOUCH_PROJECT, { id: p.id, version: p.version + 1 });
      const old: Record<string, unknown> = Object.fromEntries(Object.keys(props).map((k) => [k, before[k as keyof ProjectTermsRow]]));
      return { result: props, changes: [{ label: 'Project', key: p.id, before: old, after: { ...props } }] };
    });
  }

  /** The subject of an input: a project (its terms, with any given ones replacing them) or a proposal. */
  private async subjectOf(input: AssessProjectInput): Promise<{ subject: Subject; project: ProjectTermsRow | null }> {
    const g = input.proposal;
    if (!input.projectId && !g)
      throw bad('input', 'give a projectId or a proposal', '请指定项目（projectId）或填写项目申报要素（proposal）');
    if (g?.investorUscc && g.newInvestor)
      throw bad('input.proposal.newInvestor', 'give investorUscc or newInvestor, not both', '投资方请二选一：库内企业或新企业');
    let project: ProjectTermsRow | null = null;
    let base: Subject | null = null;
    if (input.projectId) {
      [project] = await this.gw.read(PROJECT_TERMS, { ids: [input.projectId] });
      if (!project)
        throw new NotFoundError('Project', input.projectId, [
          { path: 'input.projectId', message: 'no such project', messageZh: '没有该项目' },
        ]);
      base = subjectOfProject(project);
    } else {
      const missing = [
        !g!.name ? { path: 'input.proposal.name', message: 'a proposal needs its name', messageZh: '请填写项目名称' } : null,
        g!.amountYi === undefined
          ? { path: 'input.proposal.amountYi', message: 'a proposal needs its amount', messageZh: '请填写总投资（亿元）' }
          : null,
        !g!.linkCodes?.length && !g!.industryCode
          ? {
              path: 'input.proposal.linkCodes',
              message: 'a proposal names its chain links or chain',
              messageZh: '请填写所属产业链环节或产业链',
            }
          : null,
      ].filter((x): x is { path: string; message: string; messageZh: string } => x !== null);
      if (missing.length > 0) throw new BadInputError(missing);
    }
    const subject: Subject = {
      key: project?.id ?? 'proposal',
      projectId: project?.id ?? null,
      terms: {
        name: g?.name ?? base?.terms.name ?? '',
        amountYi: g?.amountYi ?? base?.terms.amountYi ?? 0,
        landMu: g?.landMu ?? base?.terms.landMu ?? null,
        factorySqm: g?.factorySqm ?? base?.terms.factorySqm ?? null,
        outputYi: g?.outputYi ?? base?.terms.outputYi ?? null,
        taxWan: g?.taxWan ?? base?.terms.taxWan ?? null,
        yearsToFullOutput: g?.yearsToFullOutput ?? base?.terms.yearsToFullOutput ?? null,
        fundingSecuredShare: g?.fundingSecuredShare ?? base?.terms.fundingSecuredShare ?? null,
        fundingSources: g?.fundingSources ?? base?.terms.fundingSources ?? [],
        products: g?.products ?? base?.terms.products ?? [],
        siteZoning: g?.siteZoning ?? base?.terms.siteZoning ?? null,
      },
      basis: base && g ? `${base.basis}（部分按本次输入）` : (base?.basis ?? '本次输入'),
      industryCode: g?.industryCode ?? base?.industryCode ?? null,
      linkCodes: g?.linkCodes ?? base?.linkCodes ?? [],
      investorUscc: g?.newInvestor ? null : (g?.investorUscc ?? base?.investorUscc ?? null),
      newInvestor: g?.newInvestor ?? null,
      parkId: g?.parkId ?? base?.parkId ?? null,
      approvals: base?.approvals ?? null,
    };
    await this.checkRefs(subject, g !== undefined);
    return { subject, project };
  }

  /** Names in a proposal must be in the graph: a typo would otherwise read as a missing fact. */
  private async checkRefs(s: Subject, given: boolean): Promise<void> {
    if (!given) return;
    const [metrics, { parks }] = await Promise.all([this.facts.linkMetrics(), this.facts.graphFacts()]);
    const problems = [];
    const links = new Map(metrics.map((m) => [m.code, m.industryCode]));
    s.linkCodes.forEach((c, i) => {
      if (!links.has(c))
        problems.push({ path: `input.proposal.linkCodes.${i}`, message: `no chain link ${c}`, messageZh: `没有环节 ${c}` });
    });
    if (s.industryCode && !metrics.some((m) => m.industryCode === s.industryCode))
      problems.push({
        path: 'input.proposal.industryCode',
        message: `no industry ${s.industryCode}`,
        messageZh: `没有产业链 ${s.industryCode}`,
      });
    const other = s.linkCodes.find((c) => links.has(c) && s.industryCode && links.get(c) !== s.industryCode);
    if (other)
      problems.push({
        path: 'input.proposal.linkCodes',
        message: `link ${other} is not in chain ${s.industryCode}`,
        messageZh: `环节 ${other} 不属于产业链 ${s.industryCode}`,
      });
    if (s.parkId && !parks.some((p) => p.park.id === s.parkId))
      problems.push({ path: 'input.proposal.parkId', message: `no park ${s.parkId}`, messageZh: `没有园区 ${s.parkId}` });
    if (s.investorUscc) {
      const [row] = await this.gw.read(INVESTOR_EXISTS, { uscc: s.investorUscc });
      if (!row?.found)
        problems.push({
          path: 'input.proposal.investorUscc',
          message: `no enterprise ${s.investorUscc}; give newInvestor for a firm not yet in the graph`,
          messageZh: '库内没有该企业；新企业请用 newInvestor 填写',
        });
    }
    if (problems.length > 0) throw new BadInputError(problems);
  }

  private async comparables(a: Assessed): Promise<ProjectAssessment['comparables']> {
    const code = a.facts.chain?.code;
    if (!code) return null;
    const [c] = await this.gw.read(COMPARABLES, {
      industryCode: code,
      amountYi: a.subject.terms.amountYi,
      factor: this.reader.rules.comparableAmountFactor,
      excludeId: a.subject.projectId ?? '',
      limit: 5,
    });
    const summary =
      c.total === 0
        ? `同链同规模（${this.reader.rules.comparableAmountFactor} 倍以内）无已签约项目可比`
        : `同链同规模已签约项目 ${c.total} 个：已开工 ${c.started} 个，违约 ${c.defaulted} 个`;
    return {
      total: c.total,
      started: c.started,
      defaulted: c.defaulted,
      summary,
      projects: c.projects.map((p) => ({
        id: p.id,
        name: p.name,
        amountYi: p.amountYi,
        stageLabel: PROJECT_STAGE_ZH[p.stage as ProjectStage] ?? p.stage,
        signedOn: p.signedOn,
        daysToStart: p.startedOn ? daysBetween(p.signedOn, p.startedOn) : null,
        defaulted: p.defaulted,
      })),
    };
  }

  private async panel(projectId: string, score: number): Promise<ExpertPanel> {
    const requests = (await this.gw.read(REQUESTS_OF_PROJECT, { keys: [projectId] })).map((r) => toReviewRequest(r.item));
    const totals = requests.filter((r) => r.total !== null).map((r) => r.total!);
    const mid = median(totals);
    const difference = mid === null ? null : Math.round((mid - score) * 10) / 10;
    const limit = this.reader.rules.disagreementPoints;
    const disagreement = difference !== null && Math.abs(difference) > limit;
    const conflicted = requests.filter((r) => r.conflicts.length > 0).length;
    const note =
      requests.length === 0
        ? '尚未送专家评审'
        : `已送 ${requests.length} 位专家，${totals.length} 位已提交${conflicted > 0 ? `，${conflicted} 位存在利益冲突（不能提交）` : ''}` +
          (mid === null ? '' : `；专家中位数 ${mid} 分，模型 ${score} 分${disagreement ? `，相差超过 ${limit} 分，请研判分歧` : ''}`);
    return { requests, submitted: totals.length, median: mid, difference, disagreement, note };
  }
}

const statusZh = (g: LinkGap): string => LINK_STATUS_ZH[g.status];
const pct = (x: number | null): string => (x === null ? '无' : `${Math.round(x * 1000) / 10}%`);

/** The assessment in Chinese sentences, each citing its facts. */
export function reasonsOf(a: Assessed, comparables: string | null, panel: ExpertPanel | null): string[] {
  const o = a.outcome;
  const out = [`评估结论：${o.verdictLabel}，${o.score} 分（${o.band}）`];
  for (const v of o.vetoes.filter((x) => x.status === VetoStatus.TRIGGERED)) out.push(`一票否决：${v.fact}`);
  const strong = o.parts.filter((p) => p.share >= 0.8 && p.weight > 0).sort((x, y) => y.points - x.points);
  const weak = o.parts.filter((p) => p.share < 0.5 && p.weight > 0).sort((x, y) => y.weight - x.weight);
  if (strong.length > 0)
    out.push(
      `优势：${strong
        .slice(0, 4)
        .map((p) => p.reason)
        .join('；')}`,
    );
  if (weak.length > 0)
    out.push(
      `短板：${weak
        .slice(0, 4)
        .map((p) => p.reason)
        .join('；')}`,
    );
  const changed = a.chain.filter((c) => c.filled);
  if (changed.length > 0)
    out.push(
      `落地后：${changed.map((c) => `「${c.before.metrics.name}」${statusZh(c.before)}→${statusZh(c.after)}`).join('，')}；本链配套率 ${pct(a.supplyRate.before)}→${pct(a.supplyRate.after)}`,
    );
  const unverified = [
    ...o.vetoes.filter((v) => v.status === VetoStatus.UNVERIFIED).map((v) => v.label),
    ...o.parts.filter((p) => !p.verified).map((p) => p.label),
  ];
  if (unverified.length > 0) out.push(`需核实：${[...new Set(unverified)].join('、')}`);
  if (comparables) out.push(comparables);
  if (panel && panel.submitted > 0) out.push(panel.note);
  return out;
}

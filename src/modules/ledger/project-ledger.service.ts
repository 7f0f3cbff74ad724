import crypto from 'node:crypto';
import type { GatewayTx } from '../../db/gateway';
import { toNeoDate } from '../../db/convert';
import { PROJECT_STAGE_ZH, ProjectStage, STAGE_DATE_FIELD, STAGE_PROGRESSION } from '../../domain/enums';
import { searchText } from '../../domain/search-text';
import { BadInputError, FieldProblem, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import type { Project } from '../project/project.type';
import { Change, ConflictVersionError, WriteService } from '../audit/write.service';
import { AdvanceProjectStageInput, CreateProjectInput, UpdateProjectInput, WithdrawProjectInput } from './ledger.input';
import { LOCK_PROJECT, PROJECT_REFS, PROJECT_STATE, ProjectRefs, ProjectState, SAVE_PROJECT } from './ledger.queries';

/** Stages a new project may start in; later ones are reached by advancing. */
const ENTRY_STAGES: readonly ProjectStage[] = [ProjectStage.PLANNED, ProjectStage.NEGOTIATING, ProjectStage.SIGNED];

/** The one stage a project may move on to (none after 投产, nor from 违约 or 退库). */
export function nextStage(current: ProjectStage): ProjectStage | null {
  const i = STAGE_PROGRESSION.indexOf(current);
  return i >= 0 && i < STAGE_PROGRESSION.length - 1 ? STAGE_PROGRESSION[i + 1] : null;
}

/** The latest stage date a project records (a new stage may not be dated before it). */
export function latestStageDate(node: Record<string, unknown>): string | null {
  const dates = Object.values(STAGE_DATE_FIELD).map((f) => node[f]).filter((d): d is string => typeof d === 'string');
  return dates.length > 0 ? dates.sort().reverse()[0] : null;
}

const today = (): string => new Date().toISOString().slice(0, 10);

function checkDate(on: string, path: string, notBefore: string | null): FieldProblem[] {
  const d = new Date(`${on}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== on) return [{ path, message: 'is not a calendar date' }];
  if (on > today()) return [{ path, message: 'must not be in the future' }];
  if (notBefore && on < notBefore) return [{ path, message: `must not be before ${notBefore}, the date of the current stage` }];
  return [];
}

/** The state an audit entry compares: properties people edit, and references. */
function auditView(s: ProjectState): Record<string, unknown> {
  const { searchText: _s, version: _v, ...props } = s.node as Project & { searchText?: unknown; version?: unknown };
  void _s;
  void _v;
  return { ...props, industryCode: s.industryCode, investorUscc: s.investorUscc, parkId: s.parkId, teamId: s.teamId, linkCodes: s.linkCodes };
}

/** 招商台账: projects from entry to production, each write audited (src/modules/audit/write.service.ts). */
@Injectable()
export class ProjectLedgerService {
  constructor(private readonly writes: WriteService) {}

  createProject(input: CreateProjectInput): Promise<Project> {
    return this.writes.run('createProject', input.requestId, async (tx) => {
      const problems = [
        ...(ENTRY_STAGES.includes(input.stage) ? [] : [{ path: 'input.stage', message: `a new project starts at ${ENTRY_STAGES.join(', ')}; later stages are reached with advanceProjectStage` }]),
        ...checkDate(input.on, 'input.on', null),
      ];
      if (problems.length > 0) throw new BadInputError(problems);
      await this.checkRefs(tx, input);
      const id = `PJ-${today().slice(0, 4)}-U${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
      const props = {
        name: input.name,
        amountYi: input.amountYi,
        stage: input.stage,
        [STAGE_DATE_FIELD[input.stage]]: toNeoDate(input.on),
        keyProject: input.keyProject,
        campaign100Days: input.campaign100Days,
        source: 'USER',
        version: 1,
        searchText: searchText(input.name),
      };
      await tx.run(SAVE_PROJECT, { id, props, ...refsOf(input) });
      const after = await this.state(tx, id);
      return { result: after.node, changes: [{ label: 'Project', key: id, before: {}, after: auditView(after) }] };
    });
  }

  updateProject(input: UpdateProjectInput): Promise<Project> {
    return this.writes.run('updateProject', input.requestId, (tx) =>
      this.edit(tx, input.id, input.expectedVersion, async () => {
        await this.checkRefs(tx, input);
        const props: Record<string, unknown> = {};
        if (input.name !== undefined) Object.assign(props, { name: input.name, searchText: searchText(input.name) });
        if (input.amountYi !== undefined) props.amountYi = input.amountYi;
        if (input.keyProject !== undefined) props.keyProject = input.keyProject;
        if (input.campaign100Days !== undefined) props.campaign100Days = input.campaign100Days;
        return { props, refs: refsOf(input) };
      }),
    );
  }

  advanceProjectStage(input: AdvanceProjectStageInput): Promise<Project> {
    return this.writes.run('advanceProjectStage', input.requestId, (tx) =>
      this.edit(tx, input.id, input.expectedVersion, (before) => {
        const current = before.node.stage;
        const next = nextStage(current);
        if (input.to !== next) {
          const allowed = next ? `the only allowed next stage is ${next} (${PROJECT_STAGE_ZH[next]})` : `a project at ${current} (${PROJECT_STAGE_ZH[current]}) cannot advance`;
          throw new BadInputError([{ path: 'input.to', message: `${current} → ${input.to} is not allowed: ${allowed}` }]);
        }
        const problems = checkDate(input.on, 'input.on', latestStageDate(before.node as unknown as Record<string, unknown>));
        if (problems.length > 0) throw new BadInputError(problems);
        return Promise.resolve({ props: { stage: next, [STAGE_DATE_FIELD[next]]: toNeoDate(input.on) } });
      }),
    );
  }

  withdrawProject(input: WithdrawProjectInput): Promise<Project> {
    return this.writes.run('withdrawProject', input.requestId, (tx) =>
      this.edit(tx, input.id, input.expectedVersion, (before) => {
        if (before.node.stage === ProjectStage.WITHDRAWN) throw new BadInputError([{ path: 'input.id', message: 'the project is already withdrawn (已退库)' }]);
        const problems = checkDate(input.on, 'input.on', latestStageDate(before.node as unknown as Record<string, unknown>));
        if (problems.length > 0) throw new BadInputError(problems);
        return Promise.resolve({ props: { stage: ProjectStage.WITHDRAWN, withdrawnOn: toNeoDate(input.on), withdrawReason: input.reason } });
      }),
    );
  }

  /**
   * The shape of every edit: lock the project, check the version the client read, apply the change,
   * bump the version, and hand the before/after state to the audit trail.
   */
  async edit(
    tx: GatewayTx,
    id: string,
    expectedVersion: number,
    change: (before: ProjectState) => Promise<{ props: Record<string, unknown>; refs?: ProjectRefs }>,
  ): Promise<{ result: Project; changes: Change[] }> {
    const [locked] = await tx.run(LOCK_PROJECT, { id });
    if (!locked) throw new NotFoundError('Project', id);
    const before = await this.state(tx, id);
    const current = before.node.version ?? 0;
    if (current !== expectedVersion) throw new ConflictVersionError('Project', id, expectedVersion, current);
    const { props, refs } = await change(before);
    const none: ProjectRefs = { industryCode: null, investorUscc: null, parkId: null, teamId: null, linkCodes: null };
    await tx.run(SAVE_PROJECT, { id, props: { ...props, version: current + 1 }, ...(refs ?? none) });
    const after = await this.state(tx, id);
    return { result: after.node, changes: [{ label: 'Project', key: id, before: auditView(before), after: auditView(after) }] };
  }

  private async state(tx: GatewayTx, id: string): Promise<ProjectState> {
    const [row] = await tx.run(PROJECT_STATE, { id });
    if (!row) throw new NotFoundError('Project', id);
    return row;
  }

  /** Every node a write names must exist: NOT_FOUND names the field. */
  private async checkRefs(tx: GatewayTx, input: Partial<Record<keyof ProjectRefs, unknown>>): Promise<void> {
    const refs = refsOf(input);
    const [r] = await tx.run(PROJECT_REFS, refs);
    const missing: Array<[string, string]> = [];
    if (!r.industry) missing.push(['industryCode', `industry ${refs.industryCode}`]);
    if (!r.investor) missing.push(['investorUscc', `enterprise ${refs.investorUscc}`]);
    if (!r.park) missing.push(['parkId', `park ${refs.parkId}`]);
    if (!r.team) missing.push(['teamId', `team ${refs.teamId}`]);
    for (const c of r.missingLinks) missing.push(['linkCodes', `chain link ${c}`]);
    if (missing.length > 0) {
      throw new NotFoundError(missing.map(([, what]) => what).join(', '), '', missing.map(([f, what]) => ({ path: `input.${f}`, message: `no ${what}` })));
    }
  }
}

function refsOf(input: Partial<Record<keyof ProjectRefs, unknown>>): ProjectRefs {
  const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    industryCode: s(input.industryCode),
    investorUscc: s(input.investorUscc),
    parkId: s(input.parkId),
    teamId: s(input.teamId),
    linkCodes: Array.isArray(input.linkCodes) ? (input.linkCodes as string[]) : null,
  };
}

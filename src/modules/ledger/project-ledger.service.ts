import crypto from 'node:crypto';
import type { GatewayTx } from '../../db/gateway';
import { toNeoDate } from '../../db/convert';
import { DEFAULT_DISPOSAL_ZH, DefaultDisposal } from '../../domain/enums';
import {
  ENTRY_STAGES,
  latestStageDate,
  nextStage,
  PROJECT_STAGE_ZH,
  ProjectStage,
  SIGNED_STAGES,
  STAGE_DATE_FIELD,
} from '../../domain/project-stage';
import { searchText } from '../../domain/search-text';
import { BadInputError, FieldProblem, NotFoundError } from '../../errors';
import { Injectable } from '../../graphql/scope';
import type { Project } from '../../graph/project.type';
import { Change, changedFields, ConflictVersionError, WriteService } from '../../graph/write.service';
import { isCalendarDate, today } from '../../domain/calendar';
import {
  AdvanceProjectStageInput,
  CreateProjectInput,
  RecordDefaultInput,
  RecordMilestoneInput,
  ResolveDefaultInput,
  UpdateProjectInput,
  WithdrawProjectInput,
} from './ledger.input';
import {
  ADD_DEFAULT,
  ADD_MILESTONE,
  DEFAULT_CASE_BY_ID,
  DefaultCaseRow,
  LOCK_PROJECT,
  PLOTS_FOLLOW_STAGE,
  MilestoneRow,
  PROJECT_REFS,
  PROJECT_STATE,
  ProjectRefCheck,
  ProjectState,
  RESOLVE_DEFAULT,
  SAVE_PROJECT,
} from './ledger.queries';

/** Which plots move when a project reaches a stage, and to what. */
const PLOT_FOLLOWS: Partial<Record<ProjectStage, { from: string[]; status: string }>> = {
  [ProjectStage.STARTED]: { from: ['ALLOCATED'], status: 'BUILDING' },
  [ProjectStage.PRODUCING]: { from: ['ALLOCATED', 'BUILDING'], status: 'PRODUCING' },
};

function checkDate(on: string, path: string, notBefore: string | null): FieldProblem[] {
  if (!isCalendarDate(on)) return [{ path, message: 'is not a calendar date' }];
  if (on > today()) return [{ path, message: 'must not be in the future' }];
  if (notBefore && on < notBefore) return [{ path, message: `must not be before ${notBefore}, the date of the current stage` }];
  return [];
}

/** The state an audit entry compares: properties people edit, and references. */
function auditView(s: ProjectState): Record<string, unknown> {
  const { searchText: _s, version: _v, ...props } = s.node as Project & { searchText?: unknown; version?: unknown };
  void _s;
  void _v;
  return {
    ...props,
    industryCode: s.industryCode,
    investorUscc: s.investorUscc,
    parkId: s.parkId,
    teamId: s.teamId,
    linkCodes: s.linkCodes,
  };
}

/** 招商台账: projects from entry to production, each write audited (src/modules/audit/write.service.ts). */
@Injectable()
export class ProjectLedgerService {
  constructor(private readonly writes: WriteService) {}

  createProject(input: CreateProjectInput): Promise<Project> {
    return this.writes.run('createProject', input, async (tx) => {
      const problems = [
        ...(ENTRY_STAGES.includes(input.stage)
          ? []
          : [
              {
                path: 'input.stage',
                message: `a new project starts at ${ENTRY_STAGES.join(', ')}; later stages are reached with advanceProjectStage`,
              },
            ]),
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
    return this.writes.run('updateProject', input, (tx) =>
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
    return this.writes.run('advanceProjectStage', input, async (tx) => {
      const plots: Change[] = [];
      const edited = await this.edit(tx, input.id, input.expectedVersion, (before) => {
        const current = before.node.stage;
        const next = nextStage(current);
        if (input.to !== next) {
          const allowed = next
            ? `the only allowed next stage is ${next} (${PROJECT_STAGE_ZH[next]})`
            : `a project at ${current} (${PROJECT_STAGE_ZH[current]}) cannot advance`;
          throw new BadInputError([{ path: 'input.to', message: `${current} → ${input.to} is not allowed: ${allowed}` }]);
        }
        const problems = checkDate(input.on, 'input.on', latestStageDate(before.node));
        if (problems.length > 0) throw new BadInputError(problems);
        const follow = PLOT_FOLLOWS[next];
        return Promise.resolve({
          props: { stage: next, [STAGE_DATE_FIELD[next]]: toNeoDate(input.on) },
          // The land moves with the project, in the same transaction and audit.
          after: follow
            ? async () => {
                for (const r of await tx.run(PLOTS_FOLLOW_STAGE, { projectId: input.id, ...follow, on: input.on }))
                  plots.push({ label: 'LandPlot', key: r.id, before: { status: r.before }, after: { status: follow.status } });
              }
            : undefined,
        });
      });
      return { result: edited.result, changes: [...edited.changes, ...plots] };
    });
  }

  withdrawProject(input: WithdrawProjectInput): Promise<Project> {
    return this.writes.run('withdrawProject', input, (tx) =>
      this.edit(tx, input.id, input.expectedVersion, (before) => {
        if (before.node.stage === ProjectStage.WITHDRAWN)
          throw new BadInputError([{ path: 'input.id', message: 'the project is already withdrawn (已退库)' }]);
        // A default is closed through its disposal (收回土地/解除协议 withdraw the project), never left open behind a withdrawal.
        if (before.node.stage === ProjectStage.DEFAULTED)
          throw new BadInputError([
            { path: 'input.id', message: 'the project has an open default: resolve it with resolveDefault (违约未处置完毕)' },
          ]);
        const problems = checkDate(input.on, 'input.on', latestStageDate(before.node));
        if (problems.length > 0) throw new BadInputError(problems);
        return Promise.resolve({
          props: { stage: ProjectStage.WITHDRAWN, withdrawnOn: toNeoDate(input.on), withdrawReason: input.reason },
        });
      }),
    );
  }

  recordMilestone(input: RecordMilestoneInput): Promise<MilestoneRow> {
    return this.writes.run('recordMilestone', input, async (tx) => {
      const [locked] = await tx.run(LOCK_PROJECT, { id: input.projectId });
      if (!locked) throw new NotFoundError('Project', input.projectId, [{ path: 'input.projectId', message: 'no such project' }]);
      const problems = checkDate(input.on, 'input.on', null);
      if (problems.length > 0) throw new BadInputError(problems);
      const id = `MS-${crypto.randomUUID()}`;
      const [row] = await tx.run(ADD_MILESTONE, {
        projectId: input.projectId,
        id,
        kind: input.kind,
        on: input.on,
        note: input.note ?? null,
        by: this.writes.actor,
      });
      return {
        result: row.milestone,
        changes: [{ label: 'Project', key: input.projectId, before: {}, after: { milestone: `${input.kind} ${input.on} (${id})` } }],
      };
    });
  }

  recordDefault(input: RecordDefaultInput): Promise<DefaultCaseRow> {
    return this.writes.run('recordDefault', input, async (tx) => {
      const id = `DF-${crypto.randomUUID()}`;
      const edited = await this.edit(tx, input.projectId, input.expectedVersion, (before) => {
        const stage = before.node.stage;
        if (!SIGNED_STAGES.includes(stage)) {
          throw new BadInputError([
            {
              path: 'input.projectId',
              message: `only a signed project in ${SIGNED_STAGES.join(', ')} can default; this one is ${stage} (${PROJECT_STAGE_ZH[stage]})`,
            },
          ]);
        }
        const problems = [
          ...checkDate(input.on, 'input.on', null),
          ...(input.deadline < input.on ? [{ path: 'input.deadline', message: 'must not be before the default' }] : []),
        ];
        if (problems.length > 0) throw new BadInputError(problems);
        return Promise.resolve({
          props: { stage: ProjectStage.DEFAULTED, defaultedOn: toNeoDate(input.on) },
          after: async () => {
            await tx.run(ADD_DEFAULT, {
              projectId: input.projectId,
              id,
              on: input.on,
              disposal: input.disposal,
              description: input.description,
              deadline: input.deadline,
              stageBefore: stage,
              by: this.writes.actor,
            });
          },
        });
      });
      const [row] = await tx.run(DEFAULT_CASE_BY_ID, { id });
      return { result: row.defaultCase, changes: edited.changes };
    });
  }

  resolveDefault(input: ResolveDefaultInput): Promise<DefaultCaseRow> {
    return this.writes.run('resolveDefault', input, async (tx) => {
      const [found] = await tx.run(DEFAULT_CASE_BY_ID, { id: input.defaultId });
      if (!found) throw new NotFoundError('DefaultCase', input.defaultId, [{ path: 'input.defaultId', message: 'no such default case' }]);
      const c = found.defaultCase;
      if (c.status !== 'OPEN')
        throw new BadInputError([{ path: 'input.defaultId', message: `the default was already resolved on ${c.resolvedOn}` }]);
      // Reclaimed land or an ended agreement takes the project out of the pipeline; otherwise it goes back to its stage.
      const ends = ([DefaultDisposal.RECLAIM_LAND, DefaultDisposal.TERMINATE] as string[]).includes(c.disposal);
      const edited = await this.edit(tx, found.projectId, input.expectedVersion, (before) => {
        if (before.node.stage !== ProjectStage.DEFAULTED)
          throw new BadInputError([{ path: 'input.defaultId', message: `the project is ${before.node.stage}, not in default` }]);
        const problems = checkDate(input.on, 'input.on', c.openedOn);
        if (problems.length > 0) throw new BadInputError(problems);
        const props = ends
          ? {
              stage: ProjectStage.WITHDRAWN,
              withdrawnOn: toNeoDate(input.on),
              withdrawReason: `${DEFAULT_DISPOSAL_ZH[c.disposal as DefaultDisposal]}：${input.resolution}`,
            }
          : { stage: c.stageBefore };
        return Promise.resolve({
          props,
          after: async () => {
            await tx.run(RESOLVE_DEFAULT, { id: input.defaultId, on: input.on, resolution: input.resolution, by: this.writes.actor });
          },
        });
      });
      const [row] = await tx.run(DEFAULT_CASE_BY_ID, { id: input.defaultId });
      return { result: row.defaultCase, changes: edited.changes };
    });
  }

  /**
   * The shape of every edit: lock the project, check the version the client read, apply the change,
   * bump the version, and hand the before/after state to the audit trail.
   */
  async edit(
    tx: GatewayTx,
    id: string,
    expectedVersion: number,
    change: (before: ProjectState) => Promise<{ props: Record<string, unknown>; refs?: ProjectRefCheck; after?: () => Promise<void> }>,
  ): Promise<{ result: Project; changes: Change[] }> {
    const [locked] = await tx.run(LOCK_PROJECT, { id });
    if (!locked) throw new NotFoundError('Project', id);
    const before = await this.state(tx, id);
    const current = before.node.version ?? 0;
    if (current !== expectedVersion) throw new ConflictVersionError('Project', id, expectedVersion, current);
    const { props, refs, after: then } = await change(before);
    const none: ProjectRefCheck = { industryCode: null, investorUscc: null, parkId: null, teamId: null, linkCodes: null };
    await tx.run(SAVE_PROJECT, { id, props: { ...props, version: current + 1 }, ...(refs ?? none) });
    await then?.();
    const after = await this.state(tx, id);
    const changes: Change[] = [{ label: 'Project', key: id, before: auditView(before), after: auditView(after) }];
    // An edit that changed nothing (an empty update, or the values it already had) keeps its version:
    // the version moves exactly when the audit trail records a change.
    if (!then && changedFields(changes[0].before, changes[0].after).length === 0) {
      await tx.run(SAVE_PROJECT, { id, props: { version: current }, ...none });
      return { result: { ...after.node, version: current }, changes: [] };
    }
    return { result: after.node, changes };
  }

  private async state(tx: GatewayTx, id: string): Promise<ProjectState> {
    const [row] = await tx.run(PROJECT_STATE, { id });
    if (!row) throw new NotFoundError('Project', id);
    return row;
  }

  /** Every node a write names must exist: NOT_FOUND names the field. */
  private async checkRefs(tx: GatewayTx, input: Partial<Record<keyof ProjectRefCheck, unknown>>): Promise<void> {
    const refs = refsOf(input);
    const [r] = await tx.run(PROJECT_REFS, refs);
    const missing: Array<[string, string]> = [];
    if (!r.industry) missing.push(['industryCode', `industry ${refs.industryCode}`]);
    if (!r.investor) missing.push(['investorUscc', `enterprise ${refs.investorUscc}`]);
    if (!r.park) missing.push(['parkId', `park ${refs.parkId}`]);
    if (!r.team) missing.push(['teamId', `team ${refs.teamId}`]);
    for (const c of r.missingLinks) missing.push(['linkCodes', `chain link ${c}`]);
    if (missing.length > 0) {
      throw new NotFoundError(
        missing.map(([, what]) => what).join(', '),
        '',
        missing.map(([f, what]) => ({ path: `input.${f}`, message: `no ${what}` })),
      );
    }
  }
}

function refsOf(input: Partial<Record<keyof ProjectRefCheck, unknown>>): ProjectRefCheck {
  const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    industryCode: s(input.industryCode),
    investorUscc: s(input.investorUscc),
    parkId: s(input.parkId),
    teamId: s(input.teamId),
    linkCodes: Array.isArray(input.linkCodes) ? (input.linkCodes as string[]) : null,
  };
}

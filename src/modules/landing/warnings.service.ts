/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- rows carry the enums' values as the strings Cypher returns */
import { AnalysisSettings } from '../../analysis-settings';
import { Neo4jGateway } from '../../db/gateway';
import { today } from '../../domain/calendar';
import { Office, OFFICE_ZH } from '../../domain/offices';
import { ProjectStage } from '../../domain/project-stage';
import { ProjectWarning, WarningColour, WarningRule } from '../../domain/warnings.model';
import { countColours, ProjectWarningReader } from '../../graph/warnings.service';
import { Injectable } from '../../graphql/scope';
import type { ProjectWarningsArgs } from './landing.input';
import { HANDOFFS_OF, SERVICES_OF, STEPS_OF } from './landing.queries';
import { toHandoff, toService, toStep } from './landing.mappers';
import { OfficeBoard, ProjectWarnings, ProjectWarningType, WarnedProject, WarningCountsBy } from './landing.type';

const RANK: Record<WarningColour, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** The model's warning as the GraphQL type carries it, with the day it was judged on. */
const asType = (w: ProjectWarning, on: string): ProjectWarningType => ({
  ...w,
  reasons: w.reasons.map((x) => ({ ...x, rule: x.rule as WarningRule })),
  on,
});

function countBy(list: WarnedProject[], keysOf: (p: WarnedProject) => string[], label: (k: string) => string): WarningCountsBy[] {
  const groups = new Map<string, WarnedProject[]>();
  for (const p of list) for (const k of keysOf(p)) groups.set(k, [...(groups.get(k) ?? []), p]);
  return [...groups]
    .map(([key, ps]) => ({ key, label: label(key), ...countColours(ps) }))
    .sort((a, b) => b.red - a.red || b.amber - a.amber || a.key.localeCompare(b.key));
}

/** 三色预警 over the graph: every watched project judged by the pure rules (src/domain/warnings.model.ts). */
@Injectable()
export class WarningsService {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly settings: AnalysisSettings,
    private readonly reader: ProjectWarningReader,
  ) {}

  async warned(ids: string[] | null, on: string): Promise<WarnedProject[]> {
    return (await this.reader.warned(ids, on)).map((p) => ({ ...p, warning: asType(p.warning, on) }));
  }

  async warningOf(projectId: string, on?: string): Promise<ProjectWarningType | null> {
    const day = on ?? today();
    const p = await this.reader.of(projectId, day);
    return p ? asType(p.warning, day) : null;
  }

  async projectWarnings(args: ProjectWarningsArgs): Promise<ProjectWarnings> {
    const on = args.on ?? today();
    const all = await this.warned(null, on);
    const f = args.filter ?? {};
    const projects = all
      .filter(
        (p) =>
          (!f.colours || f.colours.includes(p.warning.colour)) &&
          (!f.office || p.warning.reasons.some((r) => r.office === f.office)) &&
          (!f.teamId || p.teamId === f.teamId) &&
          (!f.parkId || p.parkId === f.parkId),
      )
      .sort(
        (a, b) =>
          RANK[b.warning.colour] - RANK[a.warning.colour] ||
          (a.warning.since ?? '9999').localeCompare(b.warning.since ?? '9999') ||
          a.projectId.localeCompare(b.projectId),
      )
      .slice(0, args.first);
    return {
      on,
      counts: countColours(all),
      byOffice: countBy(
        all.filter((p) => p.warning.colour !== WarningColour.GREEN),
        (p) => [...new Set(p.warning.reasons.map((r) => r.office))],
        (k) => OFFICE_ZH[k as Office] ?? k,
      ),
      byTeam: countBy(
        all.filter((p) => p.teamId),
        (p) => [p.teamId!],
        (k) => k,
      ),
      projects,
    };
  }

  async officeBoard(office: Office, on: string): Promise<OfficeBoard> {
    const all = await this.warned(null, on);
    const sorted = (ps: WarnedProject[]): WarnedProject[] =>
      ps.sort((a, b) => RANK[b.warning.colour] - RANK[a.warning.colour] || a.projectId.localeCompare(b.projectId));
    const leads = this.settings.config.landing.offices.leads;
    const leadOf = (p: WarnedProject): Office => p.leadOffice ?? leads[p.stage];
    const holding = sorted(all.filter((p) => leadOf(p) === office && p.stage !== ProjectStage.PRODUCING));
    const mustAct = sorted(all.filter((p) => p.warning.reasons.some((r) => r.office === office)));
    // Only the projects that involve the office are read in detail.
    const involved = [...new Set([...holding, ...mustAct].map((p) => p.projectId))];
    const [steps, services, handoffs] = await Promise.all([
      this.gw.read(STEPS_OF, { keys: involved }),
      this.gw.read(SERVICES_OF, { keys: involved }),
      this.gw.read(HANDOFFS_OF, { keys: all.map((p) => p.projectId) }),
    ]);
    const month = on.slice(0, 7);
    const latest = new Map<string, string>();
    for (const h of handoffs) if (!latest.has(h.key)) latest.set(h.key, h.item.id);
    const byId = new Map(all.map((p) => [p.projectId, p]));
    return {
      office,
      officeLabel: OFFICE_ZH[office],
      on,
      holding,
      mustAct,
      overdueSteps: steps
        .map((s) => s.item)
        .filter((s) => s.office === office && s.startedOn && !s.doneOn && s.dueOn && s.dueOn < on)
        .map(toStep),
      overdueServices: services
        .map((s) => s.item)
        .filter((s) => s.office === office && s.status === 'OPEN' && s.dueOn < on)
        .map(toService),
      handedOnThisMonth: handoffs
        .map((h) => h.item)
        .filter((h) => h.fromOffice === office && h.on.slice(0, 7) === month && h.on <= on)
        .map(toHandoff),
      overdueHandoffs: handoffs
        .filter((h) => latest.get(h.key) === h.item.id && h.item.toOffice === office && h.item.dueOn < on)
        .filter((h) => {
          const p = byId.get(h.key);
          return p !== undefined && leadOf(p) === office && p.stage !== ProjectStage.PRODUCING;
        })
        .map((h) => toHandoff(h.item)),
    };
  }
}

import { HELD_PLOT_STATUSES, PlotStatus, ServiceStatus } from '../../domain/landing-enums';

/** A validated row as the dataset check hands it over (its line and typed values). */
interface TypedRow {
  row: number;
  values: Record<string, unknown>;
}
type Push = (file: string, row: number, column: string, reason: string) => void;
const r2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * What one landing row cannot say alone: a held plot names its project, a park's available land is
 * the sum of its AVAILABLE plots, a fund does not commit more than its size, dates run forward.
 */
export function checkLandingRows(rows: Map<string, TypedRow[]>, push: Push): void {
  const plots = rows.get('land_plots') ?? [];
  const availableByPark = new Map<string, number>();
  for (const r of plots) {
    const v = r.values as { parkId?: string; status?: PlotStatus; projectId?: string; areaMu?: number; revitalizedMu?: number };
    const held = v.status !== undefined && HELD_PLOT_STATUSES.includes(v.status);
    if (held && v.projectId === undefined) push('land_plots', r.row, 'projectId', `a ${v.status} plot names the project holding it`);
    if (!held && v.projectId !== undefined) push('land_plots', r.row, 'projectId', `a ${v.status} plot is held by no project`);
    if (v.revitalizedMu !== undefined && v.areaMu !== undefined && v.revitalizedMu > v.areaMu)
      push('land_plots', r.row, 'revitalizedMu', `revitalized ${v.revitalizedMu} 亩 exceeds the plot's ${v.areaMu} 亩`);
    if (v.status === PlotStatus.AVAILABLE && v.parkId !== undefined)
      availableByPark.set(v.parkId, (availableByPark.get(v.parkId) ?? 0) + (v.areaMu ?? 0));
  }
  // One truth: a park with plots has the available land its plots add up to.
  const parksWithPlots = new Set(plots.map((r) => r.values.parkId as string));
  for (const r of rows.get('parks') ?? []) {
    const v = r.values as { id?: string; availableLandMu?: number };
    if (!v.id || !parksWithPlots.has(v.id) || v.availableLandMu === undefined) continue;
    const sum = r2(availableByPark.get(v.id) ?? 0);
    if (r2(v.availableLandMu) !== sum)
      push(
        'parks',
        r.row,
        'availableLandMu',
        `available land ${v.availableLandMu} 亩 differs from its AVAILABLE plots' ${sum} 亩 in land_plots`,
      );
  }

  const fundSize = new Map((rows.get('funds') ?? []).map((r) => [r.values.id as string, r.values.sizeYi as number]));
  const committed = new Map<string, { total: number; row: number }>();
  for (const r of rows.get('fund_commitments') ?? []) {
    const v = r.values as { fundId: string; amountYi?: number; investedYi?: number };
    if (v.investedYi !== undefined && v.amountYi !== undefined && v.investedYi > v.amountYi)
      push('fund_commitments', r.row, 'investedYi', `invested ${v.investedYi} 亿元 exceeds the ${v.amountYi} 亿元 committed`);
    const c = committed.get(v.fundId) ?? { total: 0, row: r.row };
    committed.set(v.fundId, { total: c.total + (v.amountYi ?? 0), row: r.row });
  }
  for (const [fundId, c] of committed) {
    const size = fundSize.get(fundId);
    if (size !== undefined && r2(c.total) > size)
      push('fund_commitments', c.row, 'amountYi', `fund ${fundId} commits ${r2(c.total)} 亿元, more than its size ${size} 亿元`);
  }

  const stepCodes = new Map<string, Set<string>>();
  for (const r of rows.get('approval_steps') ?? []) {
    const key = r.values.projectId as string;
    stepCodes.set(key, (stepCodes.get(key) ?? new Set()).add(r.values.code as string));
  }
  for (const r of rows.get('approval_steps') ?? []) {
    const v = r.values as { projectId: string; code: string; after?: string[]; startedOn?: string; dueOn?: string; doneOn?: string };
    for (const a of v.after ?? [])
      if (!stepCodes.get(v.projectId)?.has(a))
        push('approval_steps', r.row, 'after', `waits for step ${a}, which the project does not have`);
    if (v.doneOn && v.startedOn && v.doneOn < v.startedOn) push('approval_steps', r.row, 'doneOn', 'done before it started');
    if (v.dueOn && v.startedOn && v.dueOn < v.startedOn) push('approval_steps', r.row, 'dueOn', 'due before it started');
    if (v.doneOn && !v.startedOn) push('approval_steps', r.row, 'startedOn', 'a done step has a start date');
  }
  for (const r of rows.get('service_requests') ?? []) {
    const v = r.values as { status?: string; openedOn?: string; dueOn?: string; resolvedOn?: string };
    if (v.status === ServiceStatus.RESOLVED && !v.resolvedOn)
      push('service_requests', r.row, 'resolvedOn', 'a resolved request has its date');
    if (v.status === ServiceStatus.OPEN && v.resolvedOn) push('service_requests', r.row, 'resolvedOn', 'an open request is not resolved');
    if (v.resolvedOn && v.openedOn && v.resolvedOn < v.openedOn)
      push('service_requests', r.row, 'resolvedOn', 'resolved before it was opened');
    if (v.dueOn && v.openedOn && v.dueOn < v.openedOn) push('service_requests', r.row, 'dueOn', 'due before it was opened');
  }
  for (const r of rows.get('handoffs') ?? []) {
    const v = r.values as { fromOffice?: string; toOffice?: string; on?: string; dueOn?: string };
    if (v.fromOffice && v.fromOffice === v.toOffice) push('handoffs', r.row, 'toOffice', 'an office does not hand a project to itself');
    if (v.dueOn && v.on && v.dueOn < v.on) push('handoffs', r.row, 'dueOn', 'due before it was handed on');
  }
  for (const r of rows.get('agreements') ?? []) {
    const v = r.values as { agreedStartOn?: string; agreedProduceOn?: string };
    if (v.agreedStartOn && v.agreedProduceOn && v.agreedProduceOn < v.agreedStartOn)
      push('agreements', r.row, 'agreedProduceOn', 'production is agreed before the start of construction');
  }
}

import { defineQuery, defineRelation, nested, Shape } from '../../db/query';

/** A plot as the land queries read it. */
export interface PlotRow {
  id: string;
  parkId: string;
  parkName: string;
  areaMu: number;
  zoning: string | null;
  plannedUse: string | null;
  industryCodes: string[];
  floorAreaRatio: number | null;
  investmentFloorWanPerMu: number | null;
  taxFloorWanPerMu: number | null;
  factorySqm: number | null;
  status: string;
  statusOn: string | null;
  projectId: string | null;
  projectName: string | null;
  revitalizedMu: number;
  version: number;
  source: string;
}
const PLOT: Shape<PlotRow> = {
  id: 'string',
  parkId: 'string',
  parkName: 'string',
  areaMu: 'number',
  zoning: 'string?',
  plannedUse: 'string?',
  industryCodes: 'string[]',
  floorAreaRatio: 'number?',
  investmentFloorWanPerMu: 'number?',
  taxFloorWanPerMu: 'number?',
  factorySqm: 'number?',
  status: 'string',
  statusOn: 'string?',
  projectId: 'string?',
  projectName: 'string?',
  revitalizedMu: 'number',
  version: 'number',
  source: 'string',
};

export const PLOTS = defineQuery<
  { parkId: string | null; statuses: string[] | null; industryCode: string | null; projectId: string | null; limit: number },
  { plot: PlotRow }
>('land/plots', { plot: nested(PLOT) });
export const PLOTS_OF_PARK = defineRelation<PlotRow>('land/plots-of-park', PLOT);
export const PLOT_STATE = defineQuery<{ id: string }, { plot: PlotRow }>('land/plot-state', { plot: nested(PLOT) });
export const SAVE_PLOT = defineQuery<
  { id: string; status: string; on: string; version: number; revitalizedMu: number; projectId: string | null },
  { parkAvailableMu: number }
>('land/save-plot', { parkAvailableMu: 'number' });
export const ADD_REVITALIZATION = defineQuery<
  { plotId: string; id: string; mu: number; on: string; note: string | null; by: string },
  Record<string, never>
>('land/add-revitalization', {});
export const IDLE_TASK = defineQuery<
  Record<string, never>,
  { idleMu: number; idlePlots: number; revitalizingPlots: number; revitalizedMu: number }
>('land/idle-task', { idleMu: 'number', idlePlots: 'number', revitalizingPlots: 'number', revitalizedMu: 'number' });
export const PARK_BALANCE = defineQuery<
  { waiting: string[]; perMuWan: number },
  {
    parkId: string;
    parkName: string;
    availableMu: number;
    idleMu: number | null;
    fromPlots: boolean;
    waitingProjects: number;
    demandMu: number;
  }
>('land/land-balance', {
  parkId: 'string',
  parkName: 'string',
  availableMu: 'number',
  idleMu: 'number?',
  fromPlots: 'boolean',
  waitingProjects: 'number',
  demandMu: 'number',
});
export const CHAIN_BALANCE = defineQuery<
  { waiting: string[]; perMuWan: number; prospectStatuses: string[] },
  {
    industryCode: string;
    industryName: string;
    intensity: number | null;
    availableMu: number | null;
    waitingProjects: number;
    demandMu: number;
    prospects: Array<{ uscc: string; revenueYi: number | null }>;
  }
>('land/chain-balance', {
  industryCode: 'string',
  industryName: 'string',
  intensity: 'number?',
  availableMu: 'number?',
  waitingProjects: 'number',
  demandMu: 'number',
  prospects: 'map[]',
});

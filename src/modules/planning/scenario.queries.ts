import { defineQuery, nested } from '../../db/query';
import { definePage } from '../../graphql/pagination';
import { SCENARIO_NODE, ScenarioRow } from './scenario.type';

export const SAVE_SCENARIO = defineQuery<ScenarioRow, { node: ScenarioRow }>('scenario/save', { node: nested<ScenarioRow>(SCENARIO_NODE) });
export const SCENARIO_BY_ID = defineQuery<{ id: string }, { node: ScenarioRow }>('scenario/by-id', {
  node: nested<ScenarioRow>(SCENARIO_NODE),
});
export const DELETE_SCENARIO = defineQuery<{ id: string; actor: string; admin: boolean }, { createdBy: string | null; allowed: boolean }>(
  'scenario/delete',
  {
    createdBy: 'string?',
    allowed: 'boolean',
  },
);
export interface ScenarioFilterParams {
  f: { kind: string | null; createdBy: string | null; nameContains: string | null };
}
export const SCENARIO_PAGE = definePage<ScenarioFilterParams, ScenarioRow>('scenario/filter', SCENARIO_NODE);

import { defineQuery } from '../../db/query';

/** Projects signed in a window, with their investor (the backtest's outcomes). */
export interface SigningRow {
  uscc: string;
  isTarget: boolean;
  projectId: string;
  projectName: string;
  signedOn: string;
  amountYi: number;
}
export const SIGNINGS_BETWEEN = defineQuery<{ after: string; until: string }, SigningRow>('planning/signings', {
  uscc: 'string',
  isTarget: 'boolean',
  projectId: 'string',
  projectName: 'string',
  signedOn: 'string',
  amountYi: 'number',
});

import { defineQuery, defineRelation, nested, Shape } from '../../db/query';

export interface CommitmentRow {
  id: string;
  amountYi: number;
  investedYi: number;
  committedOn: string;
  fundId: string;
  fundName: string;
  projectId: string;
  projectName: string;
}
const COMMITMENT_SHAPE: Shape<CommitmentRow> = {
  id: 'string',
  amountYi: 'number',
  investedYi: 'number',
  committedOn: 'string',
  fundId: 'string',
  fundName: 'string',
  projectId: 'string',
  projectName: 'string',
};
export interface FundRow {
  id: string;
  name: string;
  sizeYi: number;
  manager: string | null;
  source: string;
  setUpOn: string | null;
  version: number;
  industryCodes: string[];
  commitments: CommitmentRow[];
}
const FUND: Shape<FundRow> = {
  id: 'string',
  name: 'string',
  sizeYi: 'number',
  manager: 'string?',
  source: 'string',
  setUpOn: 'string?',
  version: 'number',
  industryCodes: 'string[]',
  commitments: nested(COMMITMENT_SHAPE, { list: true }),
};

export const FUNDS = defineQuery<{ id: string | null }, { fund: FundRow }>('fund/funds', { fund: nested(FUND) });
export const LOCK_FUND = defineQuery<{ id: string }, { id: string }>('fund/lock-fund', { id: 'string' });
export const COMMIT_FUND = defineQuery<
  { fundId: string; projectId: string; id: string; amountYi: number; on: string; by: string; version: number },
  Record<string, never>
>('fund/commit', {});
export const COMMITMENT = defineQuery<{ id: string }, { commitment: CommitmentRow; fundVersion: number }>('fund/commitment', {
  commitment: nested(COMMITMENT_SHAPE),
  fundVersion: 'number',
});
export const INVEST = defineQuery<{ id: string; investedYi: number; on: string; version: number }, Record<string, never>>(
  'fund/invest',
  {},
);
export const COMMITMENTS_OF_PROJECT = defineRelation<CommitmentRow>('fund/commitments-of-project', COMMITMENT_SHAPE);

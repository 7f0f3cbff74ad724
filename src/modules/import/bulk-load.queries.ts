import { defineQuery } from '../../db/query';

/** Where a batched load stands: the next row to write is row `next` of `file`'s pass `pass`. */
export interface LoadCursor {
  file: string;
  pass: 'write' | 'then';
  next: number;
}

/** A batched load (分批导入) as its node records it. */
export interface BulkLoadRow extends LoadCursor {
  id: string;
  rows: number;
  changes: number;
  actor: string;
  startedAt: string;
}

const LOAD_SHAPE = {
  load: {
    nested: {
      id: 'string',
      file: 'string',
      pass: 'string',
      next: 'number',
      rows: 'number',
      changes: 'number',
      actor: 'string',
      startedAt: 'string',
    },
    list: false,
    optional: false,
  },
} as const;

export const FIND_LOAD = defineQuery<{ fingerprint: string }, { load: BulkLoadRow }>('import/bulk-load-find', LOAD_SHAPE);
export const START_LOAD = defineQuery<
  { id: string; fingerprint: string; source: string; actor: string; file: string; pass: string; at: string },
  { load: BulkLoadRow }
>('import/bulk-load-start', LOAD_SHAPE);
export const ADVANCE_LOAD = defineQuery<
  { id: string; from: LoadCursor; to: LoadCursor; rows: number; changes: number; at: string },
  { moved: number }
>('import/bulk-load-advance', { moved: 'number' });
export const FINISH_LOAD = defineQuery<{ id: string; at: string }, { rows: number; changes: number }>('import/bulk-load-finish', {
  rows: 'number',
  changes: 'number',
});

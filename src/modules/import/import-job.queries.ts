import { defineQuery, Shape } from '../../db/query';

/** An import job as stored (导入任务); maps and the report are JSON text, dates ISO text. */
export interface ImportJobRecord {
  id: string;
  status: string;
  dryRun: boolean;
  actor: string;
  role: string | null;
  uploadBytes: number;
  createdAt: string;
  updatedAt: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  phase?: string | null;
  file?: string | null;
  done?: number | null;
  total?: number | null;
  /** JSON: rows per file. */
  counts?: string | null;
  /** JSON: changed nodes per label. */
  changed?: string | null;
  problemCount?: number | null;
  report?: string[] | null;
  warnings?: string[] | null;
  written?: boolean | null;
  checkedAgainstDatabase?: boolean | null;
  failure?: string | null;
  message?: string | null;
  messageZh?: string | null;
}
export interface ImportJobRow {
  job: ImportJobRecord;
}
const ROW: Shape<ImportJobRow> = { job: 'map' };

export const CREATE_JOB = defineQuery<
  { id: string; dryRun: boolean; actor: string; role: string | null; uploadBytes: number; at: string },
  ImportJobRow
>('import/job-create', ROW);
export const UPDATE_JOB = defineQuery<{ id: string; props: Partial<ImportJobRecord>; at: string }, ImportJobRow>('import/job-update', ROW);
export const TOUCH_JOBS = defineQuery<{ ids: string[]; at: string }, { touched: number }>('import/job-touch', { touched: 'number' });
export const JOB = defineQuery<{ id: string }, ImportJobRow>('import/job-get', ROW);
export const JOBS = defineQuery<{ limit: number }, ImportJobRow>('import/job-list', ROW);

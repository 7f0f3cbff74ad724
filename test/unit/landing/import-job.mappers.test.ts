import { STALE_AFTER_MS, toImportJob } from '../../../src/modules/import/import-job.mappers';
import type { ImportJobRecord } from '../../../src/modules/import/import-job.queries';

const record = (more: Partial<ImportJobRecord>): ImportJobRecord => ({
  id: 'import-00000000-0000-4000-8000-000000000001',
  status: 'RUNNING',
  dryRun: false,
  actor: '管理员',
  role: 'ADMIN',
  uploadBytes: 10,
  createdAt: '2026-12-02T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
  phase: 'write',
  file: 'enterprises',
  done: 1000,
  total: 5000,
  ...more,
});

describe('an import job as the API shows it', () => {
  const at = Date.parse('2026-12-02T10:00:00.000Z');
  it('shows a running job with its progress while its instance keeps it alive', () => {
    expect(toImportJob(record({}), at + STALE_AFTER_MS)).toMatchObject({
      status: 'RUNNING',
      phase: 'write',
      progress: { file: 'enterprises', done: 1000, total: 5000 },
      failure: null,
    });
  });
  it('reads a job whose instance stopped answering as FAILED / INTERRUPTED: its transaction died with it', () => {
    expect(toImportJob(record({}), at + STALE_AFTER_MS + 1)).toMatchObject({
      status: 'FAILED',
      phase: 'done',
      progress: null,
      failure: 'INTERRUPTED',
      messageZh: '执行该任务的服务已停止，未写入任何数据，请重新提交。',
    });
    // A finished job never goes stale.
    expect(
      toImportJob(record({ status: 'SUCCEEDED', phase: 'done', counts: '{"enterprises":5}' }), at + 10 * STALE_AFTER_MS),
    ).toMatchObject({
      status: 'SUCCEEDED',
      counts: [{ name: 'enterprises', count: 5 }],
    });
  });
});

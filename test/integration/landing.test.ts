import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { authTestConfig, tokenFor } from '../support/auth';
import { resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

/** 模拟审批 over HTTP: bad steps and dates are refused field by field; a done step moves the plan. */
describe('simulateApprovals', () => {
  let svc: Service;
  let analyst: string;
  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    await gw.close();
    svc = await startService(authTestConfig(false), silentLogger);
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(() => svc.close());

  const simulate = (input: string) =>
    gql<{
      simulateApprovals: { expectedStartOn: string; criticalPath: string[]; steps: Array<{ code: string; state: string; finish: string }> };
    }>(svc.url, `{ simulateApprovals(input: ${input}) { expectedStartOn criticalPath steps { code state finish } } }`, {}, analyst);

  it('takes what is done and a county’s own time limit into the plan', async () => {
    const fresh = await simulate('{template: STANDARD_FACTORY, on: "2026-09-28"}');
    expect(fresh.data!.simulateApprovals.expectedStartOn).toBe('2026-11-04');
    // The 环评 already done and fire design promised in 5 working days: 装修施工许可 can start after 10-20 (节能审查).
    const later = await simulate(
      '{template: STANDARD_FACTORY, on: "2026-09-28", progress: [{code: "EIA", startedOn: "2026-09-01", doneOn: "2026-09-25"}], workdays: [{code: "FIRE_DESIGN", workdays: 5}]}',
    );
    const p = later.data!.simulateApprovals;
    expect(p.steps.find((s) => s.code === 'EIA')).toEqual({ code: 'EIA', state: 'DONE', finish: '2026-09-25' });
    // FIRE_DESIGN: 10-14 … 10-20 (5 working days); ENERGY ends 10-20 too; FIT_OUT 10-21 … 10-27; 开工 10-28.
    expect(p.expectedStartOn).toBe('2026-10-28');
  });

  it('refuses unknown steps and impossible dates, each with its field and a sentence in Chinese', async () => {
    const res = await simulate(
      '{template: NEW_LAND, on: "2026-09-28", progress: [{code: "LEASE", doneOn: "2026-09-01"}, {code: "EIA", startedOn: "2026-10-01"}, {code: "ENERGY"}], workdays: [{code: "NOPE", workdays: 3}]}',
    );
    const e = res.errors![0].extensions as { code: string; fields: Array<{ path: string; messageZh: string }>; messageZh: string };
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fields.map((f) => f.path)).toEqual([
      'input.workdays.0.code',
      'input.progress.0.code',
      'input.progress.1.startedOn',
      'input.progress.2',
    ]);
    expect(e.fields[1].messageZh).toMatch(/^审批模板中没有环节 LEASE（可选：FILING、/);
    expect(e.fields[2].messageZh).toBe('日期不能晚于推演日 2026-09-28');
    expect(e.messageZh).toMatch(/。$/);
    const tooLong = await simulate('{workdays: [{code: "EIA", workdays: 999}]}');
    expect(tooLong.errors![0].extensions).toMatchObject({
      fields: [{ path: 'input.workdays.0.workdays', messageZh: '办理时限（工作日）须在 0 到 250 之间' }],
    });
  });
});

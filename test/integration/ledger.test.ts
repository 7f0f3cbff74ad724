import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { Neo4jGateway } from '../../src/db/gateway';
import { importDataset } from '../../src/modules/import/import.service';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';
import { makeUscc } from '../../src/domain/uscc';

type Data = Record<string, any>;

/** The system of record on the demo data: writes, their errors, concurrency, the audit trail. */
describe('writing the 招商台账', () => {
  let svc: Service;
  let gw: Neo4jGateway;
  let planner: string;
  let admin: string;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
    const r = await importDataset(gw, DEMO_DIR);
    if (!r.ok) throw new Error('demo did not import');
    svc = await startService(authTestConfig(false), silentLogger);
    planner = await tokenFor(Role.PLANNER, '张三');
    admin = await tokenFor(Role.ADMIN, '管理员');
  });
  afterAll(async () => {
    await svc.close();
    await gw.close();
  });

  const call = (query: string, variables: Record<string, unknown> = {}, token = planner) => gql<Data>(svc.url, query, variables, token);
  async function ok(query: string, variables: Record<string, unknown> = {}, token = planner): Promise<Data> {
    const res = await call(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  /** Everything a failed write could have touched, to compare before and after. */
  async function snapshot(id: string): Promise<unknown> {
    return gw.readTx((tx) =>
      tx.runText(
        `MATCH (p:Project {id: $id}) OPTIONAL MATCH (a:AuditEntry {entityKey: $id}) OPTIONAL MATCH (v:__GraphVersion)
         RETURN p {.*} AS p, count(a) AS audits, collect(DISTINCT v.token) AS version`,
        { id },
      ),
    );
  }

  const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id name stage signedOn version source } }`;
  const ADVANCE = `mutation($input: AdvanceProjectStageInput!) { advanceProjectStage(input: $input) { id stage version contractedOn } }`;

  it('creates a project, signed, with its references, audited with who and when', async () => {
    const d = await ok(CREATE, {
      input: {
        name: '测试异质结组件项目',
        amountYi: 12.5,
        stage: 'SIGNED',
        on: '2026-01-15',
        industryCode: 'NE',
        linkCodes: ['NE-HJT'],
        parkId: 'PK-STD-2',
      },
    });
    expect(d.createProject).toMatchObject({
      name: '测试异质结组件项目',
      stage: 'SIGNED',
      signedOn: '2026-01-15',
      version: 1,
      source: 'USER',
    });
    const [row] = await gw.readTx((tx) =>
      tx.runText<Data>(
        'MATCH (a:AuditEntry {entityKey: $id}) RETURN a.actor AS actor, a.role AS role, a.operation AS op, a.fields AS fields',
        { id: d.createProject.id },
      ),
    );
    expect(row).toMatchObject({ actor: '张三', role: 'PLANNER', op: 'createProject' });
    expect(row.fields).toEqual(expect.arrayContaining(['name', 'amountYi', 'stage', 'signedOn', 'linkCodes', 'parkId', 'industryCode']));
  });

  it('refuses a skipped or backward stage, naming the allowed one, and changes nothing', async () => {
    const { createProject: p } = await ok(CREATE, { input: { name: '跳级测试项目', amountYi: 3, stage: 'SIGNED', on: '2026-02-01' } });
    const before = await snapshot(p.id);
    for (const to of ['PERFORMING', 'NEGOTIATING', 'SIGNED']) {
      const res = await call(ADVANCE, { input: { id: p.id, expectedVersion: 1, to, on: '2026-02-10' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.to' }] });
      expect(res.errors?.[0].message).toContain('the only allowed next stage is CONTRACTED (正式合同)');
    }
    const early = await call(ADVANCE, { input: { id: p.id, expectedVersion: 1, to: 'CONTRACTED', on: '2026-01-01' } });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.on', message: 'must not be before 2026-02-01, the date of the current stage' }],
    });
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('answers NOT_FOUND for unknown ids and references, with the field, and changes nothing', async () => {
    const unknown = await call(ADVANCE, { input: { id: 'PJ-NOPE', expectedVersion: 0, to: 'SIGNED', on: '2026-01-01' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const count = async (): Promise<unknown> => gw.readTx((tx) => tx.runText('MATCH (p:Project) RETURN count(p) AS n'));
    const before = await count();
    const refs = await call(CREATE, {
      input: { name: '引用测试', amountYi: 1, stage: 'PLANNED', on: '2026-01-01', parkId: 'PK-NOPE', linkCodes: ['NE-HJT', 'NE-NOPE'] },
    });
    expect(refs.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'input.parkId' }, { path: 'input.linkCodes', message: 'no chain link NE-NOPE' }],
    });
    expect(await count()).toEqual(before);
  });

  it('refuses invalid values with the failing fields, writing nothing', async () => {
    const count = async (): Promise<unknown> => gw.readTx((tx) => tx.runText('MATCH (p:Project) RETURN count(p) AS n'));
    const before = await count();
    const res = await call(CREATE, { input: { name: 'x', amountYi: -1, stage: 'PRODUCING', on: '2099-01-01' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (res.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path).sort();
    expect(paths).toEqual(['input.amountYi', 'input.name']);
    const stage = await call(CREATE, { input: { name: '阶段测试', amountYi: 1, stage: 'PRODUCING', on: '2099-01-01' } });
    expect((stage.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path).sort()).toEqual([
      'input.on',
      'input.stage',
    ]);
    expect(await count()).toEqual(before);
  });

  it('lets one of two concurrent edits of the same version win; the other gets CONFLICT with the current version, and the audit shows one change', async () => {
    const { createProject: p } = await ok(CREATE, { input: { name: '并发测试项目', amountYi: 5, stage: 'SIGNED', on: '2026-03-01' } });
    const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id amountYi version } }`;
    const [a, b] = await Promise.all([
      call(UPDATE, { input: { id: p.id, expectedVersion: 1, amountYi: 6 } }),
      call(UPDATE, { input: { id: p.id, expectedVersion: 1, amountYi: 7 } }),
    ]);
    const results = [a, b];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      expectedVersion: 1,
      currentVersion: 2,
      fields: [{ path: 'input.expectedVersion' }],
    });
    const [row] = await gw.readTx((tx) =>
      tx.runText<Data>(
        "MATCH (p:Project {id: $id}) OPTIONAL MATCH (a:AuditEntry {entityKey: $id, operation: 'updateProject'}) RETURN p.amountYi AS amount, p.version AS version, count(a) AS changes",
        { id: p.id },
      ),
    );
    expect(row).toEqual({ amount: won[0].data!.updateProject.amountYi, version: 2, changes: 1 });
  });

  it('leaves a project as it was on an update that changes nothing: same version, no audit entry', async () => {
    const created = await ok(CREATE, { input: { name: '空更新测试项目', amountYi: 3, stage: 'PLANNED', on: '2026-04-02' } });
    const id = created.createProject.id as string;
    const version = created.createProject.version as number;
    const update = 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { version amountYi } }';
    // Nothing given, then only the value it already has.
    for (const input of [
      { id, expectedVersion: version },
      { id, expectedVersion: version, amountYi: 3 },
    ]) {
      const d = await ok(update, { i: input });
      expect(d.updateProject).toEqual({ version, amountYi: 3 });
    }
    const [row] = await gw.readTx((tx) =>
      tx.runText<Data>(
        "MATCH (p:Project {id: $id}) OPTIONAL MATCH (a:AuditEntry {entityKey: $id, operation: 'updateProject'}) RETURN p.version AS version, count(a) AS entries",
        { id },
      ),
    );
    expect(row).toEqual({ version, entries: 0 });
    // A real change still moves it, once.
    expect((await ok(update, { i: { id, expectedVersion: version, amountYi: 4 } })).updateProject).toEqual({
      version: version + 1,
      amountYi: 4,
    });
  });

  it('does a retried write once: the same requestId returns the first answer', async () => {
    const input = { name: '幂等测试项目', amountYi: 2, stage: 'PLANNED', on: '2026-04-01', requestId: 'retry-test-0001' };
    const first = await ok(CREATE, { input });
    const again = await ok(CREATE, { input });
    expect(again.createProject.id).toBe(first.createProject.id);
    const [n] = await gw.readTx((tx) => tx.runText<Data>("MATCH (p:Project {name: '幂等测试项目'}) RETURN count(p) AS n"));
    expect(n.n).toBe(1);
  });

  it('refuses a requestId replayed with another input, and gives concurrent identical retries one answer', async () => {
    const input = { name: '重放测试项目', amountYi: 2, stage: 'PLANNED', on: '2026-04-01', requestId: 'replay-test-0001' };
    const first = await ok(CREATE, { input });
    const changed = await call(CREATE, { input: { ...input, amountYi: 3 } });
    expect(changed.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'input.requestId', message: 'already used with a different input' }],
    });
    expect((await ok(CREATE, { input })).createProject.id).toBe(first.createProject.id);
    // The same update sent twice at once (a client retrying on a timeout): one write, one answer for both.
    const id = first.createProject.id as string;
    const update = { id, expectedVersion: first.createProject.version, amountYi: 5, requestId: 'replay-test-0002' };
    const both = await Promise.all(
      [0, 1].map(() => call('mutation($i: UpdateProjectInput!) { updateProject(input: $i) { version amountYi } }', { i: update })),
    );
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(both[0].data).toEqual(both[1].data);
    const [row] = await gw.readTx((tx) =>
      tx.runText<Data>(
        "MATCH (p:Project {id: $id}) OPTIONAL MATCH (a:AuditEntry {entityKey: $id, operation: 'updateProject'}) RETURN p.version AS version, count(a) AS entries",
        { id },
      ),
    );
    expect(row).toEqual({ version: first.createProject.version + 1, entries: 1 });
  });

  it('takes a target from 线索 to 签约 and its project to 投产 through the API alone; the gap it fills stops being a gap', async () => {
    const gaps = async (): Promise<Data> =>
      (await ok('{ chainGaps(industryCode: "IC") { links { link { code } status } } }')).chainGaps.links.find(
        (l: Data) => l.link.code === 'IC-WAFER',
      );
    expect((await gaps()).status).toBe('BROKEN');
    // A target that makes wafers.
    const t = (
      await ok('{ enterprises(filter: {isTarget: true, chainLinkCode: "IC-WAFER"}, first: 1) { edges { node { uscc version } } } }')
    ).enterprises.edges[0].node;
    let version = t.version;
    for (const status of ['CONTACTED', 'INTENT', 'NEGOTIATING', 'SIGNED']) {
      const d = await ok('mutation($input: SetTargetStatusInput!) { setTargetStatus(input: $input) { version targetStatus } }', {
        input: { uscc: t.uscc, expectedVersion: version, status },
      });
      expect(d.setTargetStatus.targetStatus).toBe(status);
      version = d.setTargetStatus.version;
    }
    const { createProject: p } = await ok(CREATE, {
      input: {
        name: '晶圆制造落地项目',
        amountYi: 80,
        stage: 'SIGNED',
        on: '2026-01-05',
        industryCode: 'IC',
        linkCodes: ['IC-WAFER'],
        investorUscc: t.uscc,
      },
    });
    let pv = 1;
    const steps: Array<[string, string]> = [
      ['CONTRACTED', '2026-01-20'],
      ['PERFORMING', '2026-02-10'],
      ['STARTED', '2026-03-01'],
    ];
    for (const [to, on] of steps) {
      const d = await ok(ADVANCE, { input: { id: p.id, expectedVersion: pv, to, on } });
      pv = d.advanceProjectStage.version;
    }
    expect((await gaps()).status).toBe('FILLING'); // started: under way, not yet producing
    await ok(ADVANCE, { input: { id: p.id, expectedVersion: pv, to: 'PRODUCING', on: '2026-06-01' } });
    expect(['WEAK', 'ADEQUATE', 'STRONG']).toContain((await gaps()).status); // a local producer now: no longer missing
    const history = await ok(`{ project(id: "${p.id}") { history { operation actor } } }`, {}, admin);
    expect(history.project.history.map((h: Data) => h.operation)).toEqual([
      'advanceProjectStage',
      'advanceProjectStage',
      'advanceProjectStage',
      'advanceProjectStage',
      'createProject',
    ]);
  });

  describe('targets: who follows whom, what happened, where it stands', () => {
    const uscc = '91350583MACJW9D18N'; // 阳光中科 (demo)
    const read = async (): Promise<Data> =>
      (
        await ok(
          `{ enterprise(uscc: "${uscc}") { version targetStatus targetStatusLabel assignments { team { id } owner dueOn } followUps { kind kindLabel peopleMet notes by team { id } } history { operation actor changes { field before after } } } }`,
          {},
          admin,
        )
      ).enterprise;

    it('assigns a team with an owner, logs a follow-up, and moves the status one step at a time', async () => {
      await ok(
        'mutation { assignTarget(input: {uscc: "91350583MACJW9D18N", teamId: "T-DG-NE", owner: "李四", dueOn: "2026-12-31"}) { uscc } }',
      );
      const f = await ok(
        `mutation { logFollowUp(input: {uscc: "${uscc}", teamId: "T-DG-NE", on: "2026-03-02", kind: VISIT, peopleMet: ["王总（董事长）"], notes: "了解扩产计划", nextStep: "邀请考察霞美园区", nextOn: "2026-03-20"}) { kind kindLabel by team { id } } }`,
      );
      expect(f.logFollowUp).toEqual({ kind: 'VISIT', kindLabel: '拜访', by: '张三', team: { id: 'T-DG-NE' } });
      let e = await read();
      expect(e.assignments).toContainEqual({ team: { id: 'T-DG-NE' }, owner: '李四', dueOn: '2026-12-31' });
      expect(e.followUps[0]).toMatchObject({ kind: 'VISIT', peopleMet: ['王总（董事长）'], by: '张三' });
      const SET = 'mutation($input: SetTargetStatusInput!) { setTargetStatus(input: $input) { version targetStatus targetStatusLabel } }';
      const skip = await call(SET, { input: { uscc, expectedVersion: e.version, status: 'INTENT' } });
      expect(skip.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.status',
            message: 'LEAD → INTENT is not allowed; allowed: CONTACTED (接洽), DROPPED (放弃)',
            messageZh: '不能从「线索」改为「意向」，可改为：接洽、放弃',
          },
        ],
      });
      const moved = await ok(SET, { input: { uscc, expectedVersion: e.version, status: 'CONTACTED' } });
      expect(moved.setTargetStatus).toMatchObject({ targetStatus: 'CONTACTED', targetStatusLabel: '接洽', version: e.version + 1 });
      const stale = await call(SET, { input: { uscc, expectedVersion: e.version, status: 'INTENT' } });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: e.version + 1 });
      const drop = await call(SET, { input: { uscc, expectedVersion: e.version + 1, status: 'DROPPED' } });
      expect(drop.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.reason' }] });
      e = await read();
      // The firm's history ends (oldest) with the import that loaded it.
      expect(e.history.map((h: Data) => h.operation)).toEqual(['setTargetStatus', 'logFollowUp', 'assignTarget', 'import']);
      expect(e.history[0].changes).toContainEqual({ field: 'targetStatus', before: null, after: '"CONTACTED"' });
      await ok(`mutation { unassignTarget(input: {uscc: "${uscc}", teamId: "T-DG-NE"}) { uscc } }`);
      const again = await call(`mutation { unassignTarget(input: {uscc: "${uscc}", teamId: "T-DG-NE"}) { uscc } }`);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ path: 'input.teamId' }] });
    });
  });

  describe('履约: milestones and defaults', () => {
    it('records milestones, a default with its disposal, and its resolution back to the stage', async () => {
      const { createProject: p } = await ok(CREATE, { input: { name: '履约测试项目', amountYi: 9, stage: 'SIGNED', on: '2026-01-10' } });
      await ok(`mutation { recordMilestone(input: {projectId: "${p.id}", kind: CONTRACT, on: "2026-01-20", note: "正式合同"}) { id } }`);
      const d = await ok(
        `mutation { recordDefault(input: {projectId: "${p.id}", expectedVersion: 1, on: "2026-05-01", disposal: URGE_RECTIFY, description: "未按期开工", deadline: "2026-08-01"}) { id status disposalLabel stageBefore } }`,
      );
      expect(d.recordDefault).toMatchObject({ status: 'OPEN', disposalLabel: '督促整改', stageBefore: 'SIGNED' });
      const during = await ok(`{ project(id: "${p.id}") { stage version milestones { kindLabel on } defaults { status } } }`);
      expect(during.project).toMatchObject({
        stage: 'DEFAULTED',
        version: 2,
        milestones: [{ kindLabel: '签订合同', on: '2026-01-20' }],
        defaults: [{ status: 'OPEN' }],
      });
      const withdraw = await call(
        `mutation { withdrawProject(input: {id: "${p.id}", expectedVersion: 2, on: "2026-05-02", reason: "测试"}) { stage } }`,
      );
      expect(withdraw.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.id' }] });
      const r = await ok(
        `mutation { resolveDefault(input: {defaultId: "${d.recordDefault.id}", expectedVersion: 2, on: "2026-06-01", resolution: "已开工"}) { status resolvedOn } }`,
      );
      expect(r.resolveDefault).toEqual({ status: 'RESOLVED', resolvedOn: '2026-06-01' });
      expect((await ok(`{ project(id: "${p.id}") { stage } }`)).project.stage).toBe('SIGNED');
      const twice = await call(
        `mutation { resolveDefault(input: {defaultId: "${d.recordDefault.id}", expectedVersion: 3, on: "2026-06-02", resolution: "再次"}) { status } }`,
      );
      expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.defaultId' }] });
    });

    it('takes a project out of the pipeline when the land is reclaimed', async () => {
      const { createProject: p } = await ok(CREATE, { input: { name: '收回土地测试', amountYi: 4, stage: 'SIGNED', on: '2026-01-10' } });
      const d = await ok(
        `mutation { recordDefault(input: {projectId: "${p.id}", expectedVersion: 1, on: "2026-02-01", disposal: RECLAIM_LAND, description: "土地闲置", deadline: "2026-03-01"}) { id } }`,
      );
      await ok(
        `mutation { resolveDefault(input: {defaultId: "${d.recordDefault.id}", expectedVersion: 2, on: "2026-03-02", resolution: "土地已收回"}) { status } }`,
      );
      expect((await ok(`{ project(id: "${p.id}") { stage withdrawnOn } }`)).project).toEqual({
        stage: 'WITHDRAWN',
        withdrawnOn: '2026-03-02',
      });
    });
  });

  describe('firms and people (admins), and the audit trail', () => {
    it('refuses text a spreadsheet would run as a formula, as the importer does: in names, notes and reasons', async () => {
      const uscc = makeUscc('9', '1', '350583', 'MA8FRMULA');
      for (const [doc, path] of [
        [
          `mutation { upsertEnterprise(input: {uscc: "${uscc}", name: "=HYPERLINK(\\"http://x\\")", cityCode: "350583"}) { uscc } }`,
          'input.name',
        ],
        ['mutation { upsertPerson(input: {name: "@SUM(A1)"}) { id } }', 'input.name'],
        ['mutation { createProject(input: {name: "+cmd|calc", amountYi: 1, stage: PLANNED, on: "2026-01-05"}) { id } }', 'input.name'],
      ] as const) {
        const res = await call(doc, {}, admin);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path }] });
      }
      // A dash inside a name is text.
      const fine = await call('mutation { upsertPerson(input: {name: "王-测试"}) { id } }', {}, admin);
      expect(fine.errors).toBeUndefined();
    });

    it('keeps the 以商招商 network current: a firm, a person, a position, a chamber role; planners may not', async () => {
      const uscc = makeUscc('9', '1', '350583', 'MA8UPDATE');
      const firm = await call(
        `mutation { upsertEnterprise(input: {uscc: "${uscc}", name: "南安测试新材料有限公司", cityCode: "350583", isLocal: true, revenueYi: 3}) { uscc version } }`,
        {},
        admin,
      );
      expect(firm.errors).toBeUndefined();
      const forbidden = await call(`mutation { upsertPerson(input: {name: "王五"}) { id } }`, {}, planner);
      expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ADMIN' });
      const p = await ok('mutation { upsertPerson(input: {name: "王五", nativeCityCode: "350583"}) { id version } }', {}, admin);
      await ok(`mutation { linkExecutive(input: {personId: "${p.upsertPerson.id}", uscc: "${uscc}", title: "董事长"}) { id } }`, {}, admin);
      await ok(
        `mutation { recordMembership(input: {personId: "${p.upsertPerson.id}", chamberId: "CH-001", role: VICE_PRESIDENT}) { id } }`,
        {},
        admin,
      );
      const e = await ok(
        `{ enterprise(uscc: "${uscc}") { name version executives { title person { name nanan chambers { role chamber { id } } } } } }`,
        {},
        admin,
      );
      expect(e.enterprise).toMatchObject({
        name: '南安测试新材料有限公司',
        version: 1,
        executives: [
          { title: '董事长', person: { name: '王五', nanan: true, chambers: [{ role: 'VICE_PRESIDENT', chamber: { id: 'CH-001' } }] } },
        ],
      });
      const update = await call(`mutation { upsertEnterprise(input: {uscc: "${uscc}", revenueYi: 4}) { version } }`, {}, admin);
      expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.expectedVersion' }] });
      expect(
        (
          await ok(
            `mutation { upsertEnterprise(input: {uscc: "${uscc}", expectedVersion: 1, revenueYi: 4}) { version revenueYi } }`,
            {},
            admin,
          )
        ).upsertEnterprise,
      ).toEqual({ version: 2, revenueYi: 4 });
    });

    it('shows a viewer names and roles, not native places; an analyst sees them', async () => {
      const viewer = await tokenFor(Role.VIEWER);
      const doc = '{ chambers(first: 1) { edges { node { members { role person { name nanan } } } } } }';
      const v = await call(doc, {}, viewer);
      expect(v.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ANALYST' });
      const names = await ok('{ chambers(first: 1) { edges { node { members { role person { name } } } } } }', {}, viewer);
      expect(names.chambers.edges[0].node.members.length).toBeGreaterThan(0);
      const analyst = await ok(doc, {}, await tokenFor(Role.ANALYST));
      expect(typeof analyst.chambers.edges[0].node.members[0].person.nanan).toBe('boolean');
    });

    it('lets admins page the audit trail by actor and operation; nobody can edit it', async () => {
      const page = await ok(
        '{ auditTrail(filter: {actor: "张三", operation: "createProject"}, first: 2) { endCursor entries { actor operation entityLabel changes { field } } } }',
        {},
        admin,
      );
      expect(page.auditTrail.entries).toHaveLength(2);
      expect(
        page.auditTrail.entries.every((e: Data) => e.actor === '张三' && e.operation === 'createProject' && e.entityLabel === 'Project'),
      ).toBe(true);
      const next = await ok(
        'query($a: String) { auditTrail(filter: {actor: "张三", operation: "createProject"}, first: 2, after: $a) { entries { operation } } }',
        { a: page.auditTrail.endCursor },
        admin,
      );
      expect(next.auditTrail.entries.length).toBeGreaterThan(0);
      const bad = await call('{ auditTrail(after: "nonsense") { endCursor } }', {}, admin);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
      const schema = await call('{ __schema { mutationType { fields { name } } } }', {}, admin);
      const names = schema.data!.__schema.mutationType.fields.map((f: Data) => f.name);
      expect(names.filter((n: string) => /audit/i.test(n))).toEqual([]);
    });
  });
});

import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGateway } from '../../src/db/gateway';
import { makeUscc } from '../../src/domain/uscc';
import { importDataset } from '../../src/modules/import/import.service';
import { resetDatabase, testGateway } from '../support/db';
import { fingerprint } from '../support/fingerprint';

const LOCAL = makeUscc('9', '1', '350583', 'MA2Y00001');
const OTHER = makeUscc('9', '1', '440300', 'MA5F00002');
const badCheck = LOCAL.slice(0, 17) + (LOCAL[17] === '0' ? '1' : '0');

/** A tiny valid dataset; each test breaks one thing. */
const BASE: Record<string, string> = {
  cities: 'code,name,provinceName,level,source\n350583,南安市,福建省,COUNTY,GB2260\n440300,深圳市,广东省,CITY,GB2260\n',
  towns: 'code,name,cityCode,source\n350583101,仑苍镇,350583,GB2260\n',
  industries: 'code,name,groupName,carrier,themes,source\nNE,新能源,新能源产业发展小组,,新能源;绿色低碳,DEMO\n',
  chain_links:
    'code,industryCode,name,stage,importance,core,source\nNE-CELL,NE,电池片,MIDSTREAM,1.0,true,DEMO\nNE-MODULE,NE,光伏组件,MIDSTREAM,0.9,true,DEMO\n',
  parks: 'id,name,townCode,standardized,totalLandMu,availableLandMu,plannedSlots,source\nPK-1,仑苍园,350583101,true,1000,120,50,DEMO\n',
  enterprises:
    'uscc,name,cityCode,townCode,parkId,revenueYi,isLocal,isTarget,source\n' +
    `${LOCAL},南安组件有限公司,350583,350583101,PK-1,3.5,true,false,DEMO\n` +
    `${OTHER},深圳电池片有限公司,440300,,,40,false,true,DEMO\n`,
  enterprise_links: `uscc,linkCode,evidence,products\n${LOCAL},NE-MODULE,STRONG,组件\n${OTHER},NE-CELL,MEDIUM,\n`,
  people: 'id,name,nativeCityCode,overseasChinese,source\nP-1,黄一,350583,false,DEMO\n',
  executives: `personId,uscc,title\nP-1,${OTHER},董事长\n`,
  projects:
    'id,name,amountYi,stage,industryCode,investorUscc,parkId,signedOn,contractedOn,performingOn,startedOn,producingOn,source\n' +
    `PJ-1,电池片项目,12.5,PERFORMING,NE,${OTHER},PK-1,2022-03-01,2022-03-20,2022-05-01,,,DEMO\n`,
};

function dataset(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, `${name}.csv`), text);
  return dir;
}

describe('importer: bad input is reported at once, line by line, and nothing is written', () => {
  let gw: Neo4jGateway;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const dirs: string[] = [];

  async function expectReport(files: Record<string, string>, expected: string[]): Promise<void> {
    const dir = dataset(files);
    dirs.push(dir);
    const result = await importDataset(gw, dir);
    expect(result.report).toEqual(expected);
    expect(result.ok).toBe(false);
    expect(result.written).toBe(false);
    expect(await fingerprint(gw)).toEqual(before);
  }

  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
    const dir = dataset(BASE);
    dirs.push(dir);
    const ok = await importDataset(gw, dir);
    expect(ok.report).toEqual([]);
    before = await fingerprint(gw);
    expect(before.nodes).toBe(11); // 2 cities, town, industry, 2 links, park, 2 enterprises, person, project
  });
  afterAll(async () => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    await gw.close();
  });

  it('bad USCC check character', async () => {
    await expectReport({ enterprises: `uscc,name,cityCode,isLocal,isTarget,source\n${badCheck},坏代码公司,350583,true,false,DEMO\n` }, [
      `enterprises.csv:2:uscc — invalid USCC: check character should be ${LOCAL[17]}, got ${badCheck[17]}`,
    ]);
  });

  it('unknown chain link', async () => {
    await expectReport({ enterprise_links: `uscc,linkCode,evidence\n${LOCAL},NE-WAFER,STRONG\n` }, [
      'enterprise_links.csv:2:linkCode — dangling reference: unknown chain link "NE-WAFER" (not in chain_links nor in the database)',
    ]);
  });

  it('negative land, and more available than total', async () => {
    await expectReport(
      {
        parks:
          'id,name,townCode,standardized,totalLandMu,availableLandMu,source\nPK-2,新园,350583101,false,-5,10,DEMO\nPK-3,小园,350583101,false,100,150,DEMO\n',
      },
      [
        'parks.csv:2:totalLandMu — land cannot be negative',
        'parks.csv:3:availableLandMu — available land 150 亩 exceeds total land 100 亩',
      ],
    );
  });

  it('duplicate key', async () => {
    await expectReport({ people: 'id,name,source\nP-9,甲,DEMO\nP-9,乙,DEMO\n' }, [
      'people.csv:3:id — duplicate key "P-9" (first at row 2)',
    ]);
  });

  it('dangling relationship', async () => {
    await expectReport({ executives: `personId,uscc,title\nP-404,${LOCAL},总经理\n` }, [
      'executives.csv:2:personId — dangling reference: unknown person "P-404" (not in people nor in the database)',
    ]);
  });

  it('impossible stage jumps: within a row, and backwards from what the database holds', async () => {
    await expectReport(
      {
        projects:
          'id,name,amountYi,stage,signedOn,contractedOn,startedOn,source\n' +
          'PJ-2,跳步项目,3,SIGNED,2022-04-01,,2022-05-01,DEMO\n' +
          'PJ-1,电池片项目,12.5,SIGNED,2022-03-01,,,DEMO\n' +
          'PJ-3,倒序项目,3,CONTRACTED,2022-06-01,2022-05-01,,DEMO\n',
      },
      [
        'projects.csv:2:startedOn — impossible stage jump: a SIGNED (签约) project cannot have entered STARTED (开工)',
        'projects.csv:3:stage — impossible stage jump: the project is PERFORMING (履约) in the database and cannot move to SIGNED (签约)',
        'projects.csv:4:contractedOn — CONTRACTED (正式合同) on 2022-05-01 is before SIGNED (签约) on 2022-06-01',
      ],
    );
  });

  it('wrong types, unknown enum values, missing and unknown columns — all at once', async () => {
    await expectReport(
      {
        chain_links: 'code,industryCode,name,stage,importance,core,colour,source\nNE-X,NE,测试,SIDEWAYS,high,maybe,red,DEMO\n',
        teams: 'id,name,source\nT-1,小组,DEMO\n',
      },
      [
        'chain_links.csv:1:colour — unknown column (expected one of: code, industryCode, name, stage, importance, core, source)',
        'chain_links.csv:2:core — must be true or false, got "maybe"',
        'chain_links.csv:2:importance — must be a number, got "high"',
        'chain_links.csv:2:stage — must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM, SUPPORTING',
        'teams.csv:1:kind — required column is missing',
      ],
    );
  });

  it('a dry run of a valid dataset validates and writes nothing', async () => {
    const dir = dataset({ people: 'id,name,source\nP-2,新人,DEMO\n' });
    dirs.push(dir);
    const result = await importDataset(gw, dir, { dryRun: true });
    expect(result).toMatchObject({ ok: true, written: false, report: [], counts: { people: 1 } });
    expect(await fingerprint(gw)).toEqual(before);
  });

  it('tolerates a UTF-8 byte-order mark (Excel/WPS CSV export)', async () => {
    const dir = dataset({ people: '\ufeffid,name,source\nP-1,黄一,DEMO\n' });
    dirs.push(dir);
    const result = await importDataset(gw, dir, { dryRun: true });
    expect(result.report).toEqual([]);
  });

  it('an unknown project stage is one report line among the others, not a crash', async () => {
    await expectReport(
      {
        projects:
          'id,name,amountYi,stage,industryCode,investorUscc,signedOn,source\n' +
          `PJ-1,电池片项目,12.5,FINISHED,NE,${OTHER},2022-03-01,DEMO\n` +
          `PJ-2,组件项目,abc,SIGNED,NE,${OTHER},2022-03-01,DEMO\n`,
      },
      [
        'projects.csv:2:stage — must be one of PLANNED, NEGOTIATING, SIGNED, CONTRACTED, PERFORMING, STARTED, PRODUCING, DEFAULTED, WITHDRAWN',
        'projects.csv:3:amountYi — must be a number, got "abc"',
      ],
    );
  });

  it('reads a GBK-encoded CSV (Excel on Chinese Windows) correctly, with a warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gbk-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'people.csv'), iconv.encode('id,name,source\nP-9,洪南安石材,DEMO\n', 'gbk'));
    const result = await importDataset(gw, dir, { dryRun: true });
    expect(result.report).toEqual([]);
    expect(result.warnings).toEqual([
      'people.csv: not UTF-8; read as GB18030/GBK (the encoding Excel uses on Chinese Windows). Check the names, or save the file as "CSV UTF-8".',
    ]);
    // The name arrives intact: import it for real and read it back.
    const written = await importDataset(gw, dir);
    expect(written.written).toBe(true);
    const [row] = await gw.readTx((tx) => tx.runText<{ name: string }>("MATCH (p:Person {id: 'P-9'}) RETURN p.name AS name"));
    expect(row.name).toBe('洪南安石材');
    await gw.writeTx((tx) => tx.runText("MATCH (p:Person {id: 'P-9'}) DETACH DELETE p"));
  });

  it('refuses a CSV that is neither UTF-8 nor GBK, saying which encodings were tried, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enc-'));
    dirs.push(dir);
    fs.writeFileSync(
      path.join(dir, 'people.csv'),
      Buffer.concat([Buffer.from('id,name,source\nP-8,'), Buffer.from([0xff, 0xff, 0xfe, 0x80]), Buffer.from(',DEMO\n')]),
    );
    await expect(importDataset(gw, dir)).rejects.toThrow(
      'people.csv: the file is neither UTF-8 nor GB18030/GBK text; save it as "CSV UTF-8 (逗号分隔)" and import again',
    );
    expect(await fingerprint(gw)).toEqual(before);
  });

  it('reports spreadsheet error cells and formula-like text instead of storing them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('people');
    ws.addRow(['id', 'name', 'overseasChinese', 'source']);
    ws.addRow(['P-7', "=cmd|' /C calc'!A0", false, 'DEMO']);
    ws.addRow(['P-6', '=HYPERLINK("http://x","点我")', false, 'DEMO']);
    ws.addRow(['P-5', { error: '#DIV/0!' }, false, 'DEMO']);
    ws.addRow(['P-4', '-负数开头', false, 'DEMO']);
    ws.addRow(['P-3', '正常姓名', false, 'DEMO']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-'));
    dirs.push(dir);
    const file = path.join(dir, 'data.xlsx');
    await wb.xlsx.writeFile(file);
    const result = await importDataset(gw, file);
    expect(result.report).toEqual([
      'data.xlsx#people:2:name — looks like a spreadsheet formula ("=cmd|\' /C calc\'!A0"); data must not start with =, +, - or @',
      'data.xlsx#people:3:name — looks like a spreadsheet formula ("=HYPERLINK("http://x"); data must not start with =, +, - or @',
      'data.xlsx#people:4:name — the cell holds the spreadsheet error #DIV/0!; put the value itself there',
      'data.xlsx#people:5:name — looks like a spreadsheet formula ("-负数开头"); data must not start with =, +, - or @',
    ]);
    expect(result.written).toBe(false);
    expect(await fingerprint(gw)).toEqual(before);
  });
});

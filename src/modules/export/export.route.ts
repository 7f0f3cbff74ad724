import { Router, type Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode, FieldProblem } from '../../errors';
import { callerOf } from '../../http/auth';
import { EXPORTS, ExportDefinition, ExportParam } from './export.sheets';
import { toCsv, toXlsx } from './export.writer';
import { today } from '../../domain/calendar';
import { REPORT_QUERY, ReportData, reportModel } from './export.assessment-report';
import { BRIEFING_MOVES_QUERY, BRIEFING_QUERY, BriefingData, briefingModel, briefingPeriods } from './export.briefing';
import { findPdfFont, PdfFont, toDocx, toPdf } from './export.documents';

/** Runs a GraphQL operation as the caller of this response, through the API's own limits and rules. */
export type RunOperation = (
  query: string,
  variables: Record<string, unknown>,
  res: import('express').Response,
) => Promise<{ data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }>;

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

class ParamError extends Error {
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.path}: ${f.message}`).join('; '));
  }
}

/** Answers a refusal in the API's error shape, with the code's HTTP status. */
function fail(res: Response, status: number, code: string, message: string, messageZh: string, fields?: FieldProblem[]): void {
  res.status(status).json({ errors: [{ message, extensions: { code, messageZh, ...(fields ? { fields } : {}) } }] });
}

/**
 * Runs an export's operation as the caller; when it fails, answers the API's errors with their HTTP
 * status (401, 403, 400, 404, …) and gives null.
 */
async function dataOf(
  run: RunOperation,
  query: string,
  variables: Record<string, unknown>,
  res: Response,
  logger: Logger,
  name: string,
): Promise<Record<string, unknown> | null> {
  const result = await run(query, variables, res);
  if (!result.errors?.length && result.data) return result.data;
  const first = result.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  res.status(STATUS[code] ?? 500).json({ errors: result.errors ?? [{ message: 'No data', extensions: { code } }] });
  if (!STATUS[code]) logger.warn({ export: name, code }, 'export failed');
  return null;
}

const NO_PDF_FONT_ZH = '服务器未安装中文字体，暂不能生成 PDF（可下载 Word 版）。';
const NO_PDF_FONT = 'No CJK font for PDF on this server (install fonts-noto-cjk or set REPORT_FONT_FILE); the .docx works.';

/** Sends a Word or PDF document as an attachment, named in ASCII and in Chinese. */
function sendDocument(res: Response, ext: string, ascii: string, zh: string, body: Buffer): void {
  res.setHeader('Content-Disposition', `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${zh}.${ext}`)}`);
  res.setHeader('Cache-Control', 'no-store');
  res.type(ext === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf').send(body);
}

function parseValue(p: ExportParam, raw: string): unknown {
  const list = raw
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  switch (p.type) {
    case 'string':
      return raw;
    case 'int':
      if (!/^-?\d{1,9}$/.test(raw)) throw new ParamError([{ path: p.name, message: 'must be a whole number' }]);
      return Number(raw);
    case 'float': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new ParamError([{ path: p.name, message: 'must be a number' }]);
      return n;
    }
    case 'bool':
      if (!['true', 'false', '1', '0'].includes(raw)) throw new ParamError([{ path: p.name, message: 'must be true or false' }]);
      return raw === 'true' || raw === '1';
    case 'list':
      return list;
    case 'pairs':
      return list.map((pair, i) => {
        const [uscc, parkId, ...rest] = pair.split(':');
        if (!uscc || !parkId || rest.length > 0) throw new ParamError([{ path: `${p.name}.${i}`, message: 'must be USCC:parkId' }]);
        return { uscc, parkId };
      });
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

/** The operation's variables from the query string: known names only, each once (lists comma-separated). */
export function variablesFrom(def: ExportDefinition, query: Record<string, unknown>): Record<string, unknown> {
  const vars: Record<string, unknown> = structuredClone(def.defaults ?? {});
  const problems: FieldProblem[] = [];
  for (const [name, raw] of Object.entries(query)) {
    const p = def.params.find((x) => x.name === name);
    if (!p) {
      problems.push({ path: name, message: `unknown parameter; this export takes ${def.params.map((x) => x.name).join(', ')}` });
      continue;
    }
    const given: unknown[] = Array.isArray(raw) ? raw : [raw];
    const values = given.filter((v): v is string => typeof v === 'string');
    if (values.length !== given.length) {
      problems.push({ path: name, message: 'must be plain text' });
      continue;
    }
    if (values.length > 1 && p.type !== 'list') {
      problems.push({ path: name, message: 'given more than once' });
      continue;
    }
    try {
      setPath(vars, p.path, p.type === 'list' ? values.flatMap((v) => parseValue(p, v) as string[]) : parseValue(p, values[0]));
    } catch (e) {
      if (!(e instanceof ParamError)) throw e;
      problems.push(...e.fields);
    }
  }
  if (problems.length > 0) throw new ParamError(problems);
  return vars;
}

/** The question behind a sheet, in words, for its title row: 产业链 NE · 模式 补链 · 制表 2026-12-03. */
const PARAM_ZH: Record<string, string> = {
  industryCode: '产业链',
  mode: '模式',
  provinceCode: '省份',
  linkCodes: '环节',
  from: '起',
  to: '止',
  on: '截至',
  year: '年度',
  count: '企业数',
  landBudgetMu: '用地（亩）',
  first: '条数',
  parkId: '园区',
  teamId: '队伍',
  office: '部门',
  colours: '颜色',
  targets: '企业',
};
const VALUE_ZH: Record<string, string> = { FILL: '补链', STRENGTHEN: '强链', EXTEND: '延链', RED: '红', AMBER: '黄', GREEN: '绿' };
export function captionOf(def: ExportDefinition, variables: Record<string, unknown>): string {
  const flat: Array<[string, unknown]> = [];
  const walk = (v: unknown, key: string): void => {
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (v !== null && v !== undefined && key in PARAM_ZH) flat.push([key, v]);
  };
  walk(variables, '');
  const order = Object.keys(PARAM_ZH);
  flat.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const text = (v: unknown): string => (Array.isArray(v) ? v.map(text).join('、') : (VALUE_ZH[String(v)] ?? String(v)));
  return [...flat.map(([k, v]) => `${PARAM_ZH[k]} ${text(v)}`), `制表 ${today()}`].join(' · ');
}

/**
 * GET /export/<name>.xlsx and /export/<name>.csv: the same arguments as the query (as query-string
 * parameters), run as the same GraphQL operation with the caller's token — so the roles, limits and
 * validation are the API's — and written as a workbook with Chinese headers or as CSV with a BOM.
 */
export function exportRoutes(run: RunOperation, logger: Logger, opts: { pdfFont?: PdfFont } = {}): Router {
  const router = Router();
  const pdfFont = findPdfFont(opts.pdfFont);
  // The 招商通报 for a period: pipelineStats for it and for the period before, as Word or PDF.
  router.get('/export/:file', async (req, res, next) => {
    const m = /^briefing\.(docx|pdf)$/.exec(req.params.file);
    if (!m) return next();
    const unknown = Object.keys(req.query).filter((k) => k !== 'from' && k !== 'to');
    const periods =
      unknown.length > 0 ? `unknown parameter ${unknown[0]}; this export takes from, to` : briefingPeriods(req.query.from, req.query.to);
    if (typeof periods === 'string') {
      const path = unknown[0] ?? (periods.startsWith('to') ? 'to' : 'from');
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Invalid briefing period: ${periods}`, '通报期间有误。', [
        { path, message: periods },
      ]);
    }
    if (m[1] === 'pdf' && !pdfFont) return fail(res, 503, ErrorCode.INTERNAL_SERVER_ERROR, NO_PDF_FONT, NO_PDF_FONT_ZH);
    try {
      const data = await dataOf(
        run,
        BRIEFING_QUERY,
        { now: periods.now, before: periods.before, period: periods.now },
        res,
        logger,
        'briefing',
      );
      if (!data) return;
      // Below an analyst the ranking is refused: the briefing still comes, and says what it leaves out.
      const moves = await run(BRIEFING_MOVES_QUERY, { period: { ...periods.now, first: 10 } }, res);
      const code = moves.errors?.[0]?.extensions?.code;
      const refused = moves.errors?.length ? (typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR') : null;
      if (refused && refused !== (ErrorCode.FORBIDDEN as string))
        logger.warn({ export: 'briefing', code: refused }, 'briefing moves failed');
      const model = briefingModel(
        {
          ...data,
          moves: refused ? null : (moves.data?.targetMoves ?? null),
          movesNote:
            refused === ErrorCode.FORBIDDEN ? '推荐名单需「分析」及以上角色的令牌，本通报未列出。' : '推荐名单本期未能生成，请稍后重试。',
        } as unknown as BriefingData,
        pdfFont,
      );
      const body = m[1] === 'docx' ? await toDocx(model) : await toPdf(model, pdfFont!);
      logger.info({ export: 'briefing', format: m[1], actor: callerOf(res).id }, 'export');
      sendDocument(res, m[1], `briefing-${periods.now.from}-${periods.now.to}`, `招商通报-${periods.now.from}至${periods.now.to}`, body);
    } catch (e) {
      next(e);
    }
  });
  // The 项目预评估 report for the meeting: the assessProject operation, as Word or PDF.
  router.get('/export/assessment/:file', async (req, res, next) => {
    const m = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.(docx|pdf)$/.exec(req.params.file);
    if (!m)
      return fail(
        res,
        404,
        ErrorCode.NOT_FOUND,
        'Ask for /export/assessment/<projectId>.docx or .pdf.',
        '请求格式：/export/assessment/项目编号.docx 或 .pdf',
      );
    if (m[2] === 'pdf' && !pdfFont) return fail(res, 503, ErrorCode.INTERNAL_SERVER_ERROR, NO_PDF_FONT, NO_PDF_FONT_ZH);
    try {
      const data = await dataOf(run, REPORT_QUERY, { id: m[1] }, res, logger, 'assessment');
      if (!data) return;
      const model = reportModel(data as unknown as ReportData);
      const body = m[2] === 'docx' ? await toDocx(model) : await toPdf(model, pdfFont!);
      const stamp = today().replace(/-/g, '');
      logger.info({ export: 'assessment', format: m[2], projectId: m[1], actor: callerOf(res).id }, 'export');
      sendDocument(res, m[2], `assessment-${m[1]}-${stamp}`, `项目预评估报告-${m[1]}-${stamp}`, body);
    } catch (e) {
      next(e);
    }
  });
  router.get('/export/:file', async (req, res, next) => {
    const m = /^([a-z-]+)\.(xlsx|csv)$/.exec(req.params.file);
    const def = m ? EXPORTS.get(m[1]) : undefined;
    if (!m || !def) {
      return fail(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `No such export; try ${[...EXPORTS.keys()].map((k) => `${k}.xlsx`).join(', ')} (or .csv).`,
        '没有这个导出。',
      );
    }
    try {
      const variables = variablesFrom(def, req.query);
      const data = await dataOf(run, def.query, variables, res, logger, def.name);
      if (!data) return;
      const sheets = def.sheets(data);
      const stamp = today().replace(/-/g, '');
      const ascii = `${def.name}-${stamp}.${m[2]}`;
      const zh = `${def.title}-${stamp}.${m[2]}`;
      res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(zh)}`);
      res.setHeader('Cache-Control', 'no-store');
      logger.info(
        { export: def.name, format: m[2], actor: callerOf(res).id, rows: sheets.reduce((s, x) => s + x.rows.length, 0) },
        'export',
      );
      if (m[2] === 'csv') {
        res.type('text/csv; charset=utf-8').send(toCsv(sheets));
      } else {
        res
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await toXlsx(sheets, def.title, captionOf(def, variables)));
      }
    } catch (e) {
      if (e instanceof ParamError)
        return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Invalid export parameters: ${e.message}`, '导出参数有误。', e.fields);
      next(e);
    }
  });
  return router;
}

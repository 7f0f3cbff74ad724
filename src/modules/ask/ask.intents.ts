import type { Mention } from './ask.gazetteer';

/** Why a question is not answered. */
export type RefusalKind = 'WRITE' | 'RAW_QUERY' | 'INJECTION' | 'PERSONAL' | 'OUT_OF_SCOPE' | 'NEEDS_NAME' | 'AMBIGUOUS';

export type Plan =
  | { kind: 'run'; intent: string; tool: string; variables: Record<string, unknown>; focus: Mention[] }
  | { kind: 'refuse'; refusal: RefusalKind; message: string };

/** What the plan needs to know about the data besides the names: the day its records run to. */
export interface PlanContext {
  /** The last day the pipeline has records for (YYYY-MM-DD); "this year" and warnings without a day use it. */
  dataThrough: string;
  /** Today (YYYY-MM-DD). */
  today: string;
}

/** The 100-day campaign's window (百日攻坚), as the demo data records it (the article says only "August"). */
export const CAMPAIGN_WINDOW = { from: '2022-08-10', to: '2022-11-17' };

const has = (q: string, re: RegExp): boolean => re.test(q);

// Refusals come first: a question that also names a chain is still refused when it asks to delete it.
const RAW_QUERY =
  /\b(match|merge|detach|return|optional\s+match|unwind|apoc\.|load\s+csv|mutation|subscription)\b|\(\s*\w*\s*:\s*\w+|\]->|<-\[|\{\s*\w+\s*[({]/i;
const INJECTION =
  /忽略(之前|以上|上面|前面|你的|所有)|无视(之前|以上|规则)|ignore (all|any|the|previous|prior|above)|system prompt|系统提示|提示词|你现在是|扮演|越狱|jailbreak|开发者模式|developer mode|不受限制|绕过/i;
const WRITE =
  /删除|删掉|删了|清空|清除|抹掉|修改|改成|改为|更新一下|新增|添加|录入|写入|导入|撤回|作废|标记为|设为|drop\b|delete\b|remove\b|update\b|insert\b|truncate\b/i;
const PERSONAL = /电话|联系方式|手机号|身份证|住址|家庭住址|微信号|邮箱|银行卡|私人/;
const OFF_TOPIC = /天气|股价|股票|彩票|笑话|写(一首)?诗|翻译|菜谱|电影|足球|篮球|星座|算命|比特币|汇率|考研|高考/;

const NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A count the question asks for (「前5家」「选三家」「十家」), if any. */
export function countIn(q: string): number | undefined {
  const m = /(?:前|选|挑|找|推荐|要|给我)?\s*(\d{1,2}|十[一二三四五六七八九]?|[一两二三四五六七八九]十?)\s*(家|个|名)/.exec(q);
  if (!m) return undefined;
  const t = m[1];
  if (/^\d+$/.test(t)) return Number(t);
  if (t.startsWith('十')) return 10 + (NUMBERS[t[1]] ?? 0);
  return t.endsWith('十') ? NUMBERS[t[0]] * 10 : NUMBERS[t];
}

/** Land in 亩 the question offers (「600亩」「1.5万亩」). */
export function landIn(q: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(万)?\s*亩/.exec(q);
  return m ? Number(m[1]) * (m[2] ? 10000 : 1) : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): string => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

/** The period a pipeline question is about: the campaign, a year, a half, a quarter or a month; default the data's year. */
export function periodIn(q: string, ctx: PlanContext): { from: string; to: string; label: string } {
  if (/百日攻坚|百日|100天|攻坚/.test(q)) return { ...CAMPAIGN_WINDOW, label: '百日攻坚' };
  const thisYear = Number(ctx.today.slice(0, 4));
  const yearM = /(20\d{2})\s*年?/.exec(q) ?? /(?<!\d)(\d{2})\s*年/.exec(q);
  const year = yearM
    ? yearM[1].length === 2
      ? 2000 + Number(yearM[1])
      : Number(yearM[1])
    : /今年/.test(q)
      ? thisYear
      : /去年/.test(q)
        ? thisYear - 1
        : Number(ctx.dataThrough.slice(0, 4));
  const month = /(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月/.exec(q);
  if (month) {
    const m = /^\d+$/.test(month[1]) ? Number(month[1]) : month[1].startsWith('十') ? 10 + (NUMBERS[month[1][1]] ?? 0) : NUMBERS[month[1]];
    if (m >= 1 && m <= 12) return { from: `${year}-${pad(m)}-01`, to: lastDay(year, m), label: `${year}年${m}月` };
  }
  if (/上半年/.test(q)) return { from: `${year}-01-01`, to: `${year}-06-30`, label: `${year}年上半年` };
  if (/下半年/.test(q)) return { from: `${year}-07-01`, to: `${year}-12-31`, label: `${year}年下半年` };
  const quarter = /(?:第\s*)?([一二三四1-4])\s*季度|q([1-4])/i.exec(q);
  if (quarter) {
    const k = Number(quarter[2] ?? (/\d/.test(quarter[1]) ? quarter[1] : NUMBERS[quarter[1]]));
    return { from: `${year}-${pad(k * 3 - 2)}-01`, to: lastDay(year, k * 3), label: `${year}年第${k}季度` };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年` };
}

const of = (ms: Mention[], kind: Mention['kind']): Mention[] => ms.filter((m) => m.kind === kind);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The chain a question is about: named, or the chain of the link, project or firm it names. */
function industryOf(ms: Mention[]): string | undefined {
  const named = of(ms, 'INDUSTRY')[0]?.key;
  return named ?? ms.find((m) => m.kind === 'LINK' && m.industryCode)?.industryCode ?? undefined;
}

const run = (intent: string, tool: string, variables: Record<string, unknown>, focus: Mention[] = []): Plan => ({
  kind: 'run',
  intent,
  tool,
  variables,
  focus,
});
const refuse = (refusal: RefusalKind, message: string): Plan => ({ kind: 'refuse', refusal, message });

/** Two firms (or parks, projects) share the name the question used: say so rather than pick one. */
function ambiguous(ms: Mention[]): Plan | undefined {
  const byAlias = new Map<string, Mention[]>();
  for (const m of ms)
    if (m.kind !== 'INDUSTRY' && m.kind !== 'LINK')
      byAlias.set(`${m.kind}:${m.alias}`, [...(byAlias.get(`${m.kind}:${m.alias}`) ?? []), m]);
  const many = [...byAlias.values()].find((xs) => xs.length > 1);
  return many
    ? refuse('AMBIGUOUS', `「${many[0].alias}」对应多个：${many.map((m) => `${m.name}（${m.key}）`).join('、')}。请说全称或代码。`)
    : undefined;
}

/**
 * The offline grammar (问一问的意图规则): a question, in Simplified Chinese, and the names found in
 * it → one of the assistant's operations with its variables, or a refusal saying why. Pure: the
 * same question and names always give the same plan.
 */
export function planQuestion(q: string, ms: Mention[], ctx: PlanContext): Plan {
  if (RAW_QUERY.test(q))
    return refuse('RAW_QUERY', '问一问不执行用户写的 Cypher 或 GraphQL，只运行清单里的可信查询。请用中文描述想知道什么。');
  if (INJECTION.test(q)) return refuse('INJECTION', '这句话像是在要求改变问一问的规则，不予执行。问一问只回答招商图谱里的问题。');
  if (WRITE.test(q))
    return refuse('WRITE', '问一问只读，不会修改、删除或新增任何数据。写入请在招商台账（有权限的角色）中操作，并留有审计记录。');
  if (PERSONAL.test(q)) return refuse('PERSONAL', '问一问不提供个人联系方式等个人信息；人员的姓名与职务请在企业画像中查看（需相应权限）。');
  const amb = ambiguous(ms);
  if (amb) return amb;
  const firms = of(ms, 'ENTERPRISE');
  const links = of(ms, 'LINK');
  const parks = of(ms, 'PARK');
  const projects = of(ms, 'PROJECT');
  const industry = industryOf(ms);
  const n = countIn(q);

  // 如果…落地，会怎样 (what-if)
  if (has(q, /如果|假如|假设|要是|倘若|若是/) && has(q, /落地|引进|来|招来|入驻|签下|投产/)) {
    if (firms.length) return run('what_if', 'simulate_landing', { targets: unique(firms.map((f) => f.key)) }, firms);
    return refuse('NEEDS_NAME', '落地模拟需要说出企业名称（如「如果某某公司落地会怎样」）。');
  }
  // 招商组合 (portfolio)
  if (has(q, /组合|排兵布阵|选(几|哪几|\d+|[一两二三四五六七八九十]+)家|挑(几|\d+|[一两二三四五六七八九十]+)家|最优名单/)) {
    return run('portfolio', 'plan_portfolio', { industryCode: industry, count: Math.min(n ?? 5, 30), landBudgetMu: landIn(q) }, ms);
  }
  // 谁能引荐 (warm paths) for a named firm
  if (firms.length && has(q, /引荐|引薦|谁能介绍|介绍人|牵线|牵个线|搭桥|人脉|关系|认识|以商招商|联系|对接|商会|老乡|南安籍|渠道/)) {
    return run('warm_paths', 'warm_paths', { uscc: firms[0].key }, firms.slice(0, 1));
  }
  // 项目预评估
  if (projects.length && has(q, /评估|评分|打分|得分|值不值|能不能|否决|结论/)) {
    return run('assess', 'assess_project', { projectId: projects[0].key }, projects.slice(0, 1));
  }
  // 找谁 / 推荐 (ranking)
  if (
    has(
      q,
      /找谁|招谁|推荐|引进谁|该招|招哪|找哪|哪些企业可以|哪些企业能|谁能补|谁来补|补链|强链|延链|目标企业有哪些|招商对象|候选|引荐|可以招|能招|值得招|好企业/,
    )
  ) {
    const mode = has(q, /强链/) ? 'STRENGTHEN' : has(q, /延链/) ? 'EXTEND' : 'FILL';
    return run(
      'targets',
      'rank_targets',
      {
        industryCode: links.length ? undefined : industry,
        linkCodes: links.length ? unique(links.map((l) => l.key)) : undefined,
        mode,
        first: Math.min(n ?? 10, 20),
      },
      [...links, ...of(ms, 'INDUSTRY')],
    );
  }
  // 预警
  if (has(q, /预警|红灯|黄灯|亮灯|红色|黄色|逾期|滞后|拖期|风险项目|红黄绿/)) {
    return run('warnings', 'project_warnings', { on: ctx.dataThrough });
  }
  // 基金
  if (has(q, /基金|20亿|二十亿/)) return run('funds', 'funds', {});
  // 闲置土地
  if (has(q, /闲置|盘活|低效|1\.5万亩|一万五千亩|用地平衡|土地平衡|用地需求|批而未供/)) return run('land', 'land', {});
  // 项目推进 (pipeline)
  if (
    has(
      q,
      /签约|签了|签下|开工|投产|履约|进度|项目推进|百日攻坚|攻坚|任务|完成了多少|完成情况|推进情况|项目数|投资额|落地了多少|多少个项目|多少项目/,
    )
  ) {
    const p = periodIn(q, ctx);
    return run('pipeline', 'pipeline_stats', { from: p.from, to: p.to, industryCode: industry }, of(ms, 'INDUSTRY'));
  }
  // 园区的地：可供地最多的园区，或一个园区
  const landWords = /可供地|空地|厂房|土地|用地|落在哪|放哪|哪个园区|哪些园区/;
  if (!parks.length && !firms.length && has(q, landWords)) {
    return run('parks', 'parks', { industryCode: industry, standardized: has(q, /标准化/) ? true : undefined }, of(ms, 'INDUSTRY'));
  }
  // 概况：多少家目标企业、商会、协会、园区
  if (has(q, /多少|几家|几个|数量|总数|概况|规模/) && has(q, /目标企业|目标库|企业库|商会|协会|园区|招商概况/) && !parks.length) {
    return run('overview', 'overview', {});
  }
  if (has(q, /招商概况|总体情况|整体情况/)) return run('overview', 'overview', {});
  // 断在哪 (diagnosis)
  if (has(q, /断|缺|弱|短板|诊断|配套率|卡脖子|薄弱|哪些环节|环节.*(情况|怎样|怎么样)|体检|链.*(怎么样|怎样|情况)|强链环节|强项/)) {
    if (industry) return run('gaps', 'chain_gaps', { industryCode: industry }, [...of(ms, 'INDUSTRY'), ...links]);
    return run('gaps_overview', 'chain_overview', {});
  }
  // 园区
  if (parks.length) return run('park', 'park', { id: parks[0].key }, parks.slice(0, 1));
  if (!firms.length && has(q, /园区|载体/)) {
    return run('parks', 'parks', { industryCode: industry, standardized: has(q, /标准化/) ? true : undefined }, of(ms, 'INDUSTRY'));
  }
  // 搜一下 X
  const searched = /(?:搜索?|查找|找一下|查一下|搜一下)\s*[「“"]?([^「」“”"？?，,。]{1,30})/.exec(q)?.[1]?.trim();
  if (searched) return run('search', 'search', { text: searched, first: 10 });
  // A name alone: the firm, the link, the chain.
  if (firms.length) return run('enterprise', 'enterprise', { uscc: firms[0].key }, firms.slice(0, 1));
  if (links.length) return run('link', 'chain_link', { code: links[0].key }, links.slice(0, 1));
  if (industry) return run('gaps', 'chain_gaps', { industryCode: industry }, of(ms, 'INDUSTRY'));
  if (OFF_TOPIC.test(q)) return refuse('OUT_OF_SCOPE', '这个问题不在招商图谱的范围内。');
  return refuse('OUT_OF_SCOPE', '没有看懂这个问题，或它不在招商图谱的范围内。');
}

/** What the assistant can answer, offered when it cannot. */
export const SUGGESTIONS = [
  '新能源链断在哪？',
  '补异质结电池找谁？谁能引荐？',
  '百日攻坚签了多少？',
  '有多少家目标企业、多少个商会？',
  '如果某某公司落地，新能源链会怎样？',
  '标准化园区还有多少可供地？',
];

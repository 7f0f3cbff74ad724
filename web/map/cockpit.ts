/** The cockpit (驾驶舱): the period’s figures, the teams’ and towns’ boards, the lists behind them, the briefing. */
import { $, Json, api, esc, fail, headers, investorButton, num, pct, percent, state } from './page';

// ------------------------------------------------------------------ 驾驶舱

/** The period the picker names: the year of the latest signing, its last month, or the year's 百日攻坚 projects. */
export function periodFilter(): Json {
  const y = state.year;
  const which = $<HTMLSelectElement>('period').value;
  if (which === 'month') {
    const m = state.latestSigned.slice(0, 7) || `${y}-12`;
    const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();
    return { from: `${m}-01`, to: `${m}-${String(last).padStart(2, '0')}` };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31`, ...(which === 'campaign' ? { campaign100Days: true } : {}) };
}

/** A percent figure as the API gives it (0–100), to one decimal. */

/** A 红黑榜 table: lines ranked by signed amount, then count; the first three with signings 红榜, the last three 黑榜. */
export function board(title: string, what: string, lines: Json[]): string {
  const sorted = [...lines].sort((a, b) => b.signed.amountYi - a.signed.amountYi || b.signed.count - a.signed.count);
  const mark = (i: number): string => (i < 3 && sorted[i].signed.count > 0 ? '红榜' : i >= sorted.length - 3 ? '黑榜' : '');
  return `<h3>${esc(title)}</h3><table class="board" data-board="${esc(what)}"><thead><tr><th>名次</th><th>${esc(what)}</th><th>签约（个）</th><th>签约（亿元）</th><th>新履约</th><th>新开工</th><th></th></tr></thead><tbody>${sorted
    .map(
      (t, i) =>
        `<tr class="${mark(i) === '红榜' ? 'red-list' : mark(i) === '黑榜' ? 'black-list' : ''}"><td>${i + 1}</td><td>${esc(t.name)}</td><td>${esc(t.signed.count)}</td><td>${esc(num(t.signed.amountYi))}</td><td>${esc(t.performing.count)}</td><td>${esc(t.started.count)}</td><td>${mark(i)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** A rate as the cockpit shows it: its value, or 无基数 when no project was under contract before the period. */
export const rateText = (r: Json | undefined): string => (typeof r?.after === 'number' ? percent(r.after) : '无基数');
export const rateNote = (r: Json | undefined): string =>
  typeof r?.changePoints === 'number'
    ? `（${r.changePoints >= 0 ? '+' : ''}${num(r.changePoints)} 个百分点）`
    : typeof r?.after === 'number'
      ? ''
      : '期初前一日没有已签正式合同的项目';

export async function drawCockpit(): Promise<void> {
  const f = periodFilter();
  const s = (await api('PageCockpit', { f })).pipelineStats as Json;
  state.cockpit = s;
  const signed = (s.entered as Json[]).find((e) => e.stage === 'SIGNED') ?? { count: 0, amountYi: 0 };
  const talks = (s.byStage as Json[]).find((e) => e.stage === 'NEGOTIATING') ?? { count: 0 };
  const task = (name: string): Json | undefined => (s.task as Json[]).find((t) => t.name === name);
  const rate = (name: string): Json | undefined => (s.rates as Json[]).find((r) => r.name === name);
  // A share only against the task of what is shown (the city's, or the campaign's own when one is set).
  const share = (t: Json | undefined): string => (t && typeof t.share === 'number' ? `，完成任务 ${pct(t.share)}` : '');
  const kpi = (id: string, label: string, value: string, note: string): string =>
    `<button class="kpi" data-kpi="${esc(id)}"><span class="kpi-label">${esc(label)}</span><span class="kpi-value" id="kpi-${esc(id)}">${esc(value)}</span><span class="kpi-note">${esc(note)}</span></button>`;
  const w = s.warnings as Json;
  $('period-text').textContent = `${s.from} 至 ${s.to}${f.campaign100Days ? '（百日攻坚项目）' : ''}`;
  $('kpis').innerHTML = [
    kpi('signed', '签约项目', `${signed.count} 个`, `计划总投资 ${num(signed.amountYi)} 亿元${share(task('signedProjects'))}`),
    kpi(
      'amount',
      '签约金额',
      `${num(signed.amountYi)} 亿元`,
      typeof task('signedAmountYi')?.target === 'number'
        ? `任务 ${num(task('signedAmountYi')!.target, 0)} 亿元${share(task('signedAmountYi'))}`
        : (s.taskBasis as string),
    ),
    kpi(
      'big',
      '亿元以上项目',
      `${num(task('projectsOver1Yi')?.done, 0)} 个`,
      `其中 20 亿元以上 ${num(task('projectsOver20Yi')?.done, 0)} 个`,
    ),
    kpi('performing', '履约率', rateText(rate('PERFORMANCE')), rateNote(rate('PERFORMANCE'))),
    kpi('started', '开工率', rateText(rate('START')), rateNote(rate('START'))),
    kpi('talks', '在谈项目', `${talks.count} 个`, '对接阶段'),
    kpi('risk', '逾期风险', `${(s.atRisk as Json[]).length} 个`, `违约未结 ${(s.defaults as Json).open} 个`),
    kpi('warnings', '三色预警', `红 ${w.red} · 黄 ${w.amber}`, `绿 ${w.green}`),
  ].join('');
  $('period-text').textContent += `；任务口径：${s.taskBasis as string}`;
  // 比拼晾晒: teams and towns by what they signed in the period, the first three 红榜 and the last three 黑榜.
  $('board').innerHTML =
    board(
      '比拼晾晒（各招商队伍）',
      '队伍',
      (s.byTeam as Json[]).map((t) => ({ ...t, name: t.team.name })),
    ) +
    board(
      '比拼晾晒（各镇街，按项目所在园区）',
      '镇街',
      (s.byTown as Json[]).map((t) => ({ ...t, name: t.town.name })),
    );
  $('drill').innerHTML = '<p class="hint">点击上方指标查看明细。</p>';
}

/** The 招商通报 of the period on screen (its dates; the 百日攻坚 choice briefs on the whole year). */
export async function briefing(ext: string): Promise<void> {
  const f = periodFilter();
  const res = await fetch(`/export/briefing.${ext}?from=${encodeURIComponent(f.from as string)}&to=${encodeURIComponent(f.to as string)}`, {
    headers: headers(),
  });
  if (!res.ok) {
    $('drill').innerHTML = `<p class="error">通报生成失败（${esc(res.status)}）</p>`;
    return;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = `招商通报-${f.from as string}至${f.to as string}.${ext}`;
  a.click();
  URL.revokeObjectURL(a.href);
}

/** The list behind a figure of the cockpit. */
export async function drill(kpi: string): Promise<void> {
  const out = $('drill');
  const s = state.cockpit;
  if (!s) return;
  try {
    const f = periodFilter();
    const list = async (filter: Json, title: string): Promise<void> => {
      const d = await api('PageDrill', { f: filter });
      out.innerHTML = `<h3>${esc(title)}（${esc(d.projects.totalCount)} 个）</h3><ol class="drill-list">${(d.projects.edges as Json[])
        .map(
          ({ node: p }) =>
            `<li>${esc(p.name)} · ${esc(p.stageLabel)} · ${esc(num(p.amountYi))} 亿元${p.signedOn ? ` · ${esc(p.signedOn)}签约` : ''}${investorButton(p.investor)}</li>`,
        )
        .join('')}</ol>`;
    };
    const signedFilter = { signedFrom: f.from, signedTo: f.to, ...(f.campaign100Days ? { campaign100Days: true } : {}) };
    if (kpi === 'signed' || kpi === 'amount') await list(signedFilter, '期间签约项目');
    else if (kpi === 'big') await list({ ...signedFilter, amountMin: 1 }, '期间签约的亿元以上项目');
    else if (kpi === 'talks') await list({ stages: ['NEGOTIATING'] }, '在谈（对接）项目');
    else if (kpi === 'performing' || kpi === 'started') {
      const r = (s.rates as Json[]).find((x) => x.name === (kpi === 'performing' ? 'PERFORMANCE' : 'START'));
      out.innerHTML = `<h3>${esc(r?.label)}</h3><p>${esc(r?.definition)}</p><p>期初 ${esc(num(r?.before))}% → 期末 ${esc(num(r?.after))}%（基数 ${esc(r?.cohort)} 个项目）</p>`;
    } else if (kpi === 'risk' || kpi === 'warnings')
      out.innerHTML = `<h3>逾期风险项目（${(s.atRisk as Json[]).length} 个）</h3><ol class="drill-list">${(s.atRisk as Json[])
        .map(
          (p) =>
            `<li>${esc(p.name)} · ${esc(p.reason)}${investorButton(p.investorUscc ? { uscc: p.investorUscc, name: p.investorName } : null)}</li>`,
        )
        .join('')}</ol>`;
  } catch (e) {
    fail(out, e);
  }
}

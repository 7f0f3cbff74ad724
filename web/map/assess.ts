/** The 项目预评估 row: a pipeline project or a typed proposal, scored, drawn on the chain, reported. */
import { $, Json, api, esc, fail, headers, state } from './page';

// ------------------------------------------------------------------ 项目预评估

/** The chain's projects still to be judged (策划, 对接) and its links, for the assessment row. */
export async function fillAssessChoices(links: Json[]): Promise<void> {
  $('as-link').innerHTML = links.map((l) => `<option value="${esc(l.code)}">${esc(l.name)}</option>`).join('');
  try {
    const d = await api('PageAssessChoices', { c: state.industry });
    $('assess-project').innerHTML =
      '<option value="">（填写新申报）</option>' +
      (d.projects.edges as Json[]).map((e) => `<option value="${esc(e.node.id)}">${esc(e.node.name)}</option>`).join('');
  } catch {
    // A viewer may not list projects by chain with their terms; the proposal form still works.
  }
  $('assess-form').hidden = false;
}

export function assessInput(): Json {
  const projectId = $<HTMLSelectElement>('assess-project').value;
  if (projectId) return { projectId };
  const num = (id: string): number | undefined => {
    const v = $<HTMLInputElement>(id).value;
    return v === '' ? undefined : Number(v);
  };
  const investor = $<HTMLInputElement>('as-investor').value.trim();
  return {
    proposal: {
      name: $<HTMLInputElement>('as-name').value.trim() || '未命名申报项目',
      amountYi: num('as-amount'),
      landMu: num('as-land'),
      taxWan: num('as-tax'),
      linkCodes: [$<HTMLSelectElement>('as-link').value],
      ...(investor ? { newInvestor: { name: investor, factsSource: '地图页录入', factsOn: new Date().toISOString().slice(0, 10) } } : {}),
    },
  };
}

export async function assess(): Promise<void> {
  const out = $('result');
  try {
    const a = (await api('PageAssess', { input: assessInput() })).assessProject as Json;
    // On the chain: each link as it would be, ringed where it changes.
    for (const l of a.links as Json[]) {
      const node = state.cy?.$id(l.link.code as string);
      if (node && node.nonempty()) {
        node.data('status', l.after.status);
        node.toggleClass('changed', (l.changed as boolean) || (l.filled as boolean));
      }
    }
    state.cy?.style().update();
    const changed = (a.links as Json[]).filter((l) => l.filled || l.changed);
    const flagged = (a.vetoes as Json[]).filter((v) => v.status !== 'CLEAR');
    out.innerHTML = `<p id="assess-verdict" data-verdict="${esc(a.verdict)}"><b>项目预评估</b>：${esc(a.verdictLabel)}，${esc(a.score)} 分（${esc(a.band)}）；
        ${(a.sections as Json[]).map((s) => `${esc(s.label)} ${esc(s.points)}/${esc(s.weight)}`).join('，')}</p>
      <table class="parts"><thead><tr><th>评分项</th><th>得分</th><th>说明</th></tr></thead><tbody>
        ${(a.parts as Json[])
          .map(
            (p) =>
              `<tr><td>${esc(p.label)}</td><td>${esc(p.points)}/${esc(p.weight)}</td><td>${esc(p.reason)}${p.verified ? '' : '（需核实）'}</td></tr>`,
          )
          .join('')}
      </tbody></table>
      <p>否决项：${flagged.map((v) => `${esc(v.label)}（${v.status === 'TRIGGERED' ? '否决' : '需核实'}）`).join('，') || '无'}；
        环节：${changed.map((l) => `${esc(l.link.name)} ${esc(l.before.statusLabel)}→${esc(l.after.statusLabel)}`).join('，') || '无变化'}</p>
      ${(a.conditions as string[]).length ? `<ol class="conditions">${(a.conditions as string[]).map((c) => `<li>${esc(c)}</li>`).join('')}</ol>` : ''}
      ${a.project ? `<p>报告：<button data-report="docx">下载 Word</button> <button data-report="pdf">下载 PDF</button></p>` : ''}`;
    out.dataset.project = (a.project?.id as string | undefined) ?? '';
  } catch (e) {
    fail(out, e);
  }
}

export async function report(ext: string): Promise<void> {
  const id = $('result').dataset.project;
  if (!id) return;
  const res = await fetch(`/export/assessment/${encodeURIComponent(id)}.${ext}`, { headers: headers() });
  if (!res.ok) {
    $('result').insertAdjacentHTML('beforeend', `<p class="error">报告生成失败（${esc(res.status)}）</p>`);
    return;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = `项目预评估报告-${id}.${ext}`;
  a.click();
  URL.revokeObjectURL(a.href);
}

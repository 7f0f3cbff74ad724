/** 问一问: a question box whose answer links into the maps and the firm page (docs/ask.md). */
import { $, Json, api, esc, fail } from './page';

const KIND_ZH: Record<string, string> = { INDUSTRY: '产业链', LINK: '环节', ENTERPRISE: '企业', PARK: '园区', PROJECT: '项目' };

/** A cited node as a button: a firm opens its page, a chain or link the chain map, a park the park map. */
function citation(c: Json): string {
  const label = `${esc(KIND_ZH[c.kind as string] ?? c.kind)} · ${esc(c.name)}`;
  if (c.kind === 'ENTERPRISE') return `<button class="cite" data-firm="${esc(c.id)}">${label}</button>`;
  if (c.kind === 'PROJECT') return `<span class="cite">${label}（${esc(c.id)}）</span>`;
  if ((c.kind === 'LINK' || c.kind === 'INDUSTRY') && !c.chain) return `<span class="cite">${label}</span>`;
  return `<button class="cite" data-ask-open="${esc(c.kind)}" data-id="${esc(c.id)}" data-chain="${esc(c.chain ?? '')}">${label}</button>`;
}

/** Asks the service and shows the answer, what it rests on, and the trusted operation behind it. */
export async function ask(question: string): Promise<void> {
  const q = question.trim();
  if (!q) return;
  const dialog = $<HTMLDialogElement>('ask');
  const body = $('ask-body');
  $('ask-title').textContent = `问一问：${q}`;
  body.innerHTML = '<p class="hint">正在回答…</p>';
  if (!dialog.open) dialog.showModal();
  try {
    const a = (await api('PageAsk', { q })).ask as Json;
    const op = a.operation as Json | null;
    body.innerHTML = `
      ${(a.answer as string)
        .split('\n')
        .map((line) => `<p class="${a.answered ? 'answer' : 'hint'}">${esc(line)}</p>`)
        .join('')}
      ${(a.citations as Json[]).length ? `<h3>依据</h3><p class="cites">${(a.citations as Json[]).map(citation).join(' ')}</p>` : ''}
      ${
        (a.followUps as string[]).length
          ? `<h3>接着问</h3><p>${(a.followUps as string[]).map((f) => `<button class="follow" data-ask-q="${esc(f)}">${esc(f)}</button>`).join(' ')}</p>`
          : ''
      }
      ${
        op
          ? `<details class="operation"><summary>所运行的查询：${esc(op.name)}（${a.via === 'MODEL' ? '模型选择' : '离线规则'}）</summary>
             <p class="hint">可信查询编号 ${esc(op.documentId)}；变量</p><pre>${esc(JSON.stringify(op.variables, null, 1))}</pre>
             <pre>${esc(op.document)}</pre></details>`
          : ''
      }`;
  } catch (e) {
    fail(body, e);
  }
}

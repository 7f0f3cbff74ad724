/** A firm’s page (企业画像): who it is, its links, projects, follow-ups, warm paths and assessments. */
import { $, Json, ROLE_NOTE, api, esc, fail, num, state } from './page';

// ------------------------------------------------------------------ 企业画像
export const EVIDENCE_ZH: Record<string, string> = { STRONG: '强证据', MEDIUM: '中证据', WEAK: '弱证据' };

/** A firm's page: who it is, who runs it, what it makes, its projects, the team on it and how to reach it. */
export async function openFirm(uscc: string): Promise<void> {
  const dialog = $<HTMLDialogElement>('firm');
  const body = $('firm-body');
  // The last firm's name goes with its page: a reader (or a test) never sees one firm's title over another's loading.
  $('firm-title').textContent = '企业画像';
  body.innerHTML = '<p class="hint">加载中…</p>';
  if (!dialog.open) dialog.showModal();
  try {
    const [d, more] = await Promise.all([
      api('PageFirm', { u: uscc }),
      state.canRank ? api('PageFirmAnalyst', { u: uscc }).catch(() => null) : Promise.resolve(null),
    ]);
    const e = d.enterprise as Json | null;
    if (!e) {
      body.innerHTML = '<p class="error">库中没有该企业</p>';
      return;
    }
    $('firm-title').textContent = e.name as string;
    const tags = [
      e.isLocal ? '本地企业' : null,
      e.isTarget ? `招商目标${e.targetStatusLabel ? `（${e.targetStatusLabel as string}）` : ''}` : null,
      e.fortune500 ? '500强' : null,
      e.chainLeader ? '链主' : null,
      e.listed ? '上市' : null,
      e.specialized ? '专精特新' : null,
      e.highTech ? '高新技术企业' : null,
    ].filter((x): x is string => x !== null);
    const signals = [
      e.expansionPlan ? `扩产计划${e.expansionPlanOn ? `（${e.expansionPlanOn as string}）` : ''}` : null,
      e.recentFinancing ? `近期融资${e.recentFinancingOn ? `（${e.recentFinancingOn as string}）` : ''}` : null,
    ].filter((x): x is string => x !== null);
    const li = (xs: string[], none: string): string => (xs.length ? xs.map((x) => `<li>${x}</li>`).join('') : `<li>${esc(none)}</li>`);
    const follow = more?.enterprise as Json | undefined;
    body.innerHTML = `
      <p class="firm-basics">${esc(e.uscc)} · ${esc(e.city?.name ?? e.country?.name ?? '')} · 营收 ${esc(e.revenueYi ?? '未知')} 亿元</p>
      <p>${tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ') || '<span class="hint">无标签</span>'}</p>
      <h3>高管</h3><ul>${li(
        (e.executives as Json[]).map((x) => `${esc(x.person.name)} · ${esc(x.title)}`),
        '未记录',
      )}</ul>
      <h3>所在环节</h3><ul>${li(
        (e.links as Json[]).map(
          (l) =>
            `${esc(l.link.name)}（${esc(EVIDENCE_ZH[l.evidence as string] ?? l.evidence)}${l.products ? `：${esc(l.products)}` : ''}）`,
        ),
        '未记录',
      )}</ul>
      <h3>在南安的项目</h3><ul>${li(
        (e.projects as Json[]).map(
          (p) => `${esc(p.name)} · ${esc(p.stageLabel)} · ${esc(p.amountYi)} 亿元${p.signedOn ? ` · ${esc(p.signedOn)}签约` : ''}`,
        ),
        '无',
      )}</ul>
      <h3>意向信号</h3><ul>${li(signals.map(esc), '无')}</ul>
      ${
        follow
          ? `<h3>跟进</h3><ul>${li(
              (follow.assignments as Json[]).map(
                (a) => `${esc(a.team.name)}${a.owner ? ` · 负责人 ${esc(a.owner)}` : ''}${a.dueOn ? ` · 限 ${esc(a.dueOn)}` : ''}`,
              ),
              '无队伍跟进',
            )}</ul>
             <ol class="timeline">${(follow.followUps as Json[]).map((f) => `<li>${esc(f.on)} · ${esc(f.kindLabel)} · ${esc(f.by)}：${esc(f.notes)}${f.nextStep ? `（下一步：${esc(f.nextStep)}${f.nextOn ? `，${esc(f.nextOn)}` : ''}）` : ''}</li>`).join('') || '<li>无跟进记录</li>'}</ol>
             <h3>引荐路径</h3><ul>${li(
               ((more!.warmPaths as Json[]) ?? []).map((w) => esc(w.description)),
               '无',
             )}</ul>
             <h3>项目预评估</h3>${firmAssessments(follow.projects as Json[])}`
          : `<p class="hint">${esc(ROLE_NOTE)}</p>`
      }
      ${
        (e.possibleDuplicates as Json[]).length
          ? `<h3>疑似重复记录</h3><ul>${li(
              (e.possibleDuplicates as Json[]).map((p) => `${esc(p.enterprise.name)}（${esc((p.reasonLabels as string[]).join('、'))}）`),
              '',
            )}</ul>`
          : ''
      }`;
  } catch (err) {
    fail(body, err);
  }
}

/** A firm's projects with the 领导小组's decisions on them, and a button to assess those still to be judged. */
export function firmAssessments(projects: Json[]): string {
  if (!projects.length) return '<p class="hint">无项目</p>';
  return `<ul class="firm-assessments">${projects
    .map((p) => {
      const decided = (p.assessments as Json[])
        .map(
          (a) =>
            `${esc(a.decidedOn)} 决定${esc(a.verdictLabel)}（模型 ${esc(num(a.modelScore))} 分${
              typeof a.expertMedian === 'number' ? `，专家中位数 ${esc(num(a.expertMedian))} 分（${esc(a.reviews)} 份）` : ''
            }）`,
        )
        .join('；');
      const open = p.stage === 'PLANNED' || p.stage === 'NEGOTIATING';
      return `<li>${esc(p.name)} · ${esc(p.stageLabel)}：${decided || '未作评估决定'}
        ${open ? `<button class="link-button" data-assess-firm-project="${esc(p.id)}">现在预评估</button><span class="firm-assess-out"></span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

/** Assesses one project from the firm's page and writes the verdict beside its button. */
export async function assessFromFirm(button: HTMLButtonElement): Promise<void> {
  const out = button.nextElementSibling as HTMLElement;
  out.textContent = ' 评估中…';
  try {
    const a = (
      await api('PageFirmAssess', {
        i: { projectId: button.dataset.assessFirmProject },
      })
    ).assessProject as Json;
    out.textContent = ` ${a.verdictLabel as string}，${num(a.score)} 分（${a.band as string}）${(a.conditions as string[]).length ? `，附 ${(a.conditions as string[]).length} 项条件` : ''}`;
  } catch (e) {
    fail(out, e);
  }
}

import { gapChanges, GapChangeKind, LinkGap, LinkStatus } from '../../../src/domain/gaps.model';
import { targetMoves } from '../../../src/modules/changes/changes.model';

/** Only what gapChanges reads: the link's code, its chain and its status. */
const gap = (code: string, status: LinkStatus, industryCode = 'NE'): LinkGap =>
  ({ metrics: { code, industryCode }, status }) as unknown as LinkGap;

describe('gapChanges (缺口变化)', () => {
  it('names each moved link by how it moved, closed first, and leaves unmoved links out', () => {
    const before = [
      gap('A', LinkStatus.BROKEN),
      gap('B', LinkStatus.FILLING),
      gap('C', LinkStatus.MISSING),
      gap('D', LinkStatus.STRONG),
      gap('E', LinkStatus.WEAK),
      gap('F', LinkStatus.ADEQUATE),
      gap('G', LinkStatus.BROKEN, 'IC'),
    ];
    const after = [
      gap('A', LinkStatus.FILLING), // an open gap being filled
      gap('B', LinkStatus.ADEQUATE), // filled: closed
      gap('C', LinkStatus.MISSING), // unchanged
      gap('D', LinkStatus.WEAK), // a new gap
      gap('E', LinkStatus.BROKEN), // a gap of another kind
      gap('F', LinkStatus.STRONG), // not a gap either day
      gap('G', LinkStatus.STRONG, 'IC'), // closed, another chain
    ];
    expect(gapChanges(before, after).map((c) => [c.after.metrics.code, c.kind])).toEqual([
      ['G', GapChangeKind.CLOSED], // IC before NE
      ['B', GapChangeKind.CLOSED],
      ['A', GapChangeKind.FILLING],
      ['D', GapChangeKind.OPENED],
      ['E', GapChangeKind.OTHER],
      ['F', GapChangeKind.OTHER],
    ]);
  });
});

describe('targetMoves (推荐名单变化)', () => {
  const r = (uscc: string, rank: number, score = 100 - rank): { uscc: string; rank: number; score: number } => ({ uscc, rank, score });

  it('gives the top 3 at the end with their moves, then those that left it', () => {
    // Before: a b c d e. After: c a f b (d signed and is gone; e is still ranked, 5th).
    const before = [r('a', 1), r('b', 2), r('c', 3), r('d', 4), r('e', 5)];
    const after = [r('c', 1), r('a', 2), r('f', 3), r('b', 4), r('e', 5)];
    expect(targetMoves(before, after, 3).map((m) => [m.uscc, m.rankBefore, m.rankAfter, m.moveLabel])).toEqual([
      ['c', 3, 1, '上升2位'],
      ['a', 1, 2, '下降1位'],
      ['f', null, 3, '新入选，列第3'],
      ['b', 2, 4, '跌出前3（现第4）'],
    ]);
    // d was 4th: outside the top 3 before, so not listed; a firm from 4th into the top is "新进".
    expect(targetMoves(before, [r('d', 1)], 3)[0].moveLabel).toBe('新进前3（原第4）');
    expect(targetMoves([r('x', 1)], [], 3)).toEqual([
      { uscc: 'x', rankBefore: 1, rankAfter: null, scoreBefore: 99, scoreAfter: null, moveLabel: '不再推荐（已进入项目库或出库）' },
    ]);
    expect(targetMoves([r('x', 1)], [r('x', 1)], 3)[0].moveLabel).toBe('名次不变');
  });
});

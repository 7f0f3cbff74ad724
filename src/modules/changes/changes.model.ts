/** How the top of the ranking moved between two days (推荐名单变化), pure. */
export interface RankedAt {
  uscc: string;
  rank: number;
  score: number;
}
export interface Move {
  uscc: string;
  rankBefore: number | null;
  rankAfter: number | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  moveLabel: string;
}

/**
 * The firms in the top `n` on either day: those in it at the end by their rank then, each with how it
 * moved; then those that left it, by their rank at the start. A firm no longer ranked at all has signed
 * or left the library (the ranking leaves out firms already in the pipeline).
 */
export function targetMoves(before: RankedAt[], after: RankedAt[], n: number): Move[] {
  const was = new Map(before.map((r) => [r.uscc, r]));
  const now = new Map(after.map((r) => [r.uscc, r]));
  const stayed = after
    .filter((r) => r.rank <= n)
    .map((a): Move => {
      const b = was.get(a.uscc);
      const moveLabel = !b
        ? `新入选，列第${a.rank}`
        : b.rank > n
          ? `新进前${n}（原第${b.rank}）`
          : b.rank > a.rank
            ? `上升${b.rank - a.rank}位`
            : b.rank < a.rank
              ? `下降${a.rank - b.rank}位`
              : '名次不变';
      return {
        uscc: a.uscc,
        rankBefore: b?.rank ?? null,
        rankAfter: a.rank,
        scoreBefore: b?.score ?? null,
        scoreAfter: a.score,
        moveLabel,
      };
    });
  const left = before
    .filter((b) => b.rank <= n && !(now.get(b.uscc)?.rank !== undefined && now.get(b.uscc)!.rank <= n))
    .map((b): Move => {
      const a = now.get(b.uscc);
      return {
        uscc: b.uscc,
        rankBefore: b.rank,
        rankAfter: a?.rank ?? null,
        scoreBefore: b.score,
        scoreAfter: a?.score ?? null,
        moveLabel: a ? `跌出前${n}（现第${a.rank}）` : '不再推荐（已进入项目库或出库）',
      };
    });
  return [...stayed, ...left];
}

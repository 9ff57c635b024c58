import { NEGLIGIBLE_SHARE, type Round } from './rounds';

// Apart from rounds.ts, which the first script holds: only the rounds view's controls ask this.

/** How many rounds, from the first, carry money: none when nothing is put in, else the first (what was put in) and those after it with money. */
export function roundsWithMoney(rounds: readonly Round[]): number {
  if (!((rounds[0]?.entering ?? 0) > 0)) return 0;
  const negligible = rounds[0]!.entering * NEGLIGIBLE_SHARE;
  const empty = rounds.findIndex((round, k) => k > 0 && !(round.entering > negligible));
  return empty < 0 ? rounds.length : empty;
}

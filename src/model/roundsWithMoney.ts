import { NEGLIGIBLE_SHARE, type Round } from './rounds';

// Apart from rounds.ts, which the first script holds: only the rounds view's controls ask this.

/** How many rounds, from the first, carry money (the first always does: it is what was put in). */
export function roundsWithMoney(rounds: readonly Round[]): number {
  const negligible = (rounds[0]?.entering ?? 0) * NEGLIGIBLE_SHARE;
  const empty = rounds.findIndex((round, k) => k > 0 && !(round.entering > negligible));
  return empty < 0 ? rounds.length : empty;
}

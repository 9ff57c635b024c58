/** Memoised functions that share one `keep`: what each last answered with is kept beside what each last made. */
export interface MemoSteps {
  /** `fn`, answering from the last entry it made, or from the one kept, while the arguments are the same (by identity). */
  memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  /** Keeps, for every function made by `memo`, the entry its last call answered with, until `keep` is called again. */
  keep(): void;
}

export function memoSteps(): MemoSteps {
  const keeps: (() => void)[] = [];
  return {
    memo<A extends unknown[], R>(fn: (...args: A) => R) {
      type Entry = { args: A; value: R };
      let last: Entry | undefined;
      let kept: Entry | undefined;
      // What the last call answered with: kept by `keep` (the chart then put on screen, see ChartDeriver).
      let used: Entry | undefined;
      const same = (entry: Entry | undefined, args: A): entry is Entry =>
        entry !== undefined && entry.args.every((arg, i) => Object.is(arg, args[i]));
      keeps.push(() => void (kept = used));
      return (...args: A) => {
        if (same(last, args)) used = last;
        else if (same(kept, args)) used = kept;
        else used = last = { args, value: fn(...args) };
        return used.value;
      };
    },
    keep: () => keeps.forEach((keep) => keep()),
  };
}

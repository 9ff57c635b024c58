import { factorLU, solveLU } from './lu';

/**
 * A network of obligations to clear. Each entity owes `due` in total and holds `outside` assets
 * (cash, or money that does not depend on anyone paying an obligation). What an entity pays is
 * shared among its creditors in proportion to what it owes them; `spread` says how much each unit
 * it pays adds to each entity's assets (for a plain liability network: its share of the payer's
 * obligations; less than that when part of a receipt is spent before obligations are paid).
 */
export interface ClearingNetwork {
  due: Float64Array;
  outside: Float64Array;
  /** Payer j's receivers are targets[offsets[j]..offsets[j+1]), each unit paid adding weights[·] to the receiver's assets. */
  spread: { offsets: Int32Array; targets: Int32Array; weights: Float64Array };
}

/**
 * Rogers and Veraart (2013) default costs: a defaulting entity realises only α of its outside
 * assets and β of what it receives. 1 and 1 is Eisenberg and Noe (2001), no cost.
 */
export interface DefaultCosts {
  alpha: number;
  beta: number;
}

export const NO_DEFAULT_COSTS: DefaultCosts = { alpha: 1, beta: 1 };

export interface Clearing {
  /** What each entity pays in total (the clearing vector p). */
  paid: Float64Array;
  /** What it owes and does not pay: due − paid. */
  shortfall: Float64Array;
  /** What it receives from others' payments (Σ spread weight × paid). */
  received: Float64Array;
  /** Lost to default costs: (1 − α)·outside + (1 − β)·received for an entity that defaults, else 0. */
  lost: Float64Array;
  /** Left after paying: outside + received − paid − lost (its equity), never negative. */
  kept: Float64Array;
  /** The round of the cascade each entity defaults in: 1 with everyone else paying in full, 2 because of round 1's defaults…; 0 if it pays in full. */
  round: Int32Array;
  /** How many rounds had defaults (0 when everyone pays). */
  rounds: number;
}

/**
 * Below this shortfall an entity counts as paying in full: floating-point noise in the sums of
 * what it receives must not make a company that exactly covers its bills "default".
 */
const SOLVENCY_TOLERANCE = 1e-12;

/**
 * The greatest clearing vector p = min(p̄, max(0, Πᵀp + e)) by Eisenberg and Noe's fictitious
 * default algorithm, with Rogers and Veraart's default costs (their greatest-clearing-vector
 * algorithm, which is the fictitious default algorithm when α = β = 1). Round k assumes the
 * defaulters found so far pay all they have, everyone else pays in full, and finds who then
 * cannot pay; the set of defaulters only grows, so there are at most n rounds.
 */
export function clearNetwork(network: ClearingNetwork, costs: DefaultCosts = NO_DEFAULT_COSTS): Clearing {
  const { due, outside } = network;
  const n = due.length;
  const alpha = clampUnit(costs.alpha);
  const beta = clampUnit(costs.beta);
  const paid = Float64Array.from(due);
  const round = new Int32Array(n);
  let rounds = 0;
  let payers: Payers | undefined;
  for (let k = 1; k <= n; k++) {
    const received = receive(network, paid);
    const defaulters: number[] = [];
    for (let i = 0; i < n; i++) {
      if (round[i] === 0 && isShort(outside[i]! + received[i]!, due[i]!)) defaulters.push(i);
    }
    if (defaulters.length === 0) break;
    for (const i of defaulters) round[i] = k;
    rounds = k;
    payers ??= payersOf(network);
    payAllTheyHave(network, payers, paid, round, alpha, beta);
  }
  const received = receive(network, paid);
  const shortfall = new Float64Array(n);
  const lost = new Float64Array(n);
  const kept = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    shortfall[i] = due[i]! - paid[i]!;
    if (round[i]! > 0) lost[i] = (1 - alpha) * outside[i]! + (1 - beta) * received[i]!;
    kept[i] = Math.max(0, outside[i]! + received[i]! - paid[i]! - lost[i]!);
  }
  return { paid, shortfall, received, lost, kept, round, rounds };
}

/** A plain liability network: obligations between n entities, each entity's outside assets. */
export function liabilityNetwork(
  n: number,
  obligations: readonly { from: number; to: number; amount: number }[],
  outside: ArrayLike<number>,
): ClearingNetwork {
  const due = new Float64Array(n);
  for (const o of obligations) due[o.from]! += o.amount;
  const byPayer = Array.from({ length: n }, () => new Map<number, number>());
  for (const o of obligations) {
    if (o.amount > 0) byPayer[o.from]!.set(o.to, (byPayer[o.from]!.get(o.to) ?? 0) + o.amount / due[o.from]!);
  }
  return { due, outside: Float64Array.from(outside), spread: spreadOf(byPayer) };
}

/** Compressed rows from one map per payer of receiver → weight. */
export function spreadOf(byPayer: readonly Map<number, number>[]): ClearingNetwork['spread'] {
  const offsets = new Int32Array(byPayer.length + 1);
  byPayer.forEach((row, j) => (offsets[j + 1] = offsets[j]! + row.size));
  const targets = new Int32Array(offsets[byPayer.length]!);
  const weights = new Float64Array(targets.length);
  byPayer.forEach((row, j) => {
    let at = offsets[j]!;
    for (const [i, w] of row) {
      targets[at] = i;
      weights[at++] = w;
    }
  });
  return { offsets, targets, weights };
}

/** Πᵀp: what each entity receives when each pays `paid`. */
export function receive({ spread }: ClearingNetwork, paid: Float64Array): Float64Array {
  const received = new Float64Array(paid.length);
  for (let j = 0; j < paid.length; j++) {
    const p = paid[j]!;
    if (p === 0) continue;
    for (let at = spread.offsets[j]!; at < spread.offsets[j + 1]!; at++) received[spread.targets[at]!]! += spread.weights[at]! * p;
  }
  return received;
}

export function isShort(assets: number, due: number): boolean {
  return due > 0 && assets < due - SOLVENCY_TOLERANCE * Math.max(1, due);
}

/** The spread by receiver: receiver i's payers are sources[offsets[i]..offsets[i+1]), each unit paid adding weights[·] to i's assets. */
interface Payers {
  offsets: Int32Array;
  sources: Int32Array;
  weights: Float64Array;
}

function payersOf({ spread, due }: ClearingNetwork): Payers {
  const n = due.length;
  const offsets = new Int32Array(n + 1);
  for (const i of spread.targets) offsets[i + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const next = offsets.slice(0, n);
  const sources = new Int32Array(spread.targets.length);
  const weights = new Float64Array(spread.targets.length);
  for (let j = 0; j < n; j++) {
    for (let at = spread.offsets[j]!; at < spread.offsets[j + 1]!; at++) {
      const to = next[spread.targets[at]!]!++;
      sources[to] = j;
      weights[to] = spread.weights[at]!;
    }
  }
  return { offsets, sources, weights };
}

/**
 * Solves the defaulters' payments with everyone else paying in full: for each defaulter i,
 * p_i = α e_i + β Σ_j w_ji p_j. First by sweeps over the sparse spread; where they settle too
 * slowly, exactly by LU; where that system is singular (defaulters that only pay one another and
 * receive nothing else), by iterating down from the current payments, which converges to the
 * greatest solution below them.
 */
function payAllTheyHave(
  network: ClearingNetwork,
  payers: Payers,
  paid: Float64Array,
  round: Int32Array,
  alpha: number,
  beta: number,
): void {
  const { due, outside, spread } = network;
  const n = due.length;
  const index = new Int32Array(n).fill(-1);
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (round[i]! > 0) index[i] = members.push(i) - 1;
  if (settleBySweeps(network, payers, paid, members, index, alpha, beta)) return;
  const m = members.length;
  const matrix = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  members.forEach((i, r) => {
    matrix[r * m + r] = 1;
    rhs[r] = alpha * outside[i]!;
  });
  for (let j = 0; j < n; j++) {
    for (let at = spread.offsets[j]!; at < spread.offsets[j + 1]!; at++) {
      const r = index[spread.targets[at]!]!;
      if (r < 0) continue;
      const w = beta * spread.weights[at]!;
      if (index[j]! >= 0) matrix[r * m + index[j]!]! -= w;
      else rhs[r]! += w * paid[j]!;
    }
  }
  const lu = factorLU(matrix, m);
  const solved = lu && solveLU(lu, rhs);
  if (solved && solved.every((x) => x > -1e-9)) {
    members.forEach((i, r) => (paid[i] = Math.min(due[i]!, Math.max(0, solved[r]!))));
    return;
  }
  iterateDown(network, paid, members, alpha, beta);
}

/** Sweeps before the exact solve takes over: a few where defaulters pay one another little (each sweep costs what the spread holds, twice). */
const MAX_SWEEPS = 64;
/** Settled: the payments from above and from below are this close, relative to what each owes (or to 1). */
const SETTLED = 1e-14;

/**
 * The defaulters' payments by Gauss–Seidel sweeps of p_i = min(p̄_i, α e_i + β Σ_j w_ji p_j), from
 * both sides at once: down from the current payments (at or above the solution: a defaulter pays no
 * more with more defaulters), and up from 0. The map is monotone, so each side stays on its side of
 * every solution, and once the two are within SETTLED the payments from above are the greatest
 * solution to that, whatever the rate at which the sweeps close in. A dense LU costs the cube of the
 * defaulters (hundreds in a large dataset's cascade, each paying a few dozen others); a sweep costs
 * only the spread. False if the sides have not met within MAX_SWEEPS (a loop of defaulters that pass
 * on almost all they receive, or that only pay one another, where they never meet): the exact
 * solve takes over (LU, which does not read the members' payments; or the iteration down from them,
 * which the sweeps only brought closer).
 */
function settleBySweeps(
  network: ClearingNetwork,
  payers: Payers,
  paid: Float64Array,
  members: readonly number[],
  index: Int32Array,
  alpha: number,
  beta: number,
): boolean {
  const { due, outside } = network;
  const { offsets, sources, weights } = payers;
  const below = new Float64Array(members.length);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let gap = 0;
    members.forEach((i, r) => {
      let fromAbove = 0;
      let fromBelow = 0;
      for (let at = offsets[i]!; at < offsets[i + 1]!; at++) {
        const j = sources[at]!;
        const k = index[j]!;
        fromAbove += weights[at]! * paid[j]!;
        // Everyone else pays in full on both sides.
        fromBelow += weights[at]! * (k >= 0 ? below[k]! : paid[j]!);
      }
      paid[i] = Math.min(due[i]!, alpha * outside[i]! + beta * fromAbove);
      below[r] = Math.min(due[i]!, alpha * outside[i]! + beta * fromBelow);
      gap = Math.max(gap, (paid[i]! - below[r]!) / Math.max(1, due[i]!));
    });
    if (gap < SETTLED) return true;
  }
  return false;
}

function iterateDown(network: ClearingNetwork, paid: Float64Array, members: number[], alpha: number, beta: number): void {
  for (let step = 0; step < 100_000; step++) {
    const received = receive(network, paid);
    let change = 0;
    for (const i of members) {
      const next = Math.min(network.due[i]!, alpha * network.outside[i]! + beta * received[i]!);
      change = Math.max(change, Math.abs(next - paid[i]!) / Math.max(1, network.due[i]!));
      paid[i] = next;
    }
    if (change < 1e-15) return;
  }
}

function clampUnit(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}

import { factorLU, solveLU, type LU } from './lu';
import { scratch } from './scratch';
import type { Structure } from './structure';

/**
 * Pushes the money in `x` along the forward flows, in topological order, so that afterwards x holds
 * each entity's inflow from one pass. Back flows are not followed. `x` holds `width` independent
 * amounts per entity (x[e * width + j]), so many injections (one per origin, one per port) share a
 * single walk over the graph.
 */
export function propagateForward(s: Structure, shares: Float64Array, x: Float64Array, width = 1): void {
  const { topoOrder, forwardOut, flowTo } = s;
  const { offsets, edges } = forwardOut;
  for (let i = 0; i < topoOrder.length; i++) {
    const e = topoOrder[i] as number;
    const start = offsets[e] as number;
    const end = offsets[e + 1] as number;
    if (start === end) continue;
    const from = e * width;
    let moving = false;
    for (let j = 0; j < width && !moving; j++) moving = x[from + j] !== 0;
    if (!moving) continue;
    for (let k = start; k < end; k++) {
      const f = edges[k] as number;
      const share = shares[f] as number;
      if (share === 0) continue;
      const to = (flowTo[f] as number) * width;
      for (let j = 0; j < width; j++) x[to + j]! += (x[from + j] as number) * share;
    }
  }
}

/**
 * The reverse of propagateForward: afterwards x[e] holds how much of a dollar of inflow at e
 * reaches, over forward flows, whatever x held it for at the start (a 1 at an entity's own column
 * asks "how much reaches this entity"). Also `width` columns per entity.
 */
export function propagateBackward(s: Structure, shares: Float64Array, x: Float64Array, width = 1): void {
  const { topoOrder, forwardOut, flowTo } = s;
  const { offsets, edges } = forwardOut;
  for (let i = topoOrder.length - 1; i >= 0; i--) {
    const e = topoOrder[i] as number;
    const start = offsets[e] as number;
    const end = offsets[e + 1] as number;
    const into = e * width;
    for (let k = start; k < end; k++) {
      const f = edges[k] as number;
      const share = shares[f] as number;
      if (share === 0) continue;
      const from = (flowTo[f] as number) * width;
      for (let j = 0; j < width; j++) x[into + j]! += (x[from + j] as number) * share;
    }
  }
}

/**
 * The loop reduced to a few entities ("ports"), whichever side of the back flows has fewer: where
 * back flows land (entries) or the entities that send them (exits). Money entering port p flows
 * forward, and M[q][p] of it reaches port q on the next pass, so the closed loop is the small
 * linear system (I − M) y = r. The two choices share every non-zero eigenvalue, so the gain is the
 * same; the smaller one makes the factorisation (cubic in the number of ports) cheaper.
 */
export interface PortSystem {
  /** 'entry': y is what back flows bring each port over all passes; 'exit': y is each port's inflow. */
  side: 'entry' | 'exit';
  ports: Int32Array;
  /** Index in `ports` of each entity, or -1 for entities that are not ports. */
  portOf: Int32Array;
  lu: LU | undefined;
  /** Per-pass return ratio: the spectral radius of M. */
  readonly gain: number;
  /** True when every dollar eventually leaves the loop (gain < 1), so totals are finite. */
  convergent: boolean;
}

export function buildPortSystem(
  s: Structure,
  shares: Float64Array,
  options: { gain?: boolean; side?: PortSystem['side'] } = {},
): PortSystem {
  const live = s.backEdges.filter((b) => (shares[b] as number) > 0);
  const entries = indexEntities(
    s.entityCount,
    live.map((b) => s.flowTo[b] as number),
  );
  const exits = indexEntities(
    s.entityCount,
    live.map((b) => s.flowFrom[b] as number),
  );
  const side = options.side ?? (exits.list.length < entries.list.length ? 'exit' : 'entry');
  const { list: ports, indexOf: portOf } = side === 'exit' ? exits : entries;
  const k = ports.length;
  if (k === 0) return { side, ports, portOf, lu: undefined, gain: 0, convergent: true };

  // Entry side: a dollar into each entry pushed forward, so reach[e * k + p] is what port p brings
  // to entity e. Exit side: pushed backward from each exit, so reach[e * k + q] is how much of a
  // dollar at e reaches port q. Either is one batched pass over the graph.
  const reach = scratch('ports', s.entityCount * k);
  ports.forEach((entity, port) => (reach[entity * k + port] = 1));
  (side === 'entry' ? propagateForward : propagateBackward)(s, shares, reach, k);
  const returns = new Float64Array(k * k); // M, row-major: returns[q * k + p]
  for (const b of live) {
    const share = shares[b] as number;
    if (side === 'entry') {
      // What enters at port p and leaves by b comes back in at b's target.
      const q = portOf[s.flowTo[b] as number] as number;
      const from = (s.flowFrom[b] as number) * k;
      for (let p = 0; p < k; p++) returns[q * k + p]! += (reach[from + p] as number) * share;
    } else {
      // What port p sends out by b re-enters at b's target and reaches every exit q from there.
      const p = portOf[s.flowFrom[b] as number] as number;
      const to = (s.flowTo[b] as number) * k;
      for (let q = 0; q < k; q++) returns[q * k + p]! += (reach[to + q] as number) * share;
    }
  }
  const identityMinus = new Float64Array(k * k);
  for (let i = 0; i < k * k; i++) identityMinus[i] = -(returns[i] as number);
  for (let i = 0; i < k; i++) identityMinus[i * k + i]! += 1;
  const lu = factorLU(identityMinus, k);
  // For a non-negative M, (I − M) y = 1 has a positive solution exactly when the spectral radius is below 1.
  const probe = lu && solveLU(lu, new Float64Array(k).fill(1));
  const convergent = probe !== undefined && probe.every((y) => y > 0 && Number.isFinite(y));
  // The gain is for display only (the probe decides convergence), and a power iteration over M: it
  // is found when first read, not on every share slider's step (0.4 ms of a step at 500 / 2,500,
  // where the side panel reads it ten times a second at most, see usePacedDuringDrag).
  let gain: number | undefined;
  return {
    side,
    ports,
    portOf,
    lu,
    get gain() {
      if (gain === undefined) {
        // The sub-loop without reinvestment needs no gain of its own: the full loop's decides convergence.
        const radius = options.gain === false ? 0 : spectralRadius(returns, k);
        // The probe is exact; keep the displayed estimate on the same side of 1 as the verdict.
        gain = convergent ? Math.min(radius, 1 - 1e-12) : Math.max(1, radius);
      }
      return gain;
    },
    convergent,
  };
}

/** Distinct entities in order of first appearance, and each entity's index among them (or -1). */
function indexEntities(entityCount: number, entities: number[]): { list: Int32Array; indexOf: Int32Array } {
  const indexOf = new Int32Array(entityCount).fill(-1);
  const list: number[] = [];
  for (const e of entities) if (indexOf[e] === -1) indexOf[e] = list.push(e) - 1;
  return { list: Int32Array.from(list), indexOf };
}

/**
 * Inflow of every entity with the loop closed, for injections `inject` (not modified), which holds
 * `width` independent injections per entity as in propagateForward. Written into `into` when given
 * (as long as `inject`).
 */
export function solveClosedLoop(
  s: Structure,
  shares: Float64Array,
  system: PortSystem,
  inject: Float64Array,
  width = 1,
  into?: Float64Array,
): Float64Array {
  const x = into ?? new Float64Array(inject.length);
  x.set(inject);
  propagateForward(s, shares, x, width);
  const { ports, portOf, lu, side } = system;
  const k = ports.length;
  if (k === 0 || !lu) return x;
  // Right-hand side from the first pass: what back flows bring each entry, or each exit's inflow.
  const first = scratch('first', k * width);
  if (side === 'exit') {
    ports.forEach((port, q) => first.set(x.subarray(port * width, (port + 1) * width), q * width));
  } else {
    for (const b of s.backEdges) {
      const q = portOf[s.flowTo[b] as number] as number;
      const share = shares[b] as number;
      if (q < 0 || share === 0) continue;
      const from = (s.flowFrom[b] as number) * width;
      for (let j = 0; j < width; j++) first[q * width + j]! += (x[from + j] as number) * share;
    }
  }
  const y = solveLU(lu, first, width, first);
  if (!y) return x;
  // Propagation is linear: inject what back flows bring over all later passes and push it once more.
  const later = scratch('later', x.length);
  if (side === 'exit') {
    for (const b of s.backEdges) {
      const p = portOf[s.flowFrom[b] as number] as number;
      const share = shares[b] as number;
      if (p < 0 || share === 0) continue;
      const to = (s.flowTo[b] as number) * width;
      for (let j = 0; j < width; j++) later[to + j]! += (y[p * width + j] as number) * share;
    }
  } else {
    ports.forEach((port, q) => later.set(y.subarray(q * width, (q + 1) * width), port * width));
  }
  propagateForward(s, shares, later, width);
  for (let i = 0; i < x.length; i++) x[i]! += later[i] as number;
  return x;
}

/**
 * Largest eigenvalue of a non-negative k×k matrix (row-major), for display: power iteration over
 * its non-zero entries. Period-2 loops make successive estimates alternate; their geometric mean
 * is then the answer. Convergence itself is decided exactly elsewhere (by the LU probe).
 */
export function spectralRadius(m: Float64Array, k: number): number {
  let nonZero = 0;
  for (let i = 0; i < m.length; i++) if (m[i] !== 0) nonZero++;
  if (nonZero === 0) return 0;
  const rows = new Int32Array(nonZero);
  const cols = new Int32Array(nonZero);
  const vals = new Float64Array(nonZero);
  for (let i = 0, n = 0; i < m.length; i++) {
    if (m[i] === 0) continue;
    rows[n] = Math.floor(i / k);
    cols[n] = i % k;
    vals[n++] = m[i] as number;
  }
  let v = new Float64Array(k).fill(1);
  let w = new Float64Array(k);
  let previous = 0;
  let estimate = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    w.fill(0);
    for (let n = 0; n < nonZero; n++) w[rows[n] as number]! += (vals[n] as number) * (v[cols[n] as number] as number);
    let norm = 0;
    for (let i = 0; i < k; i++) norm = Math.max(norm, w[i] as number);
    if (!(norm > 0)) return 0;
    if (!Number.isFinite(norm)) return Infinity;
    for (let i = 0; i < k; i++) w[i]! /= norm;
    [v, w] = [w, v];
    const settled = Math.abs(norm - estimate) <= 1e-9 * norm;
    const alternating = iteration > 2 && Math.abs(norm - previous) <= 1e-9 * norm;
    if (settled) return norm;
    if (alternating) return Math.sqrt(norm * estimate);
    previous = estimate;
    estimate = norm;
  }
  return Math.sqrt(previous * estimate);
}

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
 * The loop reduced to the entities where back flows land ("ports"): money entering port p flows
 * forward, and M[q][p] of it comes back to port q on the next pass. The closed loop is then the
 * small linear system (I − M) y = r.
 */
export interface PortSystem {
  ports: Int32Array;
  /** Index in `ports` of each entity, or -1 for entities that are not ports. */
  portOf: Int32Array;
  lu: LU | undefined;
  /** Per-pass return ratio: the spectral radius of M. */
  gain: number;
  /** True when every dollar eventually leaves the loop (gain < 1), so totals are finite. */
  convergent: boolean;
}

export function buildPortSystem(s: Structure, shares: Float64Array, options: { gain?: boolean } = {}): PortSystem {
  const portOf = new Int32Array(s.entityCount).fill(-1);
  const portList: number[] = [];
  const live = s.backEdges.filter((b) => (shares[b] as number) > 0);
  for (const b of live) {
    const target = s.flowTo[b] as number;
    if (portOf[target] === -1) portOf[target] = portList.push(target) - 1;
  }
  const ports = Int32Array.from(portList);
  const k = ports.length;
  if (k === 0) return { ports, portOf, lu: undefined, gain: 0, convergent: true };

  // A dollar into each port, pushed forward in one batched pass: reached[e * k + p].
  const reached = new Float64Array(s.entityCount * k);
  ports.forEach((port, p) => (reached[port * k + p] = 1));
  propagateForward(s, shares, reached, k);
  const returns = new Float64Array(k * k); // M, row-major: returns[q * k + p]
  for (const b of live) {
    const q = portOf[s.flowTo[b] as number] as number;
    const from = (s.flowFrom[b] as number) * k;
    const share = shares[b] as number;
    for (let p = 0; p < k; p++) returns[q * k + p]! += (reached[from + p] as number) * share;
  }
  // The sub-loop without reinvestment needs no gain of its own: the full loop's decides convergence.
  const gain = options.gain === false ? 0 : spectralRadius(returns, k);
  const identityMinus = new Float64Array(k * k);
  for (let i = 0; i < k * k; i++) identityMinus[i] = -(returns[i] as number);
  for (let i = 0; i < k; i++) identityMinus[i * k + i]! += 1;
  const lu = factorLU(identityMinus, k);
  // For a non-negative M, (I − M) y = 1 has a positive solution exactly when the spectral radius is below 1.
  const probe = lu && solveLU(lu, new Float64Array(k).fill(1));
  const convergent = probe !== undefined && probe.every((y) => y > 0 && Number.isFinite(y));
  // The probe is exact; keep the displayed estimate on the same side of 1 as the verdict.
  return { ports, portOf, lu, gain: convergent ? Math.min(gain, 1 - 1e-12) : Math.max(1, gain), convergent };
}

/**
 * Inflow of every entity with the loop closed, for injections `inject` (not modified), which holds
 * `width` independent injections per entity as in propagateForward.
 */
export function solveClosedLoop(
  s: Structure,
  shares: Float64Array,
  system: PortSystem,
  inject: Float64Array,
  width = 1,
): Float64Array {
  const x = Float64Array.from(inject);
  propagateForward(s, shares, x, width);
  const k = system.ports.length;
  if (k === 0 || !system.lu) return x;
  const firstReturns = new Float64Array(k * width);
  for (const b of s.backEdges) {
    const q = system.portOf[s.flowTo[b] as number] as number;
    const share = shares[b] as number;
    if (q < 0 || share === 0) continue;
    const from = (s.flowFrom[b] as number) * width;
    for (let j = 0; j < width; j++) firstReturns[q * width + j]! += (x[from + j] as number) * share;
  }
  const fromPorts = solveLU(system.lu, firstReturns, width);
  if (!fromPorts) return x;
  // Propagation is linear: inject what the ports receive over all later passes and push it once more.
  const later = new Float64Array(x.length);
  system.ports.forEach((port, q) => later.set(fromPorts.subarray(q * width, (q + 1) * width), port * width));
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
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  m.forEach((value, i) => {
    if (value === 0) return;
    rows.push(Math.floor(i / k));
    cols.push(i % k);
    vals.push(value);
  });
  if (vals.length === 0) return 0;
  let v = new Float64Array(k).fill(1);
  let previous = 0;
  let estimate = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const w = new Float64Array(k);
    for (let n = 0; n < vals.length; n++) w[rows[n] as number]! += (vals[n] as number) * (v[cols[n] as number] as number);
    let norm = 0;
    for (const value of w) norm = Math.max(norm, value);
    if (!(norm > 0)) return 0;
    if (!Number.isFinite(norm)) return Infinity;
    for (let i = 0; i < k; i++) w[i]! /= norm;
    v = w;
    const settled = Math.abs(norm - estimate) <= 1e-9 * norm;
    const alternating = iteration > 2 && Math.abs(norm - previous) <= 1e-9 * norm;
    if (settled) return norm;
    if (alternating) return Math.sqrt(norm * estimate);
    previous = estimate;
    estimate = norm;
  }
  return Math.sqrt(previous * estimate);
}

export interface LU {
  k: number;
  a: Float64Array;
  pivot: Int32Array;
}

/** LU factorisation with partial pivoting; undefined when the matrix is singular. */
export function factorLU(matrix: Float64Array, k: number): LU | undefined {
  const a = Float64Array.from(matrix);
  const pivot = new Int32Array(k);
  for (let col = 0; col < k; col++) {
    let best = col;
    for (let row = col + 1; row < k; row++) {
      if (Math.abs(a[row * k + col] as number) > Math.abs(a[best * k + col] as number)) best = row;
    }
    pivot[col] = best;
    const diagonal = a[best * k + col] as number;
    if (Math.abs(diagonal) < 1e-300) return undefined;
    if (best !== col) {
      for (let j = 0; j < k; j++) {
        const t = a[col * k + j] as number;
        a[col * k + j] = a[best * k + j] as number;
        a[best * k + j] = t;
      }
    }
    for (let row = col + 1; row < k; row++) {
      const factor = (a[row * k + col] as number) / diagonal;
      a[row * k + col] = factor;
      if (factor === 0) continue;
      for (let j = col + 1; j < k; j++) a[row * k + j]! -= factor * (a[col * k + j] as number);
    }
  }
  return { k, a, pivot };
}

/** Solves LU·x = rhs for `width` right-hand sides at once (rhs[i * width + j]); undefined unless finite. */
export function solveLU({ k, a, pivot }: LU, rhs: Float64Array, width = 1): Float64Array | undefined {
  const x = Float64Array.from(rhs);
  for (let i = 0; i < k; i++) {
    const p = pivot[i] as number;
    if (p === i) continue;
    for (let j = 0; j < width; j++) {
      const t = x[i * width + j] as number;
      x[i * width + j] = x[p * width + j] as number;
      x[p * width + j] = t;
    }
  }
  for (let i = 0; i < k; i++) {
    for (let m = 0; m < i; m++) {
      const factor = a[i * k + m] as number;
      if (factor === 0) continue;
      for (let j = 0; j < width; j++) x[i * width + j]! -= factor * (x[m * width + j] as number);
    }
  }
  for (let i = k - 1; i >= 0; i--) {
    for (let m = i + 1; m < k; m++) {
      const factor = a[i * k + m] as number;
      if (factor === 0) continue;
      for (let j = 0; j < width; j++) x[i * width + j]! -= factor * (x[m * width + j] as number);
    }
    const diagonal = a[i * k + i] as number;
    for (let j = 0; j < width; j++) x[i * width + j]! /= diagonal;
  }
  return x.every(Number.isFinite) ? x : undefined;
}

import type { Structure } from './structure';

/**
 * Pushes the money in `x` (injections, indexed by entity) along the forward flows, in topological
 * order, so that afterwards `x[e]` is e's inflow from one pass. Back flows are not followed.
 */
export function propagateForward(s: Structure, shares: Float64Array, x: Float64Array): void {
  const { topoOrder, forwardOut, flowTo } = s;
  for (let i = 0; i < topoOrder.length; i++) {
    const e = topoOrder[i] as number;
    const inflow = x[e] as number;
    if (inflow === 0) continue;
    for (let k = forwardOut.offsets[e] as number; k < (forwardOut.offsets[e + 1] as number); k++) {
      const f = forwardOut.edges[k] as number;
      x[flowTo[f] as number]! += inflow * (shares[f] as number);
    }
  }
}

/**
 * The loop reduced to the entities where back flows land ("ports"): money entering port p flows
 * forward as `columns[p]`, and M[q][p] of it comes back to port q on the next pass. The closed loop
 * is then the small linear system (I − M) y = r.
 */
export interface PortSystem {
  ports: Int32Array;
  columns: Float64Array[];
  lu: LU | undefined;
  /** Per-pass return ratio: the spectral radius of M. */
  gain: number;
  /** True when every dollar eventually leaves the loop (gain < 1), so totals are finite. */
  convergent: boolean;
}

export function buildPortSystem(s: Structure, shares: Float64Array, options: { gain?: boolean } = {}): PortSystem {
  const portIndex = new Map<number, number>();
  const live = s.backEdges.filter((b) => (shares[b] as number) > 0);
  for (const b of live) {
    const target = s.flowTo[b] as number;
    if (!portIndex.has(target)) portIndex.set(target, portIndex.size);
  }
  const ports = Int32Array.from(portIndex.keys());
  const k = ports.length;
  const columns = Array.from(ports, (port) => {
    const column = new Float64Array(s.entityCount);
    column[port] = 1;
    propagateForward(s, shares, column);
    return column;
  });
  if (k === 0) return { ports, columns, lu: undefined, gain: 0, convergent: true };

  const returns = new Float64Array(k * k); // M, row-major: returns[q * k + p]
  for (const b of live) {
    const q = portIndex.get(s.flowTo[b] as number) as number;
    const from = s.flowFrom[b] as number;
    for (let p = 0; p < k; p++) returns[q * k + p]! += (columns[p] as Float64Array)[from]! * (shares[b] as number);
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
  return { ports, columns, lu, gain: convergent ? Math.min(gain, 1 - 1e-12) : Math.max(1, gain), convergent };
}

/** Inflow of every entity with the loop closed, for injections `inject` (not modified). */
export function solveClosedLoop(
  s: Structure,
  shares: Float64Array,
  system: PortSystem,
  inject: Float64Array,
): Float64Array {
  const x = Float64Array.from(inject);
  propagateForward(s, shares, x);
  if (system.ports.length === 0 || !system.lu) return x;
  const portIndex = new Map(Array.from(system.ports, (port, q) => [port, q]));
  const firstReturns = new Float64Array(system.ports.length);
  for (const b of s.backEdges) {
    const q = portIndex.get(s.flowTo[b] as number);
    if (q !== undefined) firstReturns[q]! += (x[s.flowFrom[b] as number] as number) * (shares[b] as number);
  }
  const fromPorts = solveLU(system.lu, firstReturns);
  if (!fromPorts) return x;
  // Propagation is linear: inject what the ports receive over all later passes and push it once more.
  const later = new Float64Array(x.length);
  fromPorts.forEach((y, q) => (later[system.ports[q] as number] = y));
  propagateForward(s, shares, later);
  for (let e = 0; e < x.length; e++) x[e]! += later[e] as number;
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

export function solveLU({ k, a, pivot }: LU, rhs: Float64Array): Float64Array | undefined {
  const x = Float64Array.from(rhs);
  for (let i = 0; i < k; i++) {
    const p = pivot[i] as number;
    if (p !== i) {
      const t = x[i] as number;
      x[i] = x[p] as number;
      x[p] = t;
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) x[i]! -= (a[i * k + j] as number) * (x[j] as number);
  for (let i = k - 1; i >= 0; i--) {
    for (let j = i + 1; j < k; j++) x[i]! -= (a[i * k + j] as number) * (x[j] as number);
    x[i]! /= a[i * k + i] as number;
  }
  return x.every(Number.isFinite) ? x : undefined;
}

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

export function buildPortSystem(s: Structure, shares: Float64Array): PortSystem {
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
  const gain = spectralRadius(returns, k);
  const identityMinus = new Float64Array(k * k);
  for (let i = 0; i < k * k; i++) identityMinus[i] = -(returns[i] as number);
  for (let i = 0; i < k; i++) identityMinus[i * k + i]! += 1;
  const lu = factorLU(identityMinus, k);
  // For a non-negative M, (I − M) y = 1 has a positive solution exactly when the spectral radius is below 1.
  const probe = lu && solveLU(lu, new Float64Array(k).fill(1));
  const convergent = probe !== undefined && probe.every((y) => y > 0 && Number.isFinite(y)) && gain < 1;
  return { ports, columns, lu, gain: convergent ? gain : Math.max(1, gain), convergent };
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
  fromPorts.forEach((y, p) => {
    if (y === 0) return;
    const column = system.columns[p] as Float64Array;
    for (let e = 0; e < x.length; e++) x[e]! += y * (column[e] as number);
  });
  return x;
}

/** Largest eigenvalue of a non-negative k×k matrix, by power iteration on I + M (which is never periodic). */
export function spectralRadius(m: Float64Array, k: number): number {
  let v = new Float64Array(k).fill(1);
  let estimate = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const w = Float64Array.from(v);
    for (let q = 0; q < k; q++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += (m[q * k + p] as number) * (v[p] as number);
      w[q]! += sum;
    }
    let norm = 0;
    for (const value of w) norm = Math.max(norm, value);
    if (!(norm > 0) || !Number.isFinite(norm)) return Number.isFinite(norm) ? 0 : Infinity;
    const next = norm - 1; // v is normalised to max 1, so ‖(I + M) v‖∞ → 1 + ρ
    for (let i = 0; i < k; i++) w[i]! /= norm;
    v = w;
    if (Math.abs(next - estimate) <= 1e-13 * Math.max(1, next)) return Math.max(0, next);
    estimate = next;
  }
  return Math.max(0, estimate);
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

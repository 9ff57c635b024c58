// LU factorisation with partial pivoting, and solves with it: the port systems' (see linear.ts) and
// the clearing's (see clearing.ts).

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

/** Solves LU·x = rhs for `width` right-hand sides at once (rhs[i * width + j]), into `into` when given (rhs itself may be); undefined unless finite. */
export function solveLU({ k, a, pivot }: LU, rhs: Float64Array, width = 1, into?: Float64Array): Float64Array | undefined {
  const x = into ?? new Float64Array(rhs.length);
  if (x !== rhs) x.set(rhs);
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

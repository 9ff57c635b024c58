import type { CompiledModel } from './engine';

// Arrays made ready ahead for a large model's first slider steps and its first amount slider's
// response (see `prepareSteps` in solveStep.ts, which says how many are still to come, and takes
// them with `takePrepared`).

/** One inflow split, a step's or a response's (made at its first slice), with how many of its numbers are written. */
interface Prepared {
  split?: Float64Array;
  written: number;
}

const preparing = new WeakMap<CompiledModel, Prepared[]>();

/**
 * An inflow split smaller than this (numbers: 256 KB) is cheap to allocate fresh: none is made ready
 * (in the page, a fresh 128 KB array took 0.8 ms to write, a fresh 400 KB one 5.2 ms).
 */
const PREPARED_FROM = 1 << 15;

/**
 * Writes at most `budget` numbers (> 0) of the arrays of `count` steps of `model` (the count is
 * taken at the first call); true while more is left. Nothing for a small model.
 */
export function prepareParts(model: CompiledModel, budget: number, count: number): boolean {
  const s = model.structure;
  const length = s.entityCount * s.origins.length;
  if (length < PREPARED_FROM || count <= 0 || budget <= 0) return false;
  let ready = preparing.get(model);
  if (!ready) preparing.set(model, (ready = Array.from({ length: count }, () => ({ written: 0 }))));
  for (const part of ready) {
    if (part.written >= length || budget <= 0) continue;
    const split = (part.split ??= new Float64Array(length));
    const to = Math.min(length, part.written + budget);
    split.fill(0, part.written, to);
    budget -= to - part.written;
    part.written = to;
  }
  return ready.some((part) => part.written < length);
}

/** The readiest array made for the model's next step or response, if any; handed out, it is no longer written here. */
export function takePrepared(model: CompiledModel): Float64Array | undefined {
  return preparing.get(model)?.shift()?.split;
}

/** Drops the arrays made ready for a model's first steps that no step has taken (steps lend their own now, or the chart moved on to another model, or went). */
export function releaseSteps(model: CompiledModel): void {
  preparing.delete(model);
}

import type { CompiledModel } from './engine';
import type { OriginParts } from './originSplit';

// Arrays made ready ahead for a large model's first slider steps (see `prepareSteps` in
// solveStep.ts, which says how many are still to come, and takes them with `takePrepared`).

/** One step's arrays (made at its first slice), with how many of their numbers are written. */
interface Prepared {
  parts?: OriginParts;
  written: number;
}

const preparing = new WeakMap<CompiledModel, Prepared[]>();

/** A split smaller than this (numbers in the flows' split: 1 MB) is cheap to allocate fresh: none is made ready. */
const PREPARED_FROM = 1 << 17;

/**
 * Writes at most `budget` numbers (> 0) of the arrays of `count` steps of `model` (the count is
 * taken at the first call); true while more is left. Nothing for a small model.
 */
export function prepareParts(model: CompiledModel, budget: number, count: number): boolean {
  const s = model.structure;
  const origins = s.origins.length;
  if (s.flowCount * origins < PREPARED_FROM || count <= 0 || budget <= 0) return false;
  let ready = preparing.get(model);
  if (!ready) preparing.set(model, (ready = Array.from({ length: count }, () => ({ written: 0 }))));
  const inflowLength = s.entityCount * origins;
  const total = inflowLength + s.flowCount * origins;
  for (const part of ready) {
    while (part.written < total && budget > 0) {
      const parts = (part.parts ??= {
        inflowByOrigin: new Float64Array(inflowLength),
        flowByOrigin: new Float64Array(total - inflowLength),
      });
      const inFlows = part.written >= inflowLength;
      const array = inFlows ? parts.flowByOrigin : parts.inflowByOrigin;
      const from = inFlows ? part.written - inflowLength : part.written;
      const to = Math.min(array.length, from + budget);
      array.fill(0, from, to);
      part.written += to - from;
      budget -= to - from;
    }
  }
  return ready.some((part) => part.written < total);
}

/** The readiest arrays made for the model's next step, if any; handed out, they are no longer written here. */
export function takePrepared(model: CompiledModel): OriginParts | undefined {
  return preparing.get(model)?.shift()?.parts;
}

/** Drops the arrays made ready for a model's first steps that no step has taken (steps lend their own now, or the chart moved on to another model, or went). */
export function releaseSteps(model: CompiledModel): void {
  preparing.delete(model);
}

import { FLOW_KINDS, type FlowKind, type Meta } from './types';

const BUILT_IN: ReadonlySet<string> = new Set(FLOW_KINDS);

export function isBuiltInKind(kind: string): kind is FlowKind {
  return BUILT_IN.has(kind);
}

const behaviours = new WeakMap<Meta, Map<string, FlowKind | null>>();

/**
 * The built-in kind whose part a flow's kind plays in the figures: itself when built in, the
 * declaration's `like` when the dataset declares it, null (none of them) otherwise.
 */
export function kindBehaviour(meta: Meta, kind: string): FlowKind | null {
  let known = behaviours.get(meta);
  if (!known) {
    known = new Map();
    for (const declared of meta.kinds ?? []) {
      known.set(declared.id, declared.like ?? (isBuiltInKind(declared.id) ? declared.id : null));
    }
    behaviours.set(meta, known);
  }
  const declared = known.get(kind);
  if (declared !== undefined) return declared;
  return isBuiltInKind(kind) ? kind : null;
}

/** Whether the flow's kind plays the part of one of `kinds`. */
export function behavesAs(meta: Meta, kind: string, kinds: ReadonlySet<FlowKind>): boolean {
  const behaviour = kindBehaviour(meta, kind);
  return behaviour !== null && kinds.has(behaviour);
}

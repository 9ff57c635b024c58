import type { CompiledModel } from './engine';
import type { Entity } from './types';

/**
 * A model's entity by id, through its compiled index. Searching every entity once per name shown
 * was quadratic where names are listed: a legend of a 2,000-entity dataset's origins, or its data
 * exported flow by flow.
 */
export function entityOf(model: Pick<CompiledModel, 'dataset' | 'structure'>, id: string): Entity | undefined {
  const index = model.structure.entityIndex.get(id);
  return index === undefined ? undefined : model.dataset.entities[index];
}

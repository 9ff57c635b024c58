import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/model/engine';
import { entityOf } from '../../src/model/entityOf';
import { smallLoop } from './fixtures';

describe('entityOf', () => {
  it('finds each entity of a model by id, and nothing for an unknown id', () => {
    const model = compileModel(smallLoop());
    for (const entity of model.dataset.entities) expect(entityOf(model, entity.id)).toBe(entity);
    expect(entityOf(model, 'nobody')).toBeUndefined();
    expect(entityOf(model, 'toString')).toBeUndefined();
  });
});

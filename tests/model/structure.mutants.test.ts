// The graph behind a dataset: which flows close loops, the order money is pushed in, and origins.
import { describe, expect, it } from 'vitest';
import { compileStructure, edgeLists } from '../../src/model/structure';
import { amountFlow, dataset, entity, shareFlow } from './fixtures';

describe('compileStructure', () => {
  const ds = dataset({
    entities: [
      entity('fund', 'source'),
      entity('x', 'other'),
      entity('y', 'other'),
      entity('z', 'other'),
      entity('chip', 'chipmaker'),
      entity('chip-vc', 'source', 'chip'),
      entity('kept', 'sink'),
    ],
    flows: [
      amountFlow('fund', 'x', 10),
      shareFlow('x', 'y', 0.5),
      shareFlow('y', 'z', 0.5),
      shareFlow('z', 'x', 0.5),
      shareFlow('z', 'chip', 0.2),
      shareFlow('chip', 'x', 0.1, 'reinvestment'),
      amountFlow('chip-vc', 'y', 5),
      shareFlow('chip', 'chip', 0.1),
      shareFlow('chip', 'kept', 'rest', 'leakage'),
    ],
  });
  // Compiled inside each test: Stryker counts only code run by a test as covered by it.
  const compiled = () => compileStructure(ds);

  it('indexes entities and the ends and kinds of flows', () => {
    const s = compiled();
    expect([s.entityCount, s.flowCount]).toEqual([7, 9]);
    expect(s.entityIndex.get('chip')).toBe(4);
    expect(Array.from(s.flowFrom)).toEqual([0, 1, 2, 3, 3, 4, 5, 4, 4]);
    expect(Array.from(s.flowTo)).toEqual([1, 2, 3, 1, 4, 1, 2, 4, 6]);
    expect(Array.from(s.isAmount)).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(Array.from(s.isReinvestment)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('closes loops at flows to a lower rank, flows to itself, and where a search meets its own path', () => {
    const s = compiled();
    // z → x closes the loop of three 'other' entities, found from the fund; chip → x goes back a rank.
    expect(Array.from(s.isBack)).toEqual([0, 0, 0, 1, 0, 1, 0, 1, 0]);
    expect(s.backEdges).toEqual([3, 5, 7]);
  });

  it('orders entities so that every forward flow runs from earlier to later', () => {
    const s = compiled();
    expect(Array.from(s.topoOrder)).toEqual([0, 5, 1, 2, 3, 4, 6]);
    expect(Array.from(s.forwardOut.offsets)).toEqual([0, 1, 2, 3, 4, 5, 6, 6]);
    expect(Array.from(s.forwardOut.edges)).toEqual([0, 1, 2, 4, 8, 6]);
  });

  it('labels money by the company behind the entities that put it in, in dataset order', () => {
    const s = compiled();
    expect(s.origins).toEqual(['fund', 'chip']);
    // chip-vc is owned by chip: its money is chip's; x, y and z put nothing in.
    expect(Array.from(s.originOfEntity)).toEqual([0, -1, -1, -1, 1, 1, -1]);
  });

  it('starts the search for loops at entities that receive nothing, the first in the dataset first', () => {
    const loop = (entities: string[], flows: ReturnType<typeof shareFlow>[]) =>
      Array.from(compileStructure(dataset({ entities: entities.map((id) => entity(id, 'other')), flows })).isBack);
    const cycle = [shareFlow('x', 'y', 0.5), shareFlow('y', 'z', 0.5), shareFlow('z', 'x', 0.5)];
    // Dataset order would start at y (making x → y the back flow); the fund, which receives nothing, goes first.
    expect(loop(['y', 'z', 'x', 'fund'], [...cycle, amountFlow('fund', 'x', 1)])).toEqual([0, 0, 1, 0]);
    // Two entities receive nothing: the earlier (f2, into y) starts, so x → y closes the loop.
    expect(loop(['x', 'y', 'z', 'f2', 'f1'], [...cycle, amountFlow('f1', 'x', 1), amountFlow('f2', 'y', 1)])).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('edgeLists', () => {
  it('groups the kept flows by their first entity, in flow order', () => {
    const lists = edgeLists(3, Int32Array.from([2, 0, 2, 1]), (f) => f !== 1);
    expect(Array.from(lists.offsets)).toEqual([0, 0, 1, 3]);
    expect(Array.from(lists.edges)).toEqual([3, 0, 2]);
  });
});

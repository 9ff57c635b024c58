// The graphs the two views draw, worked out by hand on the small loop of the model tests:
// investor → startup → cloud → chip, the chip reinvesting a quarter of its inflow in the startup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLoopGraph, entityColumns } from '../../src/layout/buildGraphs';
import { buildRoundsGraph } from '../../src/layout/buildRoundsGraph';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop, type SteadyState } from '../../src/model/engine';
import { unrollRounds } from '../../src/model/rounds';
import type { Dataset } from '../../src/model/types';
import { dataset, entity, amountFlow, shareFlow, smallLoop } from '../model/fixtures';

function solved(ds = smallLoop(), values = defaultValues(ds.parameters)) {
  const model = compileModel(ds);
  return { model, result: solveLoop(model, values) as SteadyState };
}

describe('entityColumns', () => {
  it('follows the roles, with each sink one column right of what feeds it', () => {
    // investor, startup, cloud, chip, startup-costs, cloud-costs, chip-kept
    expect(entityColumns(compileModel(smallLoop()))).toEqual([0, 1, 2, 3, 2, 3, 4]);
  });

  it('closes up columns no entity uses', () => {
    const ds = dataset({
      entities: [entity('fund', 'source'), entity('chip', 'chipmaker'), entity('kept', 'sink')],
      flows: [amountFlow('fund', 'chip', 10), shareFlow('chip', 'kept', 'rest', 'leakage')],
    });
    expect(entityColumns(compileModel(ds))).toEqual([0, 1, 2]);
  });

  it('follows the roles even where the chains of flows are shorter', () => {
    // The cloud is one flow from the fund, but its role puts it right of the startup.
    const ds = dataset({
      entities: [entity('fund', 'source'), entity('startup', 'startup'), entity('cloud', 'cloud'), entity('kept', 'sink')],
      flows: [
        amountFlow('fund', 'startup', 5),
        amountFlow('fund', 'cloud', 5),
        shareFlow('startup', 'kept', 'rest', 'leakage'),
        shareFlow('cloud', 'kept', 'rest', 'leakage'),
      ],
    });
    expect(entityColumns(compileModel(ds))).toEqual([0, 1, 2, 3]);
  });

  it('uses the longest chain of flows when some roles are unknown', () => {
    const ds = dataset({
      entities: [entity('a', 'source'), entity('x', 'other'), entity('y', 'other'), entity('z', 'other'), entity('end', 'sink')],
      flows: [
        amountFlow('a', 'x', 10),
        shareFlow('x', 'y', 0.5),
        shareFlow('y', 'z', 0.5),
        shareFlow('x', 'z', 0.2),
        shareFlow('a', 'end', 'rest', 'leakage'),
        shareFlow('z', 'x', 0.1),
      ],
    });
    // a 0, x 1, y 2, z 3 (by way of y, not straight from x); the sink sits right of a, its only feeder.
    expect(entityColumns(compileModel(ds))).toEqual([0, 1, 2, 3, 1]);
  });

  it('computes the columns once per model', () => {
    const model = compileModel(smallLoop());
    expect(entityColumns(model)).toBe(entityColumns(model));
  });
});

describe('buildLoopGraph', () => {
  // Built inside each test: Stryker counts only code run by a test as covered by it.
  const loopGraph = () => {
    const { model, result } = solved();
    return { result, graph: buildLoopGraph(model, result) };
  };

  it('has one node per entity carrying the larger of its inflow and outflow', () => {
    const { graph } = loopGraph();
    expect(graph.nodes.map((n) => [n.key, n.entity, n.column])).toEqual([
      ['investor', 0, 0],
      ['startup', 1, 1],
      ['cloud', 2, 2],
      ['chip', 3, 3],
      ['startup-costs', 4, 2],
      ['cloud-costs', 5, 3],
      ['chip-kept', 6, 4],
    ]);
    const values = [100, 1000 / 9, 800 / 9, 400 / 9, 200 / 9, 400 / 9, 300 / 9];
    graph.nodes.forEach((n, i) => expect(n.value).toBeCloseTo(values[i]!, 10));
  });

  it('has one link per flow, the reinvestment closing the loop as a back link', () => {
    const { result, graph } = loopGraph();
    expect(graph.origins).toBe(2);
    expect(graph.links.map((l) => [l.key, l.flow, l.source, l.target, l.back])).toEqual([
      ['investor-startup', 0, 0, 1, false],
      ['startup-cloud', 1, 1, 2, false],
      ['startup-startup-costs', 2, 1, 4, false],
      ['cloud-chip', 3, 2, 3, false],
      ['cloud-cloud-costs', 4, 2, 5, false],
      ['chip-startup', 5, 3, 1, true],
      ['chip-chip-kept', 6, 3, 6, false],
    ]);
    graph.links.forEach((l, f) => {
      expect(l.value).toBe(result.flowValue[f]);
      expect(Array.from(l.split.row(l.flow))).toEqual(Array.from(result.flowByOrigin.row(f)));
    });
    // The reinvested money is all the chipmaker's own (origin 1).
    expect(Array.from(graph.links[5]!.split.row(5))).toEqual([0, result.flowValue[5]]);
  });
});

describe('buildRoundsGraph', () => {
  const roundsGraph = () => {
    const { model, result } = solved();
    return buildRoundsGraph(model, unrollRounds(model, result.coefficients, 3));
  };

  it('draws no later round for money below a trillionth of what entered: residue, not money', () => {
    const draw = (share: number) => {
      const d = JSON.parse(readFileSync('tests/layout/fixtures/negligibleRounds.json', 'utf8')) as Dataset;
      const f = d.flows.find((flow) => flow.id === 'n4-n2')!;
      Object.assign(f, { share });
      const model = compileModel(d);
      const result = solveLoop(model, defaultValues(d.parameters)) as SteadyState;
      return buildRoundsGraph(model, unrollRounds(model, result.coefficients, 4))
        .nodes.filter((n) => (n.round ?? 1) > 1 && n.value > 0)
        .map((n) => n.key);
    };
    // 1,000 in, 1.5e-323 of it on to n2: no money in a second round.
    expect(draw(1.5e-323)).toEqual([]);
    // A billionth of it is money the chart still carries on.
    expect(draw(1e-9)).toContain('n2@2');
  });

  it('draws sources once and every other entity once per round, each round in columns of its own', () => {
    const graph = roundsGraph();
    const keys = graph.nodes.map((n) => n.key);
    expect(keys.filter((k) => k.startsWith('investor'))).toEqual(['investor']);
    expect(keys.filter((k) => k.startsWith('startup@'))).toEqual(['startup@1', 'startup@2', 'startup@3']);
    const column = (key: string) => graph.nodes.find((n) => n.key === key)!.column;
    // The loop spans columns 1 (startup) to 4 (chip-kept): a round is four columns wide, the next starting right of it.
    expect([column('investor'), column('startup@1'), column('startup@2'), column('startup@3')]).toEqual([0, 1, 5, 9]);
    expect([column('chip@1'), column('chip@2'), column('chip-kept@1'), column('chip-kept@3')]).toEqual([3, 7, 4, 12]);
    expect(graph.nodes.map((n) => [n.key, n.round])).toContainEqual(['startup@3', 3]);
    expect(graph.nodes.find((n) => n.key === 'investor')!.round).toBe(1);
    expect(graph.nodes.find((n) => n.key === 'chip@2')!.entity).toBe(3);
  });

  it('carries each round’s money, back flows into the next round and not past the last', () => {
    const graph = roundsGraph();
    const link = (key: string) => graph.links.find((l) => l.key === key);
    const node = (key: string) => graph.nodes.find((n) => n.key === key)!;
    expect(link('investor-startup@1')!.value).toBe(100);
    expect(link('investor-startup@2')).toBeUndefined();
    expect(link('chip-startup@1')!.value).toBeCloseTo(10, 12);
    expect(graph.nodes[link('chip-startup@1')!.target]!.key).toBe('startup@2');
    expect(graph.nodes[link('chip-startup@1')!.source]!.key).toBe('chip@1');
    expect(link('chip-startup@2')!.value).toBeCloseTo(1, 12);
    expect(link('chip-startup@3')).toBeUndefined();
    expect(link('chip-chip-kept@3')!.value).toBeCloseTo(0.3, 12);
    expect(graph.links.every((l) => !l.back)).toBe(true);
    expect(graph.links.find((l) => l.key === 'startup-cloud@2')!.flow).toBe(1);
    expect(Array.from(link('startup-cloud@2')!.split.row(1))).toEqual([0, 8]);
    // Node values: the larger of inflow and outflow in that round.
    expect(node('startup@1').value).toBe(100);
    expect(node('startup@2').value).toBeCloseTo(10, 12);
    expect(node('chip@1').value).toBeCloseTo(40, 12);
    expect(node('chip-kept@1').value).toBeCloseTo(30, 12);
    expect(node('investor').value).toBe(100);
    expect(graph.origins).toBe(2);
  });

  it('keeps empty flows of the first round, so every flow has a link', () => {
    const ds = smallLoop();
    const { model: m, result: r } = solved(ds, { ...defaultValues(ds.parameters), compute: 0 });
    const rounds = buildRoundsGraph(m, unrollRounds(m, r.coefficients, 2));
    expect(rounds.links.find((l) => l.key === 'startup-cloud@1')!.value).toBe(0);
    expect(rounds.links.find((l) => l.key === 'startup-cloud@2')).toBeUndefined();
  });
});

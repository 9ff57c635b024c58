// What the chart asks of the layout: its height for a width, the graph of each view, the held
// node order. (The labels: chartLabels.test.ts.)
import { describe, expect, it } from 'vitest';
import { chartGraph, chartHeight, chartNodeOrder } from '../../src/layout/chartGeometry';
import { isSlotKey } from '../../src/layout/linkSlots';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { unrollRounds } from '../../src/model/rounds';
import { smallLoop } from '../model/fixtures';

/** The small loop with every dollar passed on: a loop that amplifies itself. */
function divergentModel() {
  const ds = smallLoop();
  ds.flows[3] = { ...ds.flows[3]!, share: 1 } as (typeof ds.flows)[number];
  return compileModel(ds);
}

describe('chartHeight', () => {
  it('is 62% of the width, between 420 and 620 pixels', () => {
    expect([100, 677, 800, 801, 1000, 2000].map(chartHeight)).toEqual([420, 420, 496, 497, 620, 620]);
  });
});

describe('chartGraph', () => {
  it('draws the steady state in the loop view and the rounds in the rounds view', () => {
    const model = compileModel(smallLoop());
    const result = solveLoop(model, defaultValues(model.dataset.parameters));
    const rounds = unrollRounds(model, result.coefficients, 2);
    expect(chartGraph(model, 'loop', result, rounds).nodes.map((n) => n.key)).toContain('startup');
    expect(chartGraph(model, 'rounds', result, rounds).nodes.map((n) => n.key)).toContain('startup@2');
  });

  it('shows what the rounds carry when the loop has no totals', () => {
    const model = divergentModel();
    const result = solveLoop(model, { invest: 100, compute: 1, reinvest: 1 });
    expect(result.status).toBe('divergent');
    const graph = chartGraph(model, 'loop', result, unrollRounds(model, result.coefficients, 3));
    // Every round passes the whole 100 on: three rounds carry 300 on each flow of the loop.
    expect(graph.links.map((l) => l.value)).toEqual([100, 300, 0, 300, 0, 300, 0]);
    expect(graph.links[5]!.back).toBe(true);
  });
});

describe('chartNodeOrder', () => {
  it('numbers the nodes of the view, column by column', () => {
    const model = compileModel(smallLoop());
    expect([...chartNodeOrder(model, 'loop', 3).keys()]).toEqual([
      'investor',
      'startup',
      'cloud',
      'startup-costs',
      'chip',
      'cloud-costs',
      'chip-kept',
    ]);
    const rounds = [...chartNodeOrder(model, 'rounds', 2).keys()];
    expect(rounds).toContain('startup@2');
    expect(rounds).not.toContain('startup@3');
    expect(rounds).not.toContain('startup');
  });

  it('orders a loop without totals by its rounds', () => {
    const model = divergentModel();
    model.dataset.parameters.forEach((p) => (p.default = p.max));
    expect(solveLoop(model, defaultValues(model.dataset.parameters)).status).toBe('divergent');
    const order = chartNodeOrder(model, 'loop', 3);
    // Its seven entities, and the slots of links that cross columns (see linkSlots.ts).
    expect([...order.keys()].filter((key) => !isSlotKey(key))).toHaveLength(7);
    expect(order.get('investor')).toBe(0);
  });
});

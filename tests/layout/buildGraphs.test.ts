import { describe, expect, it } from 'vitest';
import { chartGraph, chartLayout, chartNodeOrder } from '../../src/layout/chartGeometry';
import { entityColumns } from '../../src/layout/buildGraphs';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { amountFlow, dataset, entity, loadDefaultDataset, shareFlow } from '../model/fixtures';

describe('entity columns', () => {
  it('moves an entity fed by another of its role one column right, so no layer is left empty', () => {
    // One startup paying another: both rank as startups. d3-sankey threw on the empty layer this left.
    const ds = dataset({
      entities: [entity('investor', 'source'), entity('a', 'startup'), entity('b', 'startup'), entity('costs', 'sink')],
      flows: [
        amountFlow('investor', 'a', 100),
        shareFlow('a', 'b', 0.5),
        shareFlow('a', 'costs', 'rest', 'leakage'),
        shareFlow('b', 'costs', 1, 'leakage'),
      ],
    });
    const model = compileModel(ds);
    expect(entityColumns(model)).toEqual([0, 1, 2, 3]);
    const graph = chartGraph(model, 'loop', solveLoop(model, defaultValues(ds.parameters)), []);
    const geometry = chartLayout(graph, 900, chartNodeOrder(model, 'loop', 3), undefined);
    expect(new Set(geometry.nodes.map((n) => n.column))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('keeps the table order of roles in the default dataset, sinks right of their feeders', () => {
    const ds = loadDefaultDataset();
    const columns = entityColumns(compileModel(ds));
    const byId = Object.fromEntries(ds.entities.map((e, i) => [e.id, columns[i]]));
    expect([byId['amazon'], byId['openai'], byId['oracle'], byId['nvidia'], byId['nvidia-costs']]).toEqual([0, 1, 2, 3, 4]);
    expect(byId['startup-other-costs']).toBe(2);
    expect(byId['cloud-other-costs']).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { chartKey } from '../../src/i18n/chartKey';
import { deriveChart, type ChartInput } from '../../src/i18n/deriveChart';
import { linkMark } from '../../src/layout/linkMarks';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import type { Dataset, Lang } from '../../src/model/types';
import { smallLoop } from '../model/fixtures';

/** The small loop with its investment a letter of intent on 2025-09-22 that goes on ice on 2026-01-30, the other flows reported. */
function dealOverTime(): Dataset {
  const ds = smallLoop();
  ds.flows = ds.flows.map((flow, f) => ({
    ...flow,
    provenance:
      f === 0
        ? {
            basis: 'reported',
            status: [
              { date: '2025-09-22', status: 'letter-of-intent' },
              { date: '2026-01-30', status: 'on-ice' },
            ],
          }
        : { basis: f === 3 ? 'assumption' : 'reported' },
  }));
  return ds;
}

function chartAt(ds: Dataset, date: string, options: Partial<ChartInput> = {}) {
  const model = compileModel(ds, { date });
  const input: ChartInput = {
    model,
    values: defaultValues(ds.parameters),
    view: 'loop',
    rounds: 4,
    fitToView: false,
    compare: null,
    offsets: {},
    showNet: false,
    lang: 'en',
    playRound: 0,
    ...options,
  };
  return deriveChart(input, { width: 800 });
}

const markOf = (chart: ReturnType<typeof chartAt>, key: string) => {
  const link = chart.geometry.links.find((l) => l.key === key);
  return link && link.width > 0 ? linkMark(link.standing) : 'not drawn';
};

describe("links drawn by their deal's status at the chart's date", () => {
  const ds = dealOverTime();
  const investment = ds.flows[0]!.id;

  it.each([
    ['2025-09-21', 'not drawn'],
    ['2025-09-22', 'dashed'],
    ['2026-01-29', 'dashed'],
    ['2026-01-30', 'hatched'],
    ['2026-03-31', 'hatched'],
  ])('on %s the investment is %s', (date, mark) => {
    expect(markOf(chartAt(ds, date), investment)).toBe(mark);
  });

  it('gives every link of the graph and of the geometry its standing, in the rounds view too', () => {
    const chart = chartAt(ds, '2025-10-01', { view: 'rounds' });
    const drawn = chart.geometry.links.filter((l) => l.width > 0);
    expect(drawn.filter((l) => l.key.startsWith(`${investment}@`)).map((l) => linkMark(l.standing))).toEqual(['dashed']);
    expect(new Set(drawn.map((l) => linkMark(l.standing)))).toEqual(new Set(['solid', 'dashed', 'dotted']));
    expect(chart.graph.links.every((l) => l.standing !== undefined)).toBe(true);
  });

  it('shares the standings between slider steps instead of recomputing them', () => {
    const model = compileModel(ds, { date: '2025-10-01' });
    const at = (invest: number) =>
      deriveChart(
        {
          model,
          values: { ...defaultValues(ds.parameters), invest },
          view: 'loop',
          rounds: 4,
          fitToView: false,
          compare: null,
          offsets: {},
          showNet: false,
          lang: 'en',
          playRound: 0,
        },
        { width: 800 },
      ).graph.links[0]!.standing;
    expect(at(50)).toBe(at(120));
  });
});

describe('chartKey', () => {
  const ds = dealOverTime();
  const keyAt = (date: string, lang: Lang = 'en', showNet = false) => {
    const chart = chartAt(ds, date, { lang, showNet });
    return chartKey(chart.geometry, chart.ownHeight, lang);
  };

  it('explains only the marks the chart shows, with solid beside them', () => {
    expect(keyAt('2025-10-01').map((e) => e.mark)).toEqual(['solid', 'dashed', 'dotted']);
    expect(keyAt('2026-02-01').map((e) => e.mark)).toEqual(['solid', 'hatched', 'dotted']);
    const allReported = smallLoop();
    allReported.flows = allReported.flows.map((flow) => ({ ...flow, provenance: { basis: 'reported' } }));
    const chart = chartAt(allReported, '2026-01-01');
    expect(chartKey(chart.geometry, chart.ownHeight, 'en')).toEqual([]);
  });

  it("adds the net view's hatch when a box shows its own money coming back, in both languages", () => {
    expect(keyAt('2025-10-01', 'en', true).at(-1)).toEqual({
      mark: 'own',
      text: "Hatched part of a box: the company's own money coming back",
    });
    expect(keyAt('2025-10-01', 'zh-TW', true).map((e) => e.text)).toEqual([
      '已承諾：已報導、已宣布、已簽約或已完成',
      '尚未承諾或入帳：意向書、洽談中、附條件或報導的預測',
      '本站假設，非報導數字',
      '方塊中的斜線部分：公司自身回流的資金',
    ]);
  });
});

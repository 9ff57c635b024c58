import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveChart, type Chart } from '../../src/i18n/deriveChart';
import type { ChartView } from '../../src/layout/chartGeometry';
import { LABEL_GAP, TAG_HEIGHT, tagWidth, type LabelPlacement, type Rect } from '../../src/layout/labels';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { momentDate } from '../../src/model/resolveMoment';
import { focusEntity } from '../../src/model/figures';
import type { Dataset, Lang } from '../../src/model/types';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { validDataset } from '../model/arbitraries';
import { loadDefaultDataset } from '../model/fixtures';
import { SHAPES } from '../model/shapes';
import { sameRoleDataset } from './labelShapes';
import { around, checkNamesReadAsTheirOwn, checkNamesWithinRounds, LINE, textRects } from './nameChecks';
import { boxesCrossed, segmentCrosses } from './routeGeometry';

// Labels as a reader meets them, measured from the geometry: at phone to desktop widths, in both
// languages, for the default dataset and datasets of other shapes, every node with money is named
// (by a label, or by a number explained in the key), nothing overlaps, and the focus is named in words.

const WIDTHS = [320, 375, 768, 1280];
const LANGS: Lang[] = ['en', 'zh-TW'];
const DATASETS: Record<string, () => Dataset> = { 'ai-capital-loop': loadDefaultDataset, 'same-role': sameRoleDataset, ...SHAPES };

function chartAt(dataset: Dataset, lang: Lang, view: ChartView, width: number, showNet = false, scenarioId?: string): Chart {
  // At a scenario's date and values when one is named (its deals' statuses are those of its date).
  const scenario = dataset.scenarios.find((s) => s.id === scenarioId);
  const model = compileModel(dataset, scenario ? { date: momentDate(dataset, scenario) } : {});
  const values = { ...defaultValues(dataset.parameters), ...(scenario?.values ?? {}) };
  const input = { model, values, view, rounds: 4, offsets: {}, showNet, fitToView: false, compare: null, lang, playRound: 0 };
  return deriveChart(input, { width });
}

function tagRect({ number, x, y }: NonNullable<LabelPlacement['tag']>): Rect {
  const w = tagWidth(number);
  return { x0: x - w / 2, x1: x + w / 2, y0: y - TAG_HEIGHT / 2, y1: y + TAG_HEIGHT / 2 };
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A number drawn on its own box. */
const onOwnBox = (label: LabelPlacement, boxes: (Rect & { key: string })[]) => {
  const box = boxes.find((b) => b.key === label.key);
  return Boolean(label.tag && box && label.tag.x >= box.x0 && label.tag.x <= box.x1);
};

/** Whether the two labels of a pair "a/b" overlap: a known overlap that goes away should leave the list. */
function overlapping(chart: Chart, pair: string): boolean {
  const [a, b] = pair.split('/').map((key) => chart.labels.find((l) => l.key === key)!);
  const rects = (l: LabelPlacement) => (l.tag ? [tagRect(l.tag)] : l.visible ? textRects(l) : []);
  return rects(a!).some((ra) => rects(b!).some((rb) => overlaps(ra, rb)));
}

/** Every check of this file on one chart; `where` names it in failures. */
function checkLabels(
  chart: Chart,
  dataset: Dataset,
  lang: Lang,
  where: string,
  /** The net view labels some before the biggest (those whose money comes back): the order below is not its. */
  net = false,
  /** Pairs of labels ("a/b", in placing order) known to overlap here, and left so: any other overlap fails. */
  knownOverlaps: readonly string[] = [],
) {
  const { geometry, labels } = chart;
  const boxes = geometry.nodes.filter((n) => n.value > 0);
  const byKey = new Map(labels.map((l) => [l.key, l]));
  // What each label covers: its number, or each line of its text (a later label may use the room
  // beside a short line under a long one).
  const drawn = labels.flatMap((l) =>
    l.tag ? [{ key: l.key, rect: tagRect(l.tag) }] : l.visible ? textRects(l).map((rect) => ({ key: l.key, rect })) : [],
  );
  for (const { key, rect } of drawn) {
    const at = `${where}: ${key}`;
    expect(rect.x0, `${at} leaves the chart on the left`).toBeGreaterThanOrEqual(0);
    expect(rect.x1, `${at} leaves the chart on the right`).toBeLessThanOrEqual(geometry.width);
    expect(rect.y0, `${at} leaves the chart at the top`).toBeGreaterThanOrEqual(0);
    // (Nor over a round's header: "OpenAI" was drawn over "Round 1" at 320 px.)
    const headers = (chart.roundFrame?.headers ?? []).filter((h) => overlaps(rect, h.rect)).map((h) => h.text);
    expect(headers, `${at} lies on the rounds view's header`).toEqual([]);
    expect(rect.y1, `${at} leaves the chart at the bottom`).toBeLessThanOrEqual(geometry.height);
    const onBoxes = boxes.filter((b) => b.key !== key && overlaps(rect, b)).map((b) => b.key);
    expect(onBoxes, `${at} lies on another node's box`).toEqual([]);
  }
  checkNamesWithinRounds(chart, dataset, where);
  drawn.forEach((a, i) =>
    drawn
      .slice(i + 1)
      .filter((b) => b.key !== a.key && !knownOverlaps.includes(`${a.key}/${b.key}`))
      .forEach((b) => expect(overlaps(a.rect, b.rect), `${where}: ${a.key} overlaps ${b.key}`).toBe(false)),
  );
  // A label or number moved off its box never stands beside another box of the same column: it
  // would read as that box's (at 320 px Nvidia's own funds were named beside the customers' box).
  // (By each label's whole block: its lines stand together.)
  const blocks = labels.flatMap((l) =>
    l.tag ? [{ key: l.key, rect: tagRect(l.tag) }] : l.visible ? [{ key: l.key, rect: around(textRects(l)) }] : [],
  );
  for (const { key, rect } of blocks) {
    const node = boxes.find((b) => b.key === key)!;
    const centre = (rect.y0 + rect.y1) / 2;
    if (Math.abs(centre - Math.min(node.y1, Math.max(node.y0, centre))) <= LINE / 2) continue;
    const beside = boxes.filter((b) => b.column === node.column && b !== node && b.y0 < rect.y1 && rect.y0 < b.y1).map((b) => b.key);
    expect(beside, `${where}: ${key}, moved off its box, stands beside`).toEqual([]);
  }
  checkNamesReadAsTheirOwn(labels, boxes, where);
  // From 768 px, a drawn leader runs clear: through no other label's line or number (but a number on
  // its own box, where a number goes when nothing else is free), nor any box but its own. Struck
  // through, a name was hard to read (at 768 px, Custom chips' leader ran through a label); across a
  // box, a leader read as a link. (On a phone a label is still placed where its leader must cross,
  // where no other spot is left for its name. In the 220 charts these datasets make at 320, 375, 414,
  // 768 and 1,280 px, in every scenario, view and language, a scratch count of leaders and what each
  // crosses (a label's line, a number or a box) found 15 such crossings, 3 in the default dataset's;
  // 39 and 9 before leaders were kept clear.) A number moved off its box has a leader too (checked
  // below), kept clear where a spot allows, else at least of numbers and boxes, else drawn under what
  // it crosses: the same count found 138 crossings by numbers' leaders (14 under another number, 9
  // across a box), 8 of them from 768 px (rounds views of same-role and nested flows), the rest on
  // phones; 151 and 16 before a number went on its box's edge first and names kept off boxes not theirs.
  for (const label of labels) {
    if (!label.leader || label.tag || geometry.width < 768) continue;
    const { x1, y1, x2, y2 } = label.leader;
    const struck = drawn.filter(
      ({ key, rect }) => key !== label.key && !onOwnBox(byKey.get(key)!, boxes) && segmentCrosses(x1, y1, x2, y2, rect),
    );
    expect(
      struck.map(({ key }) => key),
      `${where}: ${label.key}'s leader runs through`,
    ).toEqual([]);
    const across = boxes.filter((b) => b.key !== label.key && segmentCrosses(x1, y1, x2, y2, b));
    expect(
      across.map((b) => b.key),
      `${where}: ${label.key}'s leader runs across`,
    ).toEqual([]);
  }
  // Every node with money is named: by a label beside its own box, or by a number in the key.
  for (const node of boxes) {
    const label = byKey.get(node.key)!;
    expect(label.visible || label.tag !== undefined, `${where}: ${node.key} is not named`).toBe(true);
    if (!label.visible) continue;
    expect(label.name.join('').length, `${where}: ${node.key} has an empty name`).toBeGreaterThan(0);
    const edge = label.anchor === 'end' ? node.x0 : node.x1;
    // Beside its box; or, a focus with no room there, from its box's far edge.
    const far = label.anchor === 'end' ? node.x1 : node.x0;
    expect(
      Math.min(Math.abs(label.x - edge), Math.abs(label.x - far)),
      `${where}: ${node.key}'s label is not beside its box`,
    ).toBeLessThanOrEqual((label.leader ? 12 : 4) + 1e-6);
    const off = Math.abs(label.y - Math.min(node.y1, Math.max(node.y0, label.y)));
    // A leader starts at its box: the edge the label is beside, or (a focus named from its box's far edge) the other.
    if (off > LINE / 2)
      expect(
        [edge, label.anchor === 'end' ? node.x1 + LABEL_GAP : node.x0 - LABEL_GAP],
        `${where}: ${node.key}'s label moved off its box without a leader from it`,
      ).toContain(label.leader?.x1);
  }
  // A number moved off its box's height is joined to it by a leader, from the box's edge it stands
  // beside to the number's near edge (a number away from its box, with no line, read as a neighbour's).
  for (const label of labels) {
    const { tag } = label;
    const node = boxes.find((b) => b.key === label.key);
    if (!tag || !node || Math.abs(tag.y - Math.min(node.y1, Math.max(node.y0, tag.y))) <= LINE / 2) continue;
    const rect = tagRect(tag);
    const right = rect.x0 >= node.x1;
    expect(label.leader, `${where}: number ${tag.number} (${label.key}), moved off its box, has no leader`).toEqual({
      x1: right ? node.x1 : node.x0,
      y1: tag.y < node.y0 ? node.y0 : node.y1,
      x2: right ? rect.x0 : rect.x1,
      y2: tag.y,
    });
  }
  // The key lists each number once, 1 to n, with the node's full name.
  const numbered = labels.filter((l) => l.tag).sort((a, b) => a.tag!.number - b.tag!.number);
  expect(numbered.map((l) => l.tag!.number)).toEqual(numbered.map((_, i) => i + 1));
  for (const label of numbered) {
    const node = geometry.nodes.find((n) => n.key === label.key)!;
    expect(label.name, `${where}: key entry of ${label.key}`).toEqual([chart.nodeLines(node.entity, node.value)[0]]);
  }
  // The focus is named in words, by its name or the dataset's short name for it.
  const model = compileModel(dataset);
  const focus = model.structure.entityIndex.get(focusEntity(model) ?? '');
  // A number's leader is kept clear by the labels placed after it (placed focus first, then by value):
  // a name or number across it was placed before it, where it had to cross.
  const placedBefore = (a: NodeBox, b: NodeBox) =>
    (a.entity === focus) !== (b.entity === focus) ? a.entity === focus : a.value > b.value || (a.value === b.value && a.key < b.key);
  if (!net)
    for (const label of labels.filter((l) => l.tag && l.leader)) {
      const { x1, y1, x2, y2 } = label.leader!;
      const node = boxes.find((b) => b.key === label.key)!;
      const later = drawn.filter(
        ({ key, rect }) =>
          key !== label.key &&
          segmentCrosses(x1, y1, x2, y2, rect) &&
          !placedBefore(
            boxes.find((b) => b.key === key)!,
            node,
          ),
      );
      expect(
        later.map(({ key }) => key),
        `${where}: placed after number ${label.tag!.number} (${label.key}), across its leader`,
      ).toEqual([]);
    }
  for (const node of boxes.filter((n) => n.entity === focus)) {
    const label = byKey.get(node.key)!;
    expect(label.visible && !label.tag, `${where}: the focus ${node.key} is not labelled`).toBe(true);
    const entity = dataset.entities[node.entity]!;
    const names = [chart.nodeLines(node.entity, node.value)[0], entity.short?.[lang]].filter(Boolean).map((n) => n!.replace(/\s/g, ''));
    expect(names, `${where}: the focus's label`).toContain(label.name.join('').replace(/\s/g, ''));
  }
}

describe('every node named, nothing overlapping', () => {
  for (const [name, load] of Object.entries(DATASETS)) {
    for (const view of ['loop', 'rounds'] as const) {
      it(`${name}, ${view} view, at ${WIDTHS.join(', ')} px in English and Chinese`, () => {
        const dataset = load();
        for (const width of WIDTHS)
          for (const lang of LANGS) checkLabels(chartAt(dataset, lang, view, width), dataset, lang, `${name} ${view} ${width} ${lang}`);
      }, 60_000);
    }
  }

  it('every scenario of the default dataset, at its own date, loop view (the April 2026 one, the largest, sets the fixed scale)', () => {
    const dataset = loadDefaultDataset();
    // Drawn at the scenario's date: Alphabet's April money shows there and not at the defaults.
    const alphabet = (chart: Chart) => chart.geometry.nodes.some((n) => dataset.entities[n.entity]?.id === 'alphabet' && n.value > 0);
    expect(alphabet(chartAt(dataset, 'en', 'loop', 1280, false, 'apr-2026-anthropic'))).toBe(true);
    expect(alphabet(chartAt(dataset, 'en', 'loop', 1280))).toBe(false);
    for (const scenario of dataset.scenarios)
      for (const width of WIDTHS)
        for (const lang of LANGS)
          checkLabels(chartAt(dataset, lang, 'loop', width, false, scenario.id), dataset, lang, `${scenario.id} ${width} ${lang}`);
  }, 60_000);

  it('the default dataset net of round-trip, where amounts read gross and net', () => {
    const dataset = loadDefaultDataset();
    for (const width of WIDTHS)
      for (const lang of LANGS) {
        const chart = chartAt(dataset, lang, 'loop', width, true);
        checkLabels(chart, dataset, lang, `net ${width} ${lang}`, true);
        // Nvidia's and AWS's own money coming back is what the view is about: both are named in words.
        for (const key of ['nvidia', 'aws'])
          expect(chart.labels.find((l) => l.key === key)?.visible, `${key} at ${width} ${lang}`).toBe(true);
      }
  }, 60_000);

  it('the default dataset with half of Nvidia’s profit reinvested, rounds view: four rounds of money, the later ones narrow', () => {
    // A reader's review: round 3's names ran across the line into round 4 and read as its.
    const dataset = loadDefaultDataset();
    dataset.parameters.find((p) => p.id === 'nvidia-reinvest')!.default = 0.5;
    for (const width of [...WIDTHS, 414])
      for (const lang of LANGS) {
        const chart = chartAt(dataset, lang, 'rounds', width);
        expect(chart.roundFrame?.dividers).toHaveLength(3);
        // Known, left: at 320 and 375 px in English (61–62 of 66 boxes numbered), Meta's number, with no
        // free spot left, goes on its own box, 4 px over xAI's. Every other check holds.
        const known = width <= 375 && lang === 'en' ? ['xai@1/meta'] : [];
        checkLabels(chart, dataset, lang, `reinvested rounds ${width} ${lang}`, false, known);
        if (known.length > 0) expect(overlapping(chart, known[0]!), `${width} ${lang}: the known overlap`).toBe(true);
        // The focus too crosses into another round only where its own has no spot for it: at 1,280 px it has.
        if (width === 1280) checkNamesWithinRounds(chart, dataset, `reinvested rounds ${width} ${lang}, the focus`, { focusToo: true });
      }
  }, 60_000);

  it('a loop whose later rounds carry only residue (a share of 1.5e-323, found by the random datasets below), rounds view', () => {
    // Its later rounds held 1e-320 of money: boxes of "US$0", more than a 320 px chart had room to name.
    const dataset = JSON.parse(readFileSync('tests/layout/fixtures/negligibleRounds.json', 'utf8')) as Dataset;
    for (const width of WIDTHS)
      for (const lang of LANGS) checkLabels(chartAt(dataset, lang, 'rounds', width), dataset, lang, `residue rounds ${width} ${lang}`);
  });

  it('random datasets (cycles, same-role flows, no roles), loop and rounds, phone to desktop, both languages', () => {
    const cases = fc.tuple(
      validDataset,
      fc.constantFrom<ChartView>('loop', 'rounds'),
      fc.constantFrom(...WIDTHS),
      fc.constantFrom(...LANGS),
    );
    fc.assert(
      fc.property(cases, ([dataset, view, width, lang]) =>
        checkLabels(chartAt(dataset, lang, view, width), dataset, lang, `${view} ${width} ${lang}`),
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  }, 120_000);
});

describe('links and boxes of same-role payments', () => {
  // The other shapes are covered in routes.test.ts.
  for (const view of ['loop', 'rounds'] as const) {
    it(`no link passes through a box it does not attach to, ${view} view, at ${WIDTHS.join(', ')} px`, () => {
      for (const width of WIDTHS) {
        const { geometry } = chartAt(sameRoleDataset(), 'en', view, width);
        for (const link of geometry.links) expect(boxesCrossed(link, geometry.nodes, 0.5), `${link.key} at ${width}`).toEqual([]);
      }
    }, 60_000);
  }
});

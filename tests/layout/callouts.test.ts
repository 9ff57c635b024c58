import { describe, expect, it } from 'vitest';
import { storyNotes } from '../../src/i18n/storyNotes';
import { createChartDeriver } from '../../src/i18n/deriveChart';
import { highlightedShapes, labelRects, MARKER_RADIUS, placeCallouts, type Callout } from '../../src/layout/callouts';
import { chartLabels } from '../../src/layout/chartLabels';
import { chartLayout, chartNodeOrder, stateGraph } from '../../src/layout/chartGeometry';
import type { Rect } from '../../src/layout/labelSpots';
import { compileModel } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import type { Lang } from '../../src/model/types';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';
import { samplePoints, segmentCrosses } from './routeGeometry';

const ds = loadDefaultDataset();

function geometryAt(width: number, view: 'loop' | 'rounds' = 'loop') {
  const model = compileModel(ds, { year: 2026 });
  const graph = stateGraph(model, view, defaultValues(ds.parameters), 4);
  return chartLayout(graph, width, chartNodeOrder(model, view, 4), {});
}

describe('callouts', () => {
  it.each([320, 375, 1280])('stay inside a %i px chart, pointing at their box or link', (width) => {
    const geometry = geometryAt(width);
    const notes = [
      { target: { entity: 'nvidia' }, text: 'Part of this is Nvidia’s own money coming back' },
      { target: { entity: 'customers' }, text: '真正的客戶：讓循環持續運轉的力量' },
      { target: { flow: 'nvidia-fund-openai' }, text: 'US$30B of equity (reported), committed' },
    ];
    const callouts = placeCallouts(geometry, notes);
    expect(callouts.map((c) => c.index)).toEqual([0, 1, 2]);
    for (const c of callouts) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(geometry.width);
      expect(c.y + c.height).toBeLessThanOrEqual(geometry.height);
    }
    const nvidia = geometry.nodes.find((n) => n.key === 'nvidia')!;
    expect(callouts[0]).toMatchObject({ anchorX: (nvidia.x0 + nvidia.x1) / 2, anchorY: (nvidia.y0 + nvidia.y1) / 2 });
  });

  it('keeps off a label where the first spot (above, centred) would cover it', () => {
    const geometry = geometryAt(1280);
    const target = { entity: 'nvidia' };
    const text = 'Dashed: a letter of intent, not committed money';
    const [free] = placeCallouts(geometry, [{ target, text }]);
    // A label exactly where the callout went on a bare chart.
    const label = { x0: free!.x, x1: free!.x + free!.width, y0: free!.y, y1: free!.y + free!.height };
    const [moved] = placeCallouts(geometry, [{ target, text }], [label]);
    const overlaps =
      moved!.x < label.x1 && label.x0 < moved!.x + moved!.width && moved!.y < label.y1 && label.y0 < moved!.y + moved!.height;
    expect(overlaps).toBe(false);
    expect(moved).toMatchObject({ anchorX: free!.anchorX, anchorY: free!.anchorY });
  });

  it('keeps off the labels as placed: a named label by its text, a number by its tag, a hidden one not at all', () => {
    const geometry = geometryAt(320);
    // Long names at 320 px: some boxes get numbers.
    const labels = chartLabels(geometry, (entity) => ({ name: `${ds.entities[entity]!.label.en} company`, amount: 'US$12.3B' }), undefined);
    const rects = labelRects(labels);
    const drawn = labels.filter((l) => l.visible || l.tag);
    expect(drawn.some((l) => l.tag)).toBe(true);
    expect(rects).toHaveLength(drawn.length);
    drawn.forEach((label, i) => {
      const rect = rects[i]!;
      // The text's anchor (its inner edge, at its centre), or the tag's centre, lies in its rect.
      const [x, y] = label.tag ? [label.tag.x, label.tag.y] : [label.x, label.y];
      expect(rect.x0 <= x + 1e-9 && x <= rect.x1 + 1e-9 && rect.y0 <= y && y <= rect.y1, label.key).toBe(true);
    });
  });

  it('leaves out a note whose target is not drawn, and finds an entity in the rounds view', () => {
    expect(placeCallouts(geometryAt(800), [{ target: { flow: 'nvidia-fund-openai-loi' }, text: 'empty at the defaults' }])).toEqual([]);
    const rounds = geometryAt(800, 'rounds');
    const [callout] = placeCallouts(rounds, [{ target: { entity: 'nvidia' }, text: 'each round' }]);
    const first = rounds.nodes.find((n) => n.key.startsWith('nvidia@') && n.value > 0)!;
    expect(callout?.anchorY).toBe((first.y0 + first.y1) / 2);
  });

  it('wraps a note at spaces, and Chinese between characters but never before a closing mark', () => {
    const geometry = geometryAt(320);
    const target = { entity: 'nvidia' };
    const [en] = placeCallouts(geometry, [
      { target, text: 'Dashed: a letter of intent, not committed money, drawn as it stood on the day' },
    ]);
    expect(en!.lines.length).toBeGreaterThan(1);
    expect(en!.lines.join(' ')).toBe('Dashed: a letter of intent, not committed money, drawn as it stood on the day');
    // Each lead-in moves the breaks by a character, so some would fall before a mark.
    for (let i = 0; i < 12; i++) {
      const zh = `${'資'.repeat(i)}虛線：投資意向書，並非已承諾的資金，也不是已撥付的款項；這裡依當天的狀態繪製。`;
      const [callout] = placeCallouts(geometry, [{ target, text: zh }]);
      expect(callout!.lines.join('')).toBe(zh);
      for (const line of callout!.lines) expect(line, callout!.lines.join('|')).not.toMatch(/^[，。：；、）」]/);
    }
  });

  it('highlights named boxes and links, the ends of named links, and links between named boxes', () => {
    const geometry = geometryAt(1000);
    const { nodes, links } = highlightedShapes(geometry, ['azure', 'nvidia', 'openai-aws']);
    expect(links.map((l) => l.key).sort()).toEqual(['azure-nvidia', 'openai-aws']);
    expect(nodes.map((n) => n.key).sort()).toEqual(['aws', 'azure', 'nvidia', 'openai']);
  });
});

/** Square pixels of `rect` under the callout. */
function covered(callout: Callout, rect: Rect): number {
  const w = Math.min(callout.x + callout.width, rect.x1) - Math.max(callout.x, rect.x0);
  const h = Math.min(callout.y + callout.height, rect.y1) - Math.max(callout.y, rect.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The story's steps as a reader meets them (each step opened in the explorer's store): each step's chart, labels and callouts. */
function storyCallouts(width: number, lang: Lang) {
  return (ds.story ?? []).map((_, i) => {
    const store = createExplorerStore(ds, lang);
    store.getState().goToStep(i + 1);
    const { geometry, labels } = createChartDeriver()(store.getState(), { width });
    const rects = labelRects(labels);
    return {
      where: `step ${i + 1} at ${width} px, ${lang}`,
      geometry,
      rects,
      callouts: placeCallouts(geometry, storyNotes(ds, i + 1, lang), rects),
    };
  });
}

describe('callouts keep off what the chart shows', () => {
  it('move aside from their anchor when the chart above and below it is taken', () => {
    const geometry = geometryAt(1280);
    const target = { entity: 'nvidia' };
    const text = 'Part of this is Nvidia’s own money coming back';
    const [free] = placeCallouts(geometry, [{ target, text }]);
    // Labels over the whole height of the chart above and below the anchor's row, as wide as the
    // callout's three spots above and below the anchor take: room is left only beside it.
    const [x0, x1] = [free!.anchorX - free!.width, free!.anchorX + free!.width];
    const walls = [
      { x0, x1, y0: 0, y1: free!.anchorY - 30 },
      { x0, x1, y0: free!.anchorY + 30, y1: geometry.height },
    ];
    const [moved] = placeCallouts(geometry, [{ target, text }], walls);
    expect(moved!.marker).toBeUndefined();
    for (const wall of walls) expect(covered(moved!, wall)).toBe(0);
  });

  it('keep off the boxes with money', () => {
    const geometry = geometryAt(1280);
    const nvidia = geometry.nodes.find((n) => n.key === 'nvidia')!;
    const [callout] = placeCallouts(geometry, [{ target: { entity: 'nvidia' }, text: 'Part of this is Nvidia’s own money coming back' }]);
    for (const node of geometry.nodes.filter((n) => n.value > 0)) expect(covered(callout!, node), node.key).toBe(0);
    expect(callout).toMatchObject({ anchorX: (nvidia.x0 + nvidia.x1) / 2, anchorY: (nvidia.y0 + nvidia.y1) / 2 });
  });

  it('become a lettered marker on their anchor where every spot for a box would hide something', () => {
    const geometry = geometryAt(1280);
    const nvidia = geometry.nodes.find((n) => n.key === 'nvidia')!;
    const wall = { x0: 0, x1: geometry.width, y0: 0, y1: geometry.height };
    const callouts = placeCallouts(
      geometry,
      [
        { target: { entity: 'nvidia' }, text: 'Part of this is Nvidia’s own money coming back' },
        { target: { entity: 'openai' }, text: 'OpenAI' },
      ],
      [wall],
    );
    expect(callouts.map((c) => c.marker)).toEqual(['A', 'B']);
    expect(callouts[0]).toMatchObject({
      anchorX: (nvidia.x0 + nvidia.x1) / 2,
      anchorY: (nvidia.y0 + nvidia.y1) / 2,
      text: 'Part of this is Nvidia’s own money coming back',
    });
    expect(callouts[0]).toMatchObject({ width: 2 * MARKER_RADIUS, height: 2 * MARKER_RADIUS, x: callouts[0]!.anchorX - MARKER_RADIUS });
  });

  it.each(['openai', 'amd'])('put two markers on one box apart, up and down it (%s: tall, short)', (key) => {
    const geometry = geometryAt(1280);
    const box = geometry.nodes.find((n) => n.key === key)!;
    const wall = [{ x0: 0, x1: geometry.width, y0: 0, y1: geometry.height }];
    const [a, b] = placeCallouts(
      geometry,
      [1, 2].map((n) => ({ target: { entity: key }, text: `note ${n}` })),
      wall,
    );
    expect([a!.marker, b!.marker]).toEqual(['A', 'B']);
    expect(covered(b!, { x0: a!.x, x1: a!.x + a!.width, y0: a!.y, y1: a!.y + a!.height })).toBe(0);
    // On the box, or (a short box) beside its end, a marker's width or two away.
    for (const marker of [a!, b!]) {
      expect(marker.anchorX).toBe((box.x0 + box.x1) / 2);
      expect(marker.anchorY).toBeGreaterThanOrEqual(box.y0 - 4 * MARKER_RADIUS);
      expect(marker.anchorY).toBeLessThanOrEqual(box.y1 + 4 * MARKER_RADIUS);
    }
  });

  it('move a flow’s marker along its link, off a label at its middle', () => {
    const geometry = geometryAt(1280);
    const link = geometry.links.find((l) => l.key === 'nvidia-fund-openai')!;
    const route = link.route!;
    if (route.back || route.via.length) throw new Error('expected a plain forward link');
    const [middle] = placeCallouts(
      geometry,
      [{ target: { flow: link.key }, text: 'x' }],
      [{ x0: 0, x1: geometry.width, y0: 0, y1: geometry.height }],
    );
    // A label over the marker's first spot, and the chart walled off for a box (but for a gap around the link's ends).
    const label = { x0: middle!.x - 2, x1: middle!.x + middle!.width + 2, y0: middle!.y - 2, y1: middle!.y + middle!.height + 2 };
    const walls = [
      { x0: 0, x1: route.x0 + 1, y0: 0, y1: geometry.height },
      { x0: route.x1 - 1, x1: geometry.width, y0: 0, y1: geometry.height },
      label,
    ];
    const [moved] = placeCallouts(geometry, [{ target: { flow: link.key }, text: 'x' }], walls);
    expect(moved!.marker).toBe('A');
    expect(covered(moved!, label)).toBe(0);
    // Still on the link: on its S-curve (control points at the middle x), found by bisection on x.
    const mid = (route.x0 + route.x1) / 2;
    const at = (a: number, b: number, c: number, d: number, t: number) =>
      (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * c + t ** 3 * d;
    let [lo, hi] = [0, 1];
    for (let k = 0; k < 60; k++) {
      const t = (lo + hi) / 2;
      if (at(route.x0, mid, mid, route.x1, t) < moved!.anchorX) lo = t;
      else hi = t;
    }
    expect(Math.abs(at(route.y0, route.y0, route.y1, route.y1, lo) - moved!.anchorY)).toBeLessThan(0.5);
  });

  // A reader cannot move a callout aside: at phone to desktop widths (the chart's own width, between
  // the widths where markers and boxes trade places), in both languages, every step's callout is a box
  // that hides no name, number or box (but for rounding), its leader through no name and clipping at
  // most one box other than its own, by at most MAX_CLIP px; or a marker, on its box or its link, that
  // covers at most a quarter of its square of a label's block (the letter-of-intent link runs under
  // labels all the way at 340-630 px: 64 px² were seen).
  it.each([
    [320, 344, 360, 375],
    [390, 414, 430, 490],
    [620, 700, 768],
    [1000, 1280],
  ])('hide nothing of the story at %i px and nearby widths', (...widths) => {
    for (const width of widths)
      for (const lang of ['en', 'zh-TW'] as const) {
        for (const { where, geometry, rects, callouts } of storyCallouts(width, lang)) {
          const letters = callouts.filter((c) => c.marker).map((c) => c.marker);
          expect(letters, where).toEqual(['A', 'B'].slice(0, letters.length));
          const boxes = geometry.nodes.filter((n) => n.value > 0);
          for (const callout of callouts) {
            if (callout.marker) {
              for (const rect of rects) expect(covered(callout, rect), where).toBeLessThanOrEqual(MARKER_RADIUS * MARKER_RADIUS);
              continue;
            }
            for (const rect of rects) expect(covered(callout, rect), where).toBe(0);
            for (const node of boxes) expect(covered(callout, node), `${where}: ${node.key}`).toBeLessThan(0.5);
            const { anchorX, anchorY } = callout;
            const end = {
              x: Math.max(callout.x, Math.min(callout.x + callout.width, anchorX)),
              y: Math.max(callout.y, Math.min(callout.y + callout.height, anchorY)),
            };
            for (const rect of rects) expect(segmentCrosses(anchorX, anchorY, end.x, end.y, rect), `${where}: leader`).toBe(false);
            const clipped = boxes
              .filter((b) => !(anchorX >= b.x0 && anchorX <= b.x1 && anchorY >= b.y0 && anchorY <= b.y1))
              .map((b) => lengthInside(anchorX, anchorY, end.x, end.y, b))
              .filter((length) => length > 0);
            expect(clipped.length, `${where}: leader through boxes`).toBeLessThanOrEqual(1);
            expect(Math.max(0, ...clipped), `${where}: leader through a box`).toBeLessThanOrEqual(MAX_CLIP);
          }
        }
      }
  });

  it('are mostly boxes at 768 px and wider, where there is room', () => {
    const all = [768, 1280].flatMap((width) =>
      (['en', 'zh-TW'] as const).flatMap((lang) => storyCallouts(width, lang).flatMap((s) => s.callouts)),
    );
    expect(all.filter((c) => !c.marker).length).toBeGreaterThan(all.length * 0.75);
  });

  it('point at a flow in the middle of its drawn link, and never cover that point', () => {
    const geometry = geometryAt(1280);
    // A link routed through slots across columns, whose ends' midpoint need not lie on it.
    const link = geometry.links.find((l) => l.route && !l.route.back && l.route.via.length > 0 && l.width > 0)!;
    const [callout] = placeCallouts(geometry, [{ target: { flow: link.key }, text: 'what comes back' }]);
    const points = samplePoints(link.route!);
    const steps = points.map((p, i) => (i === 0 ? 0 : Math.hypot(p.x - points[i - 1]!.x, p.y - points[i - 1]!.y)));
    const total = steps.reduce((a, b) => a + b, 0);
    let run = 0;
    const middle = points.find((_, i) => (run += steps[i]!) >= total / 2)!;
    expect(Math.hypot(callout!.anchorX - middle.x, callout!.anchorY - middle.y)).toBeLessThan(total / 40);
    const covers = ({ x, y, width, height, anchorX, anchorY }: Callout) =>
      anchorX >= x && anchorX <= x + width && anchorY >= y && anchorY <= y + height;
    expect(callout!.marker).toBeUndefined();
    expect(covers(callout!)).toBe(false);
  });
});

/** The longest a leader may run through a box other than its own: it may clip one (13 px were seen). */
const MAX_CLIP = 16;

/** How far the segment from (x0, y0) to (x1, y1) runs inside `rect` (sampled every half pixel). */
function lengthInside(x0: number, y0: number, x1: number, y1: number, rect: Rect): number {
  const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2));
  let inside = 0;
  for (let k = 0; k <= n; k++) {
    const [x, y] = [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n];
    if (x > rect.x0 && x < rect.x1 && y > rect.y0 && y < rect.y1) inside++;
  }
  return (inside / n) * Math.hypot(x1 - x0, y1 - y0);
}

describe('callouts near the top edge', () => {
  it('keep off an anchor too close to the top for a box above it', () => {
    const geometry = geometryAt(1280);
    const top = geometry.nodes.filter((n) => n.value > 0).reduce((a, b) => ((a.y0 + a.y1) / 2 < (b.y0 + b.y1) / 2 ? a : b));
    const [callout] = placeCallouts(geometry, [
      { target: { entity: top.key }, text: 'a note long enough to wrap onto a second line here' },
    ]);
    const { x, y, width, height, anchorX, anchorY } = callout!;
    expect(callout!.marker).toBeUndefined();
    expect(anchorX >= x && anchorX <= x + width && anchorY >= y && anchorY <= y + height).toBe(false);
  });
});

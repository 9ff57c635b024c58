import { describe, expect, it } from 'vitest';
import { highlightedShapes, labelRects, placeCallouts } from '../../src/layout/callouts';
import { chartLabels } from '../../src/layout/chartLabels';
import { chartLayout, chartNodeOrder, stateGraph } from '../../src/layout/chartGeometry';
import { compileModel } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import { loadDefaultDataset } from '../model/fixtures';

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

describe('callouts near the top edge', () => {
  it('go below an anchor too close to the top for a box above it', () => {
    const geometry = geometryAt(375);
    const top = geometry.nodes.filter((n) => n.value > 0).reduce((a, b) => ((a.y0 + a.y1) / 2 < (b.y0 + b.y1) / 2 ? a : b));
    const [callout] = placeCallouts(geometry, [
      { target: { entity: top.key }, text: 'a note long enough to wrap onto a second line here' },
    ]);
    expect(callout!.y).toBeGreaterThan(callout!.anchorY);
  });
});

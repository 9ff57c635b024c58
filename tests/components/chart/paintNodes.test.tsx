// The drag's canvas paints the boxes and labels as ChartNode and ChartLabels draw them: the same
// rectangles (and own-money hatch), the same lines of text at the same places, anchors, weights and
// colours, with the halo under them, and the same numbered tags and leader lines.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartLabels } from '../../../src/components/chart/ChartLabels';
import { ChartNode } from '../../../src/components/chart/ChartNode';
import { paintLabels, paintNodes, type NodeContext } from '../../../src/components/chart/paintNodes';
import { packBoxes, paintedLabels, paintedNodesOf } from '../../../src/components/chart/paintedNodes';
import { deriveChart } from '../../../src/i18n/deriveChart';
import { px } from '../../../src/layout/units';
import { money } from '../../../src/model/units';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

const paint = { node: 'node', bg: 'bg', fg: 'fg', muted: 'muted', halo: 'halo', font: 'sans', mark: 'mark' };
const hatch = 'own-hatch' as unknown as CanvasPattern;
const r = (x: number) => Math.round(x * 100) / 100;

/** A canvas context that writes down what is filled and written, with the style it is done in. */
function recorder() {
  const marks: string[] = [];
  let path: string[] = [];
  const context = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: 'miter',
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    fillRect: (x: number, y: number, w: number, h: number) =>
      marks.push(`rect ${r(x)} ${r(y)} ${r(w)} ${r(h)} ${String(context.fillStyle)}`),
    beginPath: () => void (path = []),
    moveTo: (x: number, y: number) => path.push(`M${r(x)},${r(y)}`),
    lineTo: (x: number, y: number) => path.push(`L${r(x)},${r(y)}`),
    roundRect: (x: number, y: number, w: number, h: number, radius: number) => path.push(`round ${r(x)} ${r(y)} ${r(w)} ${r(h)} ${radius}`),
    fill: () => marks.push(`fill ${path.join('')} ${String(context.fillStyle)}`),
    stroke: () => marks.push(`stroke ${path.join('')} ${String(context.strokeStyle)} ${context.lineWidth}`),
    strokeText: (text: string, x: number, y: number) =>
      marks.push(`halo ${text} ${r(x)} ${r(y)} ${context.textAlign} ${context.font} ${String(context.strokeStyle)} ${context.lineWidth}`),
    fillText: (text: string, x: number, y: number) =>
      marks.push(`text ${text} ${r(x)} ${r(y)} ${context.textAlign} ${context.font} ${String(context.fillStyle)}`),
  };
  return { context: context as unknown as NodeContext, marks };
}

/** The default chart, with some boxes numbered and some labels moved off their box; in the net view, with own money hatched. */
function chart(width: number, lang: 'en' | 'zh-TW', net: boolean) {
  const store = createExplorerStore(defaultDataset(), lang);
  store.getState().setShowNet(net);
  return deriveChart(store.getState(), { width });
}

describe('paintNodes and paintLabels', () => {
  // Whether each chart has numbered boxes and leader lines; at 375 px in English, AMD's number stands
  // away from its box, joined to it by a leader.
  for (const [width, lang, net, numbered] of [
    [900, 'en', true, false],
    [340, 'zh-TW', false, true],
    [375, 'en', false, true],
  ] as const) {
    it(`paint what ChartNode and ChartLabels draw, ${width} px in ${lang}${net ? ', net view' : ''}`, () => {
      const { geometry, labels, ownHeight } = chart(width, lang, net);
      const { context, marks } = recorder();
      // Packed as the drag's canvas packs them for its worker.
      const painted = paintedNodesOf({ nodes: geometry.nodes, labels, ownHeight, stress: null });
      paintNodes(context, painted.boxes, paint, hatch);
      paintLabels(context, painted.labels, paint);

      const { container } = render(
        <svg>
          {geometry.nodes.map((node) => (
            <ChartNode
              key={node.key}
              node={node}
              label=""
              ownHeight={ownHeight(node)}
              active={false}
              draggable
              tabStop={false}
              onActivate={() => {}}
              onDeactivate={() => {}}
              onDrag={() => {}}
            />
          ))}
          <ChartLabels labels={labels} held={false} />
        </svg>,
      );
      const n = (e: Element, a: string) => r(Number(e.getAttribute(a)));
      const expected: string[] = [];
      for (const rect of container.querySelectorAll('.node rect'))
        expected.push(
          `rect ${n(rect, 'x')} ${n(rect, 'y')} ${n(rect, 'width')} ${n(rect, 'height')} ${rect.classList.contains('node__own') ? 'own-hatch' : 'node'}`,
        );
      for (const mark of container.querySelectorAll('.labels > *')) {
        if (mark.matches('line.label-leader'))
          expected.push(`stroke M${n(mark, 'x1')},${n(mark, 'y1')}L${n(mark, 'x2')},${n(mark, 'y2')} muted 1`);
        else if (mark.matches('g.label-tag')) {
          const rect = mark.querySelector('rect')!;
          const text = mark.querySelector('text')!;
          const shape = `round ${n(rect, 'x')} ${n(rect, 'y')} ${n(rect, 'width')} ${n(rect, 'height')} ${rect.getAttribute('rx')}`;
          expected.push(`fill ${shape} halo`, `stroke ${shape} fg 1`);
          expected.push(`text ${text.textContent} ${n(text, 'x')} ${n(text, 'y')} center 600 ${text.getAttribute('font-size')}px sans fg`);
        } else {
          const align = mark.getAttribute('text-anchor') === 'end' ? 'right' : 'left';
          for (const line of mark.querySelectorAll('tspan')) {
            const name = line.classList.contains('label__name');
            const font = `${name ? '600 ' : ''}${mark.getAttribute('font-size')}px sans`;
            const at = `${line.textContent} ${n(line, 'x')} ${n(line, 'y')} ${align} ${font}`;
            expected.push(`halo ${at} halo 3`, `text ${at} ${name ? 'fg' : 'muted'}`);
          }
        }
      }
      // The chart this checks has each kind of mark.
      expect(expected.some((m) => m.endsWith('own-hatch'))).toBe(net);
      expect(expected.some((m) => m.startsWith('fill round'))).toBe(numbered);
      expect(expected.some((m) => m.startsWith('stroke M'))).toBe(numbered);
      // A number's leader among them.
      expect(labels.some((l) => l.tag && l.leader)).toBe(width === 375);
      expect(marks).toEqual(expected);
    });
  }
});

describe('packBoxes and paintedLabels', () => {
  it('pack six numbers a box, in order, and paint a box of no money as nothing', () => {
    const boxes = packBoxes(
      [
        { x0: px(1), x1: px(2), y0: px(3), y1: px(4), value: money(5) },
        { x0: px(6), x1: px(7), y0: px(8), y1: px(8), value: money(0) },
      ],
      (node) => (node.value > 0 ? 0.75 : 0),
    );
    expect([...boxes]).toEqual([1, 2, 3, 4, 5, 0.75, 6, 7, 8, 8, 0, 0]);
    const { context, marks } = recorder();
    paintNodes(context, boxes, paint, hatch);
    expect(marks).toEqual(['rect 1 3 1 1 node', 'rect 1 3.25 1 0.75 own-hatch']);
  });

  it('keep the labels painting draws: a visible one or a numbered tag, never a hidden one', () => {
    const label = (key: string, visible: boolean, tag?: number) => ({
      key,
      x: px(0),
      y: px(0),
      anchor: 'start' as const,
      visible,
      name: [key],
      amount: [],
      ...(tag === undefined ? {} : { tag: { number: tag, x: px(0), y: px(0) } }),
    });
    const kept = paintedLabels([label('a', true), label('b', false), label('c', false, 1)]);
    expect(kept.map((l) => l.key)).toEqual(['a', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';
import { SHAPES } from '../model/shapes';
import { layoutAtDefaults, roundNumbers } from '../svgSnapshots';
import { drawGeometry } from './drawGeometry';

// Snapshots of the layout itself, drawn plainly: a change in any node box, link route, lane or
// label position shows up as a diff of a reviewable .svg (open it, or render it with rsvg-convert).
// Update deliberately with `npx vitest run -u tests/layout/geometrySnapshots.test.ts` and review the diff.

const DATASETS = { 'ai-capital-loop': loadDefaultDataset, ...SHAPES };
const LANGS: Lang[] = ['en', 'zh-TW'];

describe('layout snapshots', () => {
  for (const [name, load] of Object.entries(DATASETS)) {
    for (const lang of LANGS) {
      it(`${name}, loop view, ${lang}`, async () => {
        const svg = roundNumbers(drawGeometry(layoutAtDefaults(load(), lang)));
        await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.loop.${lang}.svg`);
      });
    }
  }

  it('ai-capital-loop, rounds view, en', async () => {
    const svg = roundNumbers(drawGeometry(layoutAtDefaults(loadDefaultDataset(), 'en', 'rounds')));
    await expect(svg).toMatchFileSnapshot('__snapshots__/ai-capital-loop.rounds.en.svg');
  });
});

describe('roundNumbers', () => {
  it('rounds every number in attribute values to a tenth, and leaves text, colours, keys and the XML declaration alone', () => {
    expect(
      roundNumbers(
        '<?xml version="1.0"?><path d="M10.04,-0.04C1.25e-7,3.96" data-key="a1.55" fill="#e5e5e5" width="12"><title>US$1.25B</title></path>',
      ),
    ).toBe('<?xml version="1.0"?><path d="M10,0C0,4" data-key="a1.55" fill="#e5e5e5" width="12"><title>US$1.25B</title></path>');
    expect(roundNumbers('<g transform="translate(16, 81.25)" viewBox="0 0 932.04 80"/>')).toBe(
      '<g transform="translate(16, 81.3)" viewBox="0 0 932 80"/>',
    );
  });
});

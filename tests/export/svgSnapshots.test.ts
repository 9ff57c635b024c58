import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';
import { SHAPES } from '../model/shapes';
import { exportAtDefaults, roundNumbers } from '../svgSnapshots';

// Snapshots of the exported SVG document (title, legend, chart, figures, sources) per dataset
// shape and language. Update deliberately with `npx vitest run -u tests/export/svgSnapshots.test.ts`
// and review the diff (render a file with rsvg-convert to look at it).

const DATASETS = { 'ai-capital-loop': loadDefaultDataset, ...SHAPES };
const LANGS: Lang[] = ['en', 'zh-TW'];
const hasXmllint = existsSync('/usr/bin/xmllint');

describe('exported SVG snapshots', () => {
  for (const [name, load] of Object.entries(DATASETS)) {
    for (const lang of LANGS) {
      it(`${name}, ${lang}`, async () => {
        const svg = exportAtDefaults(load(), lang);
        if (hasXmllint) expect(spawnSync('/usr/bin/xmllint', ['--noout', '-'], { input: svg, encoding: 'utf8' }).stderr).toBe('');
        await expect(roundNumbers(svg)).toMatchFileSnapshot(`__snapshots__/${name}.${lang}.svg`);
      });
    }
  }
});

// Part of npm run build: the link-preview image (Open Graph, Twitter) and the no-JavaScript fallback,
// drawn from the bundled dataset's default chart by the export's own code at the social preset
// (1200 × 675), then turned into PNG by rsvg-convert (Debian: librsvg2-bin), since link previews
// take no SVG. Writes .preview/, which vite.config.ts ships and writes into index.html.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildSnapshot } from '../src/export/buildSnapshot';
import { presetSvg } from '../src/export/exportPresets';
import { loadLanguage } from '../src/i18n/strings';
import { parseDatasetJson } from '../src/model/parseDataset';
import type { Lang } from '../src/model/types';
import { createExplorerStore } from '../src/state/store';

const OUT = '.preview';
const parsed = parseDatasetJson(readFileSync('data/ai-capital-loop.json', 'utf8'));
if (!parsed.ok) throw new Error('data/ai-capital-loop.json is not valid (see check-dataset)');
const { dataset } = parsed;
await Promise.all([loadLanguage('en'), loadLanguage('zh-TW')]);
mkdirSync(OUT, { recursive: true });

const svg = presetSvg(createExplorerStore(dataset, 'en').getState(), 'social');
writeFileSync(`${OUT}/preview.svg`, svg);
const render = spawnSync('rsvg-convert', ['--width', '1200', '--height', '675', '-o', `${OUT}/preview.png`, `${OUT}/preview.svg`], {
  encoding: 'utf8',
});
if (render.error || render.status !== 0) {
  console.error(
    `The link-preview image needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg): ${render.error?.message ?? render.stderr}`,
  );
  process.exit(1);
}

/** The headline figures as the chart's page states them, for readers without JavaScript. */
function figures(lang: Lang) {
  const input = buildSnapshot(createExplorerStore(dataset, lang).getState(), { width: 900 });
  return { title: input.title, subtitle: input.subtitle, figures: input.figures, sourceLine: input.sourceLine };
}
writeFileSync(`${OUT}/figures.json`, `${JSON.stringify({ en: figures('en'), 'zh-TW': figures('zh-TW') }, null, 2)}\n`);
console.log(`${OUT}/preview.png: the default chart at 1200 × 675, and the headline figures for <noscript>`);

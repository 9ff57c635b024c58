import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/embed/embedSnippet';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { validateDataset } from '../../src/model/validate';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const block = (language: string) => readme.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))?.[1] ?? '';

describe('the README examples of bring-your-own data', () => {
  it('a JSON dataset that loads as it stands', () => {
    const result = validateDataset(JSON.parse(block('json')));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('CSVs (flows alone, with an entities table, with meta and kinds tables in euros) that load as they stand', () => {
    const blocks = [...readme.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBe(3);
    const results = blocks.map((csv) => parseDatasetCsv(csv));
    for (const result of results) expect(result.ok ? [] : result.errors).toEqual([]);
    const euro = results[2];
    expect(euro?.ok && euro.dataset.meta).toEqual(expect.objectContaining({ currency: 'EUR', unit: '€ millions' }));
    expect(euro?.ok && euro.dataset.meta.kinds).toEqual([
      { id: 'equipment-purchase', label: { en: 'equipment purchase', 'zh-TW': '採購設備' }, like: 'gpu-purchase' },
    ]);
    expect(euro?.ok && euro.dataset.flows.map((flow) => flow.kind)).toContain('equipment-purchase');
  });
});

describe("the README's embed snippet", () => {
  it('is what Embed gives for its view: the reserved height and the heights by column width as measured', () => {
    const readmeSnippet = block('html');
    const src = readmeSnippet.match(/src="([^"]+)"/)?.[1] ?? '';
    const url = new URL(src);
    const controls = url.searchParams.get('controls') as 'none' | 'scenarios' | 'all';
    const given = embedSnippet(url.href, controls, 'Capital Loop');
    const attribute = (html: string, name: string) => html.match(new RegExp(`${name}="([^"]+)"`))?.[1];
    for (const name of ['data-heights', 'height', 'style']) expect(attribute(readmeSnippet, name), name).toBe(attribute(given, name));
  });
});

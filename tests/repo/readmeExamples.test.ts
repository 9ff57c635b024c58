import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

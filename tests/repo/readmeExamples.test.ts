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

  it('CSVs (flows alone, and with an entities table) that load as they stand', () => {
    const blocks = [...readme.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(blocks.length).toBe(2);
    for (const csv of blocks) {
      const result = parseDatasetCsv(csv);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });
});

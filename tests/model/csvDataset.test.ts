import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';

const errorsOf = (text: string) => {
  const result = parseDatasetCsv(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('CSV problems name the CSV line and column', () => {
  it('says a source cell of http:// is no web address, on its line', () => {
    expect(errorsOf('from,to,amount,source\na,b,5,http://\n')).toEqual([
      { path: { line: 2, column: 'source' }, code: 'csv-bad-url', params: { text: 'http://' } },
    ]);
  });

  it('points the dataset checks at the line they come from, never at flows[0] or parameters[0]', () => {
    // a → b twice: the second slider has the same id as the first (a duplicate), found by the dataset checks.
    const errors = errorsOf('from,to,amount\na,b,5\nb,c,3\nc,a,2\na,a,1\n');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(typeof error.path === 'object' && 'line' in error.path, JSON.stringify(error)).toBe(true);
    expect(errors.some((e) => typeof e.path === 'object' && 'line' in e.path && e.path.line === 5)).toBe(true);
  });
});

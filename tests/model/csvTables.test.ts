import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import type { DatasetIssue } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';

const errorsOf = (result: ReturnType<typeof parseDatasetCsv>): DatasetIssue[] => {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

function loaded(text: string): Dataset {
  const result = parseDatasetCsv(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('finding the tables', () => {
  it('allows padding after a marker, blank lines and either order, and numbers lines in the whole file', () => {
    const text = '\n# Flows,,,\nfrom,to,amount\n\na,b,x\n\n#entities;;\nid\na\nb\n';
    expect(errorsOf(parseDatasetCsv(text))).toEqual([
      { path: { line: 5, column: 'amount' }, code: 'csv-not-a-number', params: { text: 'x' } },
    ]);
  });

  it('refuses text before the first marker, a table given twice and entities without flows', () => {
    expect(errorsOf(parseDatasetCsv('hello\n# flows\nfrom,to,amount\na,b,1\n'))).toEqual([
      { path: { line: 1 }, code: 'csv-outside-table', params: {} },
    ]);
    expect(errorsOf(parseDatasetCsv('# flows\nfrom,to,amount\na,b,1\n# flows\nfrom,to,amount\n'))).toEqual([
      { path: { line: 4 }, code: 'csv-second-table', params: { table: 'flows' } },
    ]);
    expect(errorsOf(parseDatasetCsv('# entities\nid\na\n'))).toEqual([{ path: { whole: 'file' }, code: 'csv-no-flows', params: {} }]);
  });

  it('reads a file without markers as the flows table, as before', () => {
    expect(loaded('from,to,amount\na,b,5\n').entities.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

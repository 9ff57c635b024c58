import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import type { DatasetIssue } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';

function load(text: string): { dataset: Dataset; warnings: DatasetIssue[] } {
  const result = parseDatasetCsv(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function errorsOf(text: string): DatasetIssue[] {
  const result = parseDatasetCsv(text);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseDatasetCsv (mutants)', () => {
  it('reads a header with a byte-order mark, spaces and capitals', () => {
    const { dataset } = load('\uFEFF From , TO ,Amount\n a , b ,30\n');
    expect(dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(dataset.flows).toEqual([
      { id: 'a-b-2', from: 'a', to: 'b', kind: 'equity-investment', amount: { param: 'amount-a-b' }, provenance: { basis: 'assumption' } },
    ]);
  });

  it('skips blank lines, even ones with only spaces', () => {
    const { dataset } = load('from,to,amount\na,b,1\n\n   \nc,d,2\n');
    expect(dataset.flows.map((f) => f.id)).toEqual(['a-b-2', 'c-d-5']);
  });

  it('turns an injected amount into a slider with a round top and step', () => {
    const { dataset } = load('from,to,amount,kind\na,b,30,\nc,d,70,customer-revenue\ne,f,0,\n');
    expect(dataset.parameters).toEqual([
      {
        id: 'amount-a-b',
        label: { en: 'a → b', 'zh-TW': 'a → b' },
        group: 'investment',
        unit: 'amount',
        min: 0,
        max: 60,
        step: 0.1,
        default: 30,
        reference: 30,
        provenance: { basis: 'assumption' },
      },
      {
        id: 'amount-c-d',
        label: { en: 'c → d', 'zh-TW': 'c → d' },
        group: 'revenue',
        unit: 'amount',
        min: 0,
        max: 200,
        step: 1,
        default: 70,
        reference: 70,
        provenance: { basis: 'assumption' },
      },
      {
        id: 'amount-e-f',
        label: { en: 'e → f', 'zh-TW': 'e → f' },
        group: 'investment',
        unit: 'amount',
        min: 0,
        max: 10,
        step: 0.1,
        default: 0,
        reference: 0,
        provenance: { basis: 'assumption' },
      },
    ]);
  });

  it('gives entities roles from where money goes: source, customer, sink, other', () => {
    const { dataset } = load('from,to,amount,share,kind\ninv,hub,10,,\ncust,hub,5,,customer-revenue\nhub,out,,0.5,\n');
    expect(dataset.entities).toEqual([
      { id: 'inv', label: { en: 'inv' }, role: 'source' },
      { id: 'hub', label: { en: 'hub' }, role: 'other' },
      { id: 'cust', label: { en: 'cust' }, role: 'customer' },
      { id: 'out', label: { en: 'out' }, role: 'sink' },
    ]);
  });

  it('fills the meta with dollars and today', () => {
    const { dataset } = load('from,to,amount\na,b,1\n');
    expect(dataset.meta).toEqual({
      title: { en: 'My capital loop', 'zh-TW': '我的資金循環' },
      description: { en: 'Loaded from a CSV of flows.', 'zh-TW': '由資金流的 CSV 載入。' },
      currency: 'USD',
      unit: 'US$ billions',
      asOf: new Date().toISOString().slice(0, 10),
      convention: { en: 'As given in the CSV.', 'zh-TW': '依 CSV 所列。' },
      sources: [],
    });
  });

  it('makes a source per cited row, a link only for http(s) addresses, and keeps notes', () => {
    const { dataset } = load(
      'from,to,amount,status,source,note\na,b,1,reported,https://example.com/x, why \nc,d,2,,Annual report,\ne,f,3,,HTTP://Other.org,\ng,h,4,,see https://x.com,\n',
    );
    expect(dataset.meta.sources).toEqual([
      { id: 'source-1', title: 'https://example.com/x', publisher: 'example.com', date: '', url: 'https://example.com/x' },
      { id: 'source-2', title: 'Annual report', publisher: '', date: '', url: '' },
      { id: 'source-3', title: 'HTTP://Other.org', publisher: 'other.org', date: '', url: 'HTTP://Other.org' },
      { id: 'source-4', title: 'see https://x.com', publisher: '', date: '', url: '' },
    ]);
    expect(dataset.flows.map((f) => f.provenance)).toEqual([
      { basis: 'reported', sources: ['source-1'], note: { en: 'why' } },
      { basis: 'assumption', sources: ['source-2'] },
      { basis: 'assumption', sources: ['source-3'] },
      { basis: 'assumption', sources: ['source-4'] },
    ]);
  });

  it('scales each entity’s shares with a slider whose top keeps their sum at most 1', () => {
    const { dataset } = load('from,to,amount,share\ninv,a,10,\ninv,b,10,\na,x,,0.6\na,y,,0.6\nb,z,,0.5\nb,w,,rest\n');
    expect(dataset.flows.slice(2)).toEqual([
      {
        id: 'a-x-4',
        from: 'a',
        to: 'x',
        kind: 'compute-spend',
        share: { product: [{ param: 'scale-a' }, 0.6] },
        provenance: { basis: 'assumption' },
      },
      {
        id: 'a-y-5',
        from: 'a',
        to: 'y',
        kind: 'compute-spend',
        share: { product: [{ param: 'scale-a' }, 0.6] },
        provenance: { basis: 'assumption' },
      },
      {
        id: 'b-z-6',
        from: 'b',
        to: 'z',
        kind: 'compute-spend',
        share: { product: [{ param: 'scale-b' }, 0.5] },
        provenance: { basis: 'assumption' },
      },
      { id: 'b-w-7', from: 'b', to: 'w', kind: 'leakage', share: 'rest', provenance: { basis: 'assumption' } },
    ]);
    const scale = (max: number, value: number, entity: string) => ({
      id: `scale-${entity}`,
      label: { en: `${entity}: share passed on (× the CSV's shares)`, 'zh-TW': `${entity}：轉出的比例（CSV 所寫比例的倍數）` },
      group: 'behaviour',
      unit: 'share',
      min: 0,
      max,
      step: 0.01,
      default: value,
      provenance: {
        basis: 'assumption',
        note: { en: 'Generated from the CSV: 1 = the shares as written.', 'zh-TW': '由 CSV 產生：1 代表照 CSV 所寫的比例。' },
      },
    });
    expect(dataset.parameters.slice(2)).toEqual([scale(0.83, 0.83, 'a'), scale(1, 1, 'b')]);
  });

  it('accepts a share of exactly 1 and of 0', () => {
    const { dataset } = load('from,to,amount,share\ninv,a,10,\na,x,,1\nx,y,,0\n');
    expect(dataset.parameters.filter((p) => p.id.startsWith('scale-')).map((p) => [p.id, p.max, p.default])).toEqual([
      ['scale-a', 1, 1],
      ['scale-x', 1, 1],
    ]);
  });

  it('names a share over 1, a negative amount and a word, by line and column', () => {
    expect(errorsOf('from,to,amount,share\na,b,-5,\na,c,,1.5\na,d,,lots\n')).toEqual([
      { path: { line: 2, column: 'amount' }, code: 'csv-not-a-number', params: { text: '-5' } },
      { path: { line: 3, column: 'share' }, code: 'csv-share-over-one', params: { share: 1.5, from: 'a' } },
      { path: { line: 4, column: 'share' }, code: 'csv-not-a-number', params: { text: 'lots' } },
    ]);
  });

  it('names empty cells, missing cells and a missing amount in the column the CSV has', () => {
    expect(errorsOf('from,to,amount\na\n')).toEqual([
      { path: { line: 2, column: 'to' }, code: 'csv-empty-cell', params: {} },
      { path: { line: 2, column: 'amount' }, code: 'csv-no-amount', params: {} },
    ]);
    expect(errorsOf('to,from,share\nb\n')).toEqual([
      { path: { line: 2, column: 'from' }, code: 'csv-empty-cell', params: {} },
      { path: { line: 2, column: 'share' }, code: 'csv-no-amount', params: {} },
    ]);
  });

  it('warns about unknown columns only', () => {
    const { warnings } = load('from,to,amount,colour\na,b,1,red\n');
    expect(warnings.filter((w) => w.code === 'csv-unknown-column')).toEqual([
      {
        path: { line: 1, column: 'colour' },
        code: 'csv-unknown-column',
        params: { known: ['from', 'to', 'amount', 'share', 'kind', 'basis', 'status', 'source', 'note'] },
      },
    ]);
  });

  it('stops at syntax errors, naming bad and unclosed quotes and extra fields', () => {
    expect(errorsOf('from,to,amount\na,"b"x,1\n')).toEqual([
      { path: { line: 3 }, code: 'csv-bad-quote', params: {} },
      { path: { line: 3 }, code: 'csv-unclosed-quote', params: {} },
    ]);
    expect(errorsOf('from,to,amount\n"a,b,1\n')).toEqual([{ path: { line: 3 }, code: 'csv-unclosed-quote', params: {} }]);
    expect(errorsOf('from,to,amount\na,b,1,9\n')).toEqual([{ path: { line: 2 }, code: 'csv-too-many-fields', params: { columns: 3 } }]);
  });

  it('names a text without a delimiter and the columns it lacks', () => {
    expect(errorsOf('from\na\n')).toEqual([
      { path: { line: 2 }, code: 'csv-no-delimiter', params: {} },
      { path: { line: 1 }, code: 'csv-missing-column', params: { column: 'to' } },
      { path: { line: 1 }, code: 'csv-no-amount-column', params: {} },
    ]);
  });

  it('lets rows leave trailing optional columns out', () => {
    const { dataset } = load('from,to,amount,kind,status\na,b,1\n');
    expect(dataset.flows).toHaveLength(1);
  });

  it('reports at most 20 syntax errors and 200 row errors', () => {
    expect(errorsOf(`from,to,amount\n${'a,b,1,9\n'.repeat(25)}`)).toHaveLength(20);
    expect(errorsOf(`from,to,amount\n${',b,1\n'.repeat(250)}`)).toHaveLength(200);
  });
});

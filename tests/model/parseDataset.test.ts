import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { parseDatasetJson } from '../../src/model/parseDataset';
import { compileModel, solveLoop } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import { FLOW_KINDS, STATUSES } from '../../src/model/types';
import { smallLoop } from './fixtures';

const errorsOf = (result: ReturnType<typeof parseDatasetJson>) => (result.ok ? [] : result.errors);

describe('loading JSON text', () => {
  it('points a parse error at its line and column', () => {
    const text = '{\n  "meta": {\n    "title": "x",\n  }\n}';
    expect(errorsOf(parseDatasetJson(text))).toEqual([{ path: { line: 4, column: 3 }, code: 'json-unexpected', params: { text: '}' } }]);
  });

  it('says so when the text is empty', () => {
    expect(errorsOf(parseDatasetJson('   '))).toEqual([{ path: { line: 1, column: 1 }, code: 'empty-text', params: {} }]);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const size = 5 * 1024 * 1024 + 1;
    const tooLarge = { path: { whole: 'file' }, code: 'file-too-large', params: { bytes: size, limitBytes: 5 * 1024 * 1024 } };
    expect(errorsOf(parseDatasetJson(' '.repeat(size)))).toEqual([tooLarge]);
    expect(errorsOf(parseDatasetCsv(' '.repeat(size)))).toEqual([tooLarge]);
  });

  it('names an unknown entity with its path and a did-you-mean', () => {
    const ds = smallLoop();
    ds.flows[1]!.to = 'clowd';
    expect(errorsOf(parseDatasetJson(JSON.stringify(ds)))).toContainEqual({
      path: 'flows[1].to',
      code: 'unknown-id',
      params: expect.objectContaining({ kind: 'entity', id: 'clowd', suggestion: 'cloud' }),
    });
  });

  it('loads odd but valid datasets with warnings', () => {
    const ds = smallLoop();
    ds.entities.push({ id: 'lonely', role: 'other', label: { en: 'Lonely' } });
    ds.parameters[2]!.default = 1;
    ds.parameters[1]!.default = 1;
    ds.flows[3] = { ...ds.flows[3]!, share: 1 } as never;
    const result = parseDatasetJson(JSON.stringify(ds));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toContainEqual({ path: 'parameters', code: 'loop-diverges', params: { gain: expect.closeTo(1, 9) } });
    expect(result.warnings).toContainEqual({ path: 'entities[7]', code: 'entity-unused', params: { entity: 'lonely' } });
    expect(result.warnings).toContainEqual({ path: 'entities[2]', code: 'no-leakage', params: { entity: 'cloud' } });
  });

  it('round-trips: export the dataset as JSON, load it, get the identical dataset', () => {
    const raw = readFileSync(join(process.cwd(), 'data/ai-capital-loop.json'), 'utf8');
    const first = parseDatasetJson(raw);
    if (!first.ok) throw new Error('default invalid');
    const again = parseDatasetJson(JSON.stringify(first.dataset, null, 2));
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(again.dataset).toEqual(first.dataset);
  });
});

describe('loading a CSV of flows', () => {
  const csv = [
    'from,to,amount,share,kind,source',
    'fund,lab,50,,,https://example.org/deal',
    'lab,cloud,,0.8',
    'lab,costs,,rest',
    'cloud,chip,,0.5,gpu-purchase',
    'cloud,costs,,rest',
    'chip,lab,,0.2,reinvestment',
    'chip,kept,,rest',
  ].join('\n');

  it('builds a dataset with a slider per amount and per share-bearing entity', () => {
    const result = parseDatasetCsv(csv);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { dataset } = result;
    expect(dataset.entities.map((e) => `${e.id}:${e.role}`)).toEqual([
      'fund:source',
      'lab:other',
      'cloud:other',
      'costs:sink',
      'chip:other',
      'kept:sink',
    ]);
    expect(dataset.parameters.map((p) => p.id)).toEqual(['amount-fund-lab', 'scale-lab', 'scale-cloud', 'scale-chip']);
    expect(dataset.meta.sources[0]).toMatchObject({ url: 'https://example.org/deal', publisher: 'example.org' });
    const model = compileModel(dataset);
    const loop = solveLoop(model, defaultValues(dataset.parameters));
    expect(loop.status).toBe('converged');
    if (loop.status !== 'converged') return;
    // lab = 50 / (1 − 0.8 × 0.5 × 0.2)
    expect(loop.inflow[model.structure.entityIndex.get('lab')!]).toBeCloseTo(50 / 0.92, 9);
  });

  it.each([
    ['from,to\na,b', { line: 1 }, 'csv-no-amount-column', {}],
    ['to,amount\nb,1', { line: 1 }, 'csv-missing-column', { column: 'from' }],
    ['from,to,amount\na,b,lots', { line: 2, column: 'amount' }, 'csv-not-a-number', { text: 'lots' }],
    ['from,to,amount,share\na,b,5,0.5', { line: 2, column: 'share' }, 'csv-amount-and-share', {}],
    ['from,to,amount,share\na,b,,', { line: 2, column: 'amount' }, 'csv-no-amount', {}],
    ['from,to,share\na,b,1.5', { line: 2, column: 'share' }, 'csv-share-over-one', { share: 1.5, from: 'a' }],
    [
      'from,to,amount,kind\na,b,5,gift',
      { line: 2, column: 'kind' },
      'csv-unknown-value',
      { column: 'kind', value: 'gift', options: FLOW_KINDS },
    ],
    [
      'from,to,amount,status\na,b,5,rumour',
      { line: 2, column: 'status' },
      'csv-unknown-value',
      { column: 'status', value: 'rumour', options: STATUSES },
    ],
    ['from,to,amount\n,b,5', { line: 2, column: 'from' }, 'csv-empty-cell', {}],
    ['from,to,amount\na,b,5,6', { line: 2 }, 'csv-too-many-fields', { columns: 3 }],
    ['from,to,amount\n"a,b,5', { line: 3 }, 'csv-unclosed-quote', {}],
  ])('reports %j at its line and column', (text, path, code, params) => {
    const result = parseDatasetCsv(text);
    expect(result.ok ? [] : result.errors).toContainEqual({ path, code, params });
  });

  it('warns about columns it does not know', () => {
    const result = parseDatasetCsv('from,to,amount,colour\na,b,5,red');
    expect(result.ok && result.warnings).toContainEqual({
      path: { line: 1, column: 'colour' },
      code: 'csv-unknown-column',
      params: { known: expect.arrayContaining(['from', 'to', 'amount', 'share']) },
    });
  });
});

describe('JSON error positions, whatever the engine says', () => {
  it.each([
    ['{\n  "a": [,]\n}', { line: 2, column: 9 }, ',]'],
    ['{"a": 1,}', { line: 1, column: 9 }, '}'],
    ['{"a": tru}', { line: 1, column: 7 }, 'tru}'],
    ["{'a': 1}", { line: 1, column: 2 }, "'a': 1}"],
  ])('%j → %j', (text, path, unexpected) => {
    expect(errorsOf(parseDatasetJson(text))).toEqual([{ path, code: 'json-unexpected', params: { text: unexpected } }]);
  });

  it('says where the text ends when it ends too soon', () => {
    expect(errorsOf(parseDatasetJson('{"meta": '))).toEqual([{ path: { line: 1, column: 10 }, code: 'json-ends-early', params: {} }]);
  });
});

describe('size limits', () => {
  it('names the entity and flow limits when a dataset is over them', () => {
    const ds = smallLoop();
    const many = { ...ds, entities: Array.from({ length: 2001 }, (_, i) => ({ id: `e${i}`, role: 'other', label: { en: `e${i}` } })) };
    expect(errorsOf(parseDatasetJson(JSON.stringify(many)))).toContainEqual({
      path: 'entities',
      code: 'too-many',
      params: { list: 'entities', max: 2000 },
    });
    const flows = { ...ds, flows: Array.from({ length: 10_001 }, (_, i) => ({ ...ds.flows[1]!, id: `f${i}` })) };
    expect(errorsOf(parseDatasetJson(JSON.stringify(flows)))).toContainEqual({
      path: 'flows',
      code: 'too-many',
      params: { list: 'flows', max: 10000 },
    });
  });
});

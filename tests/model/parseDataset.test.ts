import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { parseDatasetJson } from '../../src/model/parseDataset';
import { compileModel, solveLoop } from '../../src/model/engine';
import { defaultValues } from '../../src/model/defaults';
import { smallLoop } from './fixtures';

const errorsOf = (result: ReturnType<typeof parseDatasetJson>) => (result.ok ? [] : result.errors);

describe('loading JSON text', () => {
  it('points a parse error at its line and column', () => {
    const text = '{\n  "meta": {\n    "title": "x",\n  }\n}';
    const [error] = errorsOf(parseDatasetJson(text));
    expect(error!.path).toBe('line 4, column 3');
    expect(error!.message).toBe("not valid JSON: unexpected '}'");
  });

  it('says so when the text is empty', () => {
    expect(errorsOf(parseDatasetJson('   '))).toEqual([
      { path: 'line 1, column 1', message: 'the text is empty: paste or choose a dataset in JSON' },
    ]);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const [error] = errorsOf(parseDatasetJson(' '.repeat(5 * 1024 * 1024 + 1)));
    expect(error!.message).toMatch(/datasets may be at most 5 MB/);
  });

  it('names an unknown entity with its path and a did-you-mean', () => {
    const ds = smallLoop();
    ds.flows[1]!.to = 'clowd';
    expect(errorsOf(parseDatasetJson(JSON.stringify(ds)))).toContainEqual({
      path: 'flows[1].to',
      message: "unknown entity 'clowd' — did you mean 'cloud'?",
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
    const messages = result.warnings.map((w) => `${w.path}: ${w.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^parameters: at the default slider values the loop returns 1\.00 per dollar \(gain ≥ 1\)/),
    );
    expect(messages).toContainEqual("entities[7]: 'lonely' has no flows in or out, so it never appears in the chart");
    expect(messages).toContainEqual(expect.stringMatching(/^entities\[2\]: 'cloud' passes on all it receives/));
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
    ['from,to\na,b', 'line 1', "needs an 'amount' or a 'share' column"],
    ['from,to,amount\na,b,lots', "line 2, column 'amount'", "'lots' is not a number ≥ 0"],
    ['from,to,amount,share\na,b,5,0.5', "line 2, column 'share'", 'a row has either an amount or a share, not both'],
    ['from,to,share\na,b,1.5', "line 2, column 'share'", "1.5 is more than 1: a share is a fraction of what 'a' receives (0.5 = half)"],
    ['from,to,amount,kind\na,b,5,gift', "line 2, column 'kind'", expect.stringMatching(/^'gift' is not a kind/)],
    ['from,to,amount\n,b,5', "line 2, column 'from'", 'is empty'],
  ])('reports %j at its line and column', (text, path, message) => {
    const result = parseDatasetCsv(text);
    expect(result.ok ? [] : result.errors).toContainEqual({ path, message });
  });

  it('warns about columns it does not know', () => {
    const result = parseDatasetCsv('from,to,amount,colour\na,b,5,red');
    expect(result.ok && result.warnings).toContainEqual({
      path: "line 1, column 'colour'",
      message: expect.stringMatching(/^unknown column, ignored/),
    });
  });
});

describe('JSON error positions, whatever the engine says', () => {
  it.each([
    ['{\n  "a": [,]\n}', 'line 2, column 9', "not valid JSON: unexpected ',]'"],
    ['{"a": 1,}', 'line 1, column 9', "not valid JSON: unexpected '}'"],
    ['{"a": tru}', 'line 1, column 7', "not valid JSON: unexpected 'tru}'"],
    ['{"meta": ', 'line 1, column 10', 'not valid JSON: the text ends before the JSON does'],
    ["{'a': 1}", 'line 1, column 2', "not valid JSON: unexpected ''a': 1}'"],
  ])('%j → %s', (text, path, message) => {
    expect(errorsOf(parseDatasetJson(text))).toEqual([{ path, message }]);
  });
});

describe('size limits', () => {
  it('names the entity and flow limits when a dataset is over them', () => {
    const ds = smallLoop();
    const many = { ...ds, entities: Array.from({ length: 2001 }, (_, i) => ({ id: `e${i}`, role: 'other', label: { en: `e${i}` } })) };
    expect(errorsOf(parseDatasetJson(JSON.stringify(many)))).toContainEqual({
      path: 'entities',
      message: 'at most 2000 entities are supported',
    });
    const flows = { ...ds, flows: Array.from({ length: 10_001 }, (_, i) => ({ ...ds.flows[1]!, id: `f${i}` })) };
    expect(errorsOf(parseDatasetJson(JSON.stringify(flows)))).toContainEqual({
      path: 'flows',
      message: 'at most 10000 flows are supported',
    });
  });
});

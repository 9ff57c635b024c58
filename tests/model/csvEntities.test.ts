import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/i18n/problemText';
import { parseDatasetCsv, parseDatasetCsvFiles } from '../../src/model/csvDataset';
import type { SteadyState } from '../../src/model/engine';
import { headlineFigures, roundTrips } from '../../src/model/figures';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { errorsOf, expectClose, loaded as loadedResult } from './csvResults';
import { solved } from './solved';
import { amountFlow, dataset, entity, parameter, shareFlow } from './fixtures';
import { flowRows } from './flowRows';

const loaded = (text: string) => loadedResult(parseDatasetCsv(text));

const EXAMPLE = readFileSync(join(__dirname, '../../data/example-with-entities.csv'), 'utf8');

/** The example CSV's loop written by hand as a JSON dataset: the same entities, in the same order, and the same flows. */
function exampleAsJson(): Dataset {
  const amount = (id: string, value: number) => ({ ...parameter(id, 0, 100, value, 'amount'), group: 'investment' as const });
  return dataset({
    meta: { ...dataset({ entities: [], flows: [] }).meta, focus: 'chipco' },
    entities: [
      entity('fund', 'source'),
      entity('customers', 'customer'),
      entity('chipco', 'chipmaker'),
      entity('chipco-ventures', 'source', 'chipco'),
      entity('lab', 'startup'),
      entity('cloud', 'cloud'),
      entity('costs', 'sink'),
    ],
    flows: [
      amountFlow('fund', 'lab', { param: 'fund' }),
      { ...amountFlow('chipco-ventures', 'lab', { param: 'ventures' }), id: 'ventures-lab' },
      amountFlow('customers', 'lab', { param: 'customers' }, 'customer-revenue'),
      shareFlow('lab', 'cloud', 0.7),
      { ...shareFlow('lab', 'costs', 'rest', 'leakage'), id: 'lab-costs' },
      shareFlow('cloud', 'chipco', 0.5, 'gpu-purchase'),
      { ...shareFlow('cloud', 'costs', 'rest', 'leakage'), id: 'cloud-costs' },
      shareFlow('chipco', 'lab', 0.1, 'reinvestment'),
      { ...shareFlow('chipco', 'costs', 'rest', 'leakage'), id: 'chipco-costs' },
    ],
    parameters: [amount('fund', 30), amount('ventures', 10), amount('customers', 5)],
  });
}

describe('a CSV with an entities table', () => {
  it('gives the same engine results and figures as the same loop in JSON (to 1e-12)', () => {
    const json = exampleAsJson();
    expect(validateDataset(json).ok).toBe(true);
    const fromCsv = solved(loaded(EXAMPLE));
    const fromJson = solved(json);
    const keys = ['flowValue', 'inflow', 'inflowByOrigin', 'absorbed', 'unpaid'] as const;
    for (const key of keys) expectClose(fromCsv.result[key], fromJson.result[key]);
    expectClose(flowRows(fromCsv.result), flowRows(fromJson.result));
    expect(Math.abs(fromCsv.result.gain - fromJson.result.gain)).toBeLessThanOrEqual(1e-12);
    expect(fromCsv.result.injected).toBe(fromJson.result.injected);
    expect(Array.from(fromCsv.model.structure.isBack)).toEqual(Array.from(fromJson.model.structure.isBack));
    expect(fromCsv.model.structure.origins).toEqual(['fund', 'customers', 'chipco']);

    const csvFigures = headlineFigures(fromCsv.model, fromCsv.result);
    const jsonFigures = headlineFigures(fromJson.model, fromJson.result);
    expect(csvFigures.focus).toBe('chipco');
    expect(csvFigures.roundTripShare).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(csvFigures)) {
      const other = jsonFigures[key as keyof typeof jsonFigures];
      if (typeof value === 'number') expect(Math.abs(value - (other as number)), key).toBeLessThanOrEqual(1e-12);
      else expect(value, key).toEqual(other);
    }
    expect(roundTrips(fromCsv.model, fromCsv.result as SteadyState)).toEqual(roundTrips(fromJson.model, fromJson.result as SteadyState));
  });

  it('is what makes them the same: without it the venture arm is an origin of its own', () => {
    const flowsOnly = EXAMPLE.slice(EXAMPLE.indexOf('# flows') + '# flows\n'.length);
    const { model } = solved(loaded(flowsOnly));
    expect(model.structure.origins).toContain('chipco-ventures');
    expect(headlineFigures(model, solved(loaded(flowsOnly)).result).focus).not.toBe('chipco');
  });

  it('reads the labels in both languages, the role, the owner and the focus', () => {
    const ds = loaded(EXAMPLE);
    expect(ds.entities[3]).toEqual({
      id: 'chipco-ventures',
      label: { en: "Chipmaker's venture arm", 'zh-TW': '晶片商創投部門' },
      role: 'source',
      owner: 'chipco',
    });
    expect(ds.meta.focus).toBe('chipco');
  });

  it("names the generated sliders with the table's names, in both languages", () => {
    const ds = loaded(EXAMPLE);
    const label = (id: string) => ds.parameters.find((p) => p.id === id)?.label;
    expect(label('amount-fund-lab')).toEqual({ en: 'Venture fund → AI lab', 'zh-TW': '創投基金 → AI 實驗室' });
    expect(label('scale-cloud')).toEqual({
      en: "Cloud provider: share passed on (× the CSV's shares)",
      'zh-TW': '雲端業者：轉出的比例（CSV 所寫比例的倍數）',
    });
    expect(ds.meta.description['zh-TW']).toBeTruthy();
    expect(ds.meta.convention['zh-TW']).toBeTruthy();
  });

  it('works the role out from the flows when its cell is blank, and takes any spelling of the label columns', () => {
    const ds = loaded('# entities\nID,Label EN,Label.zh-tw\na,,甲\nb,B,\n# flows\nfrom,to,amount\na,b,5\n');
    expect(ds.entities).toEqual([
      { id: 'a', label: { 'zh-TW': '甲' }, role: 'source' },
      { id: 'b', label: { en: 'B' }, role: 'sink' },
    ]);
  });

  it('reads the same tables from two files, whichever comes first', () => {
    const [entities, flows] = EXAMPLE.replace('# entities\n', '').split('\n# flows\n') as [string, string];
    const twoFiles = parseDatasetCsvFiles([
      { name: 'entities.csv', text: entities },
      { name: 'flows.csv', text: flows },
    ]);
    const swapped = parseDatasetCsvFiles([
      { name: 'flows.csv', text: flows },
      { name: 'entities.csv', text: entities },
    ]);
    const oneFile = loaded(EXAMPLE);
    expect(twoFiles.ok && twoFiles.dataset.entities).toEqual(oneFile.entities);
    expect(swapped.ok && swapped.dataset.flows.map((f) => f.from)).toEqual(oneFile.flows.map((f) => f.from));
  });
});

describe('errors in the entities table name its line and column, in both languages', () => {
  const TABLE = '# entities\nid,role,owner,focus\na,source,,\nb,bank,,yes\nc,sink,aa,yes\n\n# flows\nfrom,to,amount\na,b,5\nb,c,5\n';

  it('names an unknown role, a second focus and an unknown owner', () => {
    const errors = errorsOf(parseDatasetCsv(TABLE));
    expect(errors).toEqual([
      { path: { line: 4, column: 'role' }, code: 'csv-unknown-value', params: expect.objectContaining({ column: 'role', value: 'bank' }) },
      { path: { line: 5, column: 'focus' }, code: 'csv-second-focus', params: { first: 'b' } },
    ]);
    expect(errors.map((e) => issueText(e, 'en'))).toEqual([
      "line 4, column 'role': 'bank' is not a role (source, customer, startup, cloud, chipmaker, other, sink)",
      "line 5, column 'focus': 'b' is already the focus: mark one entity only",
    ]);
    expect(errors.map((e) => issueText(e, 'zh-TW'))).toEqual([
      '第 4 行「role」欄：「bank」不是有效的角色（source, customer, startup, cloud, chipmaker, other, sink）',
      '第 5 行「focus」欄：「b」已經是焦點：只能標記一個實體',
    ]);
    const owner = errorsOf(parseDatasetCsv(TABLE.replace('bank', 'other').replace('c,sink,aa,yes', 'c,sink,aa,')));
    expect(owner).toEqual([expect.objectContaining({ path: { line: 5, column: 'owner' }, code: 'unknown-id' })]);
    expect(issueText(owner[0]!, 'en')).toBe("line 5, column 'owner': unknown entity 'aa' — did you mean 'a'?");
    expect(issueText(owner[0]!, 'zh-TW')).toBe('第 5 行「owner」欄：未知的實體「aa」——是不是「a」？');
  });

  it('names a flow whose entity the table lacks, an empty id, a duplicate id and a missing id column', () => {
    const missing = errorsOf(parseDatasetCsv('# entities\nid\na\nb\n# flows\nfrom,to,amount\na,bb,5\n'));
    expect(missing).toEqual([
      expect.objectContaining({
        path: { line: 7, column: 'to' },
        code: 'unknown-id',
        params: expect.objectContaining({ suggestion: 'b' }),
      }),
    ]);
    expect(errorsOf(parseDatasetCsv('# entities\nid,role\n,source\na,sink\n# flows\nfrom,to,amount\na,a,1\n'))[0]).toEqual({
      path: { line: 3, column: 'id' },
      code: 'csv-empty-cell',
      params: {},
    });
    const duplicate = errorsOf(parseDatasetCsv('# entities\nid\na\nb\na\n# flows\nfrom,to,amount\na,b,5\n'));
    expect(duplicate).toEqual([expect.objectContaining({ path: { line: 5, column: 'id' }, code: 'duplicate-id' })]);
    const noId = errorsOf(parseDatasetCsv('# entities\nname\na\n# flows\nfrom,to,amount\na,b,5\n'));
    expect(noId).toEqual([{ path: { line: 2 }, code: 'csv-missing-column', params: { column: 'id' } }]);
    expect(issueText(noId[0]!, 'zh-TW')).toMatch(/^第 2 行：缺少「id」欄：實體表/);
  });

  it('names the file when the tables came in two', () => {
    const errors = errorsOf(
      parseDatasetCsvFiles([
        { name: 'flows.csv', text: 'from,to,amount\na,b,5\n' },
        { name: 'who.csv', text: 'id,role\na,source\nb,bank\n' },
      ]),
    );
    expect(errors).toEqual([expect.objectContaining({ path: { line: 3, column: 'role', file: 'who.csv' } })]);
    expect(issueText(errors[0]!, 'en')).toMatch(/^who\.csv, line 3, column 'role': /);
    expect(issueText(errors[0]!, 'zh-TW')).toMatch(/^who\.csv 第 3 行「role」欄：/);
  });
});

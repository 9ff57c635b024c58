import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/i18n/problemText';
import { kindLabel } from '../../src/i18n/datasetLabels';
import { parseDatasetCsv, parseDatasetCsvFiles } from '../../src/model/csvDataset';
import { headlineFigures } from '../../src/model/figures';
import { FLOW_KINDS } from '../../src/model/types';
import { errorsOf, expectClose, loaded } from './csvResults';
import { solved } from './solved';
import { euroDataset } from './euroDataset';
import { flowRows } from './flowRows';

const EURO = readFileSync(join(__dirname, '../../data/example-euro.csv'), 'utf8');
const FLOWS = '# flows\nfrom,to,amount,kind\na,b,5,loan\n';

describe('a CSV kinds table says what JSON meta.kinds says', () => {
  it('gives the euro example the euro JSON dataset’s kinds and the same engine results and figures (to 1e-12)', () => {
    const csv = loaded(parseDatasetCsv(EURO));
    const json = euroDataset();
    expect(csv.meta.kinds).toEqual(json.meta.kinds);
    expect(csv.flows.map((f) => f.kind)).toEqual(json.flows.map((f) => f.kind));
    const fromCsv = solved(csv);
    const fromJson = solved(json);
    for (const key of ['flowValue', 'inflow', 'inflowByOrigin', 'absorbed', 'unpaid'] as const)
      expectClose(fromCsv.result[key], fromJson.result[key]);
    expectClose(flowRows(fromCsv.result), flowRows(fromJson.result));
    expect(Math.abs(fromCsv.result.gain - fromJson.result.gain)).toBeLessThanOrEqual(1e-12);
    const csvFigures = headlineFigures(fromCsv.model, fromCsv.result);
    const jsonFigures = headlineFigures(fromJson.model, fromJson.result);
    expect(csvFigures.focus).toBe('turbines');
    for (const [key, value] of Object.entries(csvFigures)) {
      const other = jsonFigures[key as keyof typeof jsonFigures];
      if (typeof value === 'number') expect(Math.abs(value - (other as number)), key).toBeLessThanOrEqual(1e-12);
      else expect(value, key).toEqual(other);
    }
  });

  it('labels the euro example’s flows with no GPU, compute or AI in either language', () => {
    const csv = loaded(parseDatasetCsv(EURO));
    for (const lang of ['en', 'zh-TW'] as const) {
      const labels = csv.flows.map((flow) => kindLabel(csv.meta, flow.kind, lang));
      expect(labels.join(' | ')).not.toMatch(/GPU|compute|\bAI\b|運算|晶片|人工智慧/i);
    }
    expect(kindLabel(csv.meta, 'equipment-purchase', 'zh-TW')).toBe('採購設備');
  });

  it('makes a declared kind play its like’s part: a sale like customer-revenue gives a revenue slider and a customer', () => {
    const asBuiltIn = loaded(parseDatasetCsv('from,to,amount,share,kind\nbuyers,firm,5,,customer-revenue\nfirm,out,,rest,leakage\n'));
    const declared = loaded(
      parseDatasetCsv(
        '# kinds\nid,label,like\nsale,Sale,customer-revenue\n# flows\nfrom,to,amount,share,kind\nbuyers,firm,5,,sale\nfirm,out,,rest,leakage\n',
      ),
    );
    expect(declared.parameters.map((p) => p.group)).toEqual(asBuiltIn.parameters.map((p) => p.group));
    expect(declared.parameters[0]?.group).toBe('revenue');
    expect(declared.entities).toEqual(asBuiltIn.entities);
    expect(declared.entities[0]?.role).toBe('customer');
    // Without like, the kind plays no part: the buyers are an outside source like any other.
    const unlike = loaded(parseDatasetCsv('# kinds\nid\nsale\n# flows\nfrom,to,amount,kind\nbuyers,firm,5,sale\n'));
    expect(unlike.meta.kinds).toEqual([{ id: 'sale', label: { en: 'sale' } }]);
    expect(unlike.parameters[0]?.group).toBe('investment');
    expect(unlike.entities[0]?.role).toBe('source');
  });

  it('takes any spelling of the label columns and reads the table from a file of its own (header with id and like)', () => {
    const spelled = loaded(parseDatasetCsv(`# kinds\nID,Label EN,Label zh-TW,Like\nloan,Loan,貸款,debt\n${FLOWS}`));
    expect(spelled.meta.kinds).toEqual([{ id: 'loan', label: { en: 'Loan', 'zh-TW': '貸款' }, like: 'debt' }]);
    const files = loaded(
      parseDatasetCsvFiles([
        { name: 'flows.csv', text: 'from,to,amount,kind\na,b,5,loan\n' },
        { name: 'kinds.csv', text: 'id,label,like\nloan,Loan,debt\n' },
      ]),
    );
    expect(files.meta.kinds).toEqual([{ id: 'loan', label: { en: 'Loan' }, like: 'debt' }]);
  });

  it('places every problem on its line and column, in both languages', () => {
    const like = errorsOf(parseDatasetCsv(`# kinds\nid,like\nloan,lending\n${FLOWS}`));
    expect(like).toEqual([
      { path: { line: 3, column: 'like' }, code: 'csv-unknown-like', params: { value: 'lending', options: FLOW_KINDS } },
    ]);
    expect(issueText(like[0]!, 'en')).toMatch(/^line 3, column 'like': 'lending' is not a built-in kind .*equity-investment, debt/);
    expect(issueText(like[0]!, 'zh-TW')).toMatch(/^第 3 行「like」欄：「lending」不是內建類型/);

    const kind = errorsOf(parseDatasetCsv(`# kinds\nid,like\nloan,debt\n# flows\nfrom,to,amount,kind\na,b,5,lone\n`));
    expect(kind).toEqual([
      {
        path: { line: 6, column: 'kind' },
        code: 'csv-unknown-value',
        params: { column: 'kind', value: 'lone', options: [...FLOW_KINDS, 'loan'] },
      },
    ]);
    expect(issueText(kind[0]!, 'zh-TW')).toMatch(/^第 6 行「kind」欄：.*leakage, loan/);

    const duplicate = errorsOf(parseDatasetCsv(`# kinds\nid,like\nloan,debt\nloan,equity-investment\n${FLOWS}`));
    expect(duplicate).toEqual([expect.objectContaining({ path: { line: 4, column: 'id' }, code: 'duplicate-id' })]);
    expect(issueText(duplicate[0]!, 'en')).toMatch(/^line 4, column 'id': duplicate kind id 'loan'/);

    const empty = errorsOf(parseDatasetCsv(`# kinds\nid,like\n,debt\n${FLOWS}`));
    expect(empty[0]).toEqual({ path: { line: 3, column: 'id' }, code: 'csv-empty-cell', params: {} });

    const noId = errorsOf(parseDatasetCsv(`# kinds\nname,like\nloan,debt\n${FLOWS}`));
    expect(noId).toEqual([{ path: { line: 2 }, code: 'csv-kinds-no-id', params: {} }]);
    expect(issueText(noId[0]!, 'en')).toMatch(/^line 2: missing column 'id': the kinds table/);
    expect(issueText(noId[0]!, 'zh-TW')).toMatch(/^第 2 行：缺少「id」欄：類型表/);

    const inFile = errorsOf(
      parseDatasetCsvFiles([
        { name: 'flows.csv', text: 'from,to,amount,kind\na,b,5,loan\n' },
        { name: 'kinds.csv', text: 'id,label,label_zh-TW,like\nloan,Loan,,debt\nloan,Loan again,,\n' },
      ]),
    );
    expect(inFile).toEqual([expect.objectContaining({ path: { line: 3, column: 'id', file: 'kinds.csv' }, code: 'duplicate-id' })]);
    expect(issueText(inFile[0]!, 'zh-TW')).toMatch(/^kinds\.csv 第 3 行「id」欄：/);
  });

  it('warns of an unknown column on the header line and loads', () => {
    const result = parseDatasetCsv(`# kinds\nid,like,colour\nloan,debt,red\n${FLOWS}`);
    expect(result.ok && result.warnings[0]).toEqual({
      path: { line: 2, column: 'colour' },
      code: 'csv-unknown-column',
      params: { known: ['id', 'label', 'label_zh-TW', 'like'] },
    });
  });
});

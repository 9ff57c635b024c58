import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/i18n/problemText';
import { parseDatasetCsv, parseDatasetCsvFiles } from '../../src/model/csvDataset';
import { formatMoney, moneyUnit } from '../../src/model/format';
import type { Dataset } from '../../src/model/types';
import { money } from '../../src/model/units';
import { errorsOf, loaded } from './csvResults';
import { euroDataset } from './euroDataset';

const EURO = readFileSync(join(__dirname, '../../data/example-euro.csv'), 'utf8');
const FLOWS = '# flows\nfrom,to,amount\na,b,5\n';

const declared = ({ title, tagline, currency, unit, asOf }: Dataset['meta']) => ({ title, tagline, currency, unit, asOf });

describe('a CSV meta table says what JSON meta says', () => {
  it('gives the euro example the euro JSON dataset’s currency, unit, title, tagline and date, so amounts read the same', () => {
    const csv = loaded(parseDatasetCsv(EURO));
    const json = euroDataset();
    expect(csv.meta.currency).toBe('EUR');
    expect(declared(csv.meta)).toEqual(declared(json.meta));
    expect(moneyUnit(csv.meta)).toEqual(moneyUnit(json.meta));
    for (const amount of [0.4, 50, 1234.5, 250_000])
      for (const lang of ['en', 'zh-TW'] as const)
        expect(formatMoney(money(amount), lang, moneyUnit(csv.meta))).toBe(formatMoney(money(amount), lang, moneyUnit(json.meta)));
    expect(formatMoney(money(50), 'en', moneyUnit(csv.meta))).toBe('€50M');
    expect(csv.meta.focus).toBe('turbines');
  });

  it('keeps US$ billions and the file’s own title without a meta table, and billions of a currency given without a unit', () => {
    const plain = loaded(parseDatasetCsv('from,to,amount\na,b,5\n', 'Mine'));
    expect(declared(plain.meta)).toEqual(
      expect.objectContaining({ title: { en: 'Mine', 'zh-TW': 'Mine' }, currency: 'USD', unit: 'US$ billions' }),
    );
    expect(plain.meta.tagline).toBeUndefined();
    const yen = loaded(parseDatasetCsv(`# meta\nkey,value\ncurrency,jpy\ntitle_zh-TW,日圓循環\n\n${FLOWS}`));
    expect(declared(yen.meta)).toEqual(expect.objectContaining({ title: { 'zh-TW': '日圓循環' }, currency: 'JPY', unit: 'JPY billions' }));
  });

  it('takes any spelling of the keys, leaves blank values at their defaults, and dates statuses on its asOf', () => {
    const ds = loaded(
      parseDatasetCsv(`# meta,,\nKey,Value\nTitle zh-TW,風電\nAS OF,2025-06-30\nunit,\n# flows\nfrom,to,amount,status\na,b,5,announced\n`),
    );
    expect(declared(ds.meta)).toEqual({
      title: { 'zh-TW': '風電' },
      tagline: undefined,
      currency: 'USD',
      unit: 'US$ billions',
      asOf: '2025-06-30',
    });
    expect(ds.flows[0]?.provenance.status).toEqual([{ date: '2025-06-30', status: 'announced' }]);
  });

  it('reads the meta table from a file of its own, told by its key,value header', () => {
    const files = parseDatasetCsvFiles([
      { name: 'flows.csv', text: 'from,to,amount\na,b,5\n' },
      { name: 'meta.csv', text: 'key,value\ncurrency,TWD\nunit,NT$ 億\n' },
    ]);
    expect(moneyUnit(loaded(files).meta)).toEqual({ currency: 'TWD', scale: 1e8 });
  });

  it('warns of an unknown key or column, on its line, and loads', () => {
    const result = parseDatasetCsv(`# meta\nkey,value,comment\ncolour,red,\ncurrency,EUR,\n${FLOWS}`);
    expect(result.ok && result.warnings.slice(0, 2)).toEqual([
      { path: { line: 2, column: 'comment' }, code: 'csv-unknown-column', params: { known: ['key', 'value'] } },
      { path: { line: 3, column: 'key' }, code: 'csv-unknown-key', params: expect.objectContaining({ key: 'colour' }) },
    ]);
    expect(loaded(result).meta.currency).toBe('EUR');
  });
});

describe('errors in the meta table name its line and column, in both languages', () => {
  it('names an unknown currency, a date that is none, a repeated key, an empty key and a missing value column', () => {
    const errors = errorsOf(parseDatasetCsv(`# meta\nkey,value\ncurrency,EURO\nasOf,2026-02-30\ncurrency,EUR\n,x\n\n${FLOWS}`));
    expect(errors).toEqual([
      { path: { line: 3, column: 'value' }, code: 'csv-unknown-currency', params: { text: 'EURO' } },
      { path: { line: 4, column: 'value' }, code: 'csv-not-a-date', params: { text: '2026-02-30' } },
      { path: { line: 5, column: 'key' }, code: 'csv-repeated-key', params: { key: 'currency', line: 3 } },
      { path: { line: 6, column: 'key' }, code: 'csv-empty-cell', params: {} },
    ]);
    expect(errors.slice(0, 3).map((e) => issueText(e, 'en'))).toEqual([
      "line 3, column 'value': 'EURO' is not an ISO 4217 currency code (such as EUR, USD, TWD, JPY)",
      "line 4, column 'value': '2026-02-30' is not a date written yyyy-mm-dd (such as 2026-01-31)",
      "line 5, column 'key': 'currency' is already given on line 3: give each key once",
    ]);
    expect(errors.slice(0, 3).map((e) => issueText(e, 'zh-TW'))).toEqual([
      '第 3 行「value」欄：「EURO」不是 ISO 4217 貨幣代碼（例如 EUR、USD、TWD、JPY）',
      '第 4 行「value」欄：「2026-02-30」不是以 yyyy-mm-dd 寫成的日期（例如 2026-01-31）',
      '第 5 行「key」欄：「currency」已在第 3 行給過：每個鍵只能給一次',
    ]);
    const noValue = errorsOf(parseDatasetCsv(`${FLOWS}\n# meta\nkey\ncurrency\n`));
    expect(noValue).toEqual([{ path: { line: 6 }, code: 'csv-missing-column', params: { column: 'value' } }]);
    expect(issueText(noValue[0]!, 'zh-TW')).toBe('第 6 行：缺少「value」欄：資料集資訊表的標題列是 key,value');
  });

  it('places the dataset’s own check of a value (a title too long) on the meta line, in its file', () => {
    const errors = errorsOf(
      parseDatasetCsvFiles([
        { name: 'flows.csv', text: 'from,to,amount\na,b,5\n' },
        { name: 'meta.csv', text: `key,value\ntitle,Short\ntitle_zh-TW,${'長'.repeat(2001)}\n` },
      ]),
    );
    expect(errors).toEqual([expect.objectContaining({ path: { line: 3, column: 'value', file: 'meta.csv' }, code: 'too-long' })]);
  });

  it('names a second meta table', () => {
    const errors = errorsOf(parseDatasetCsv(`# meta\nkey,value\n# meta\nkey,value\n${FLOWS}`));
    expect(errors).toEqual([{ path: { line: 3 }, code: 'csv-second-table', params: { table: 'meta' } }]);
    expect(issueText(errors[0]!, 'zh-TW')).toBe('第 3 行：第二個資料集資訊表：每種表只能有一個');
  });
});

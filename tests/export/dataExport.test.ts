import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { flowsTable, toCsv, toJson } from '../../src/export/dataExport';
import { loadDataset, solved, withLabel } from './fixture';

/** The CSV as a spreadsheet would read it (Papa Parse follows RFC 4180), to check that quoting round-trips. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('flowsTable', () => {
  const dataset = loadDataset();
  const { model, result } = solved(dataset);
  const table = flowsTable(model, result, 'en');
  const origins = model.structure.origins.length;

  it('has one row per flow in dataset order, with one column per origin', () => {
    expect(table.rows.map((r) => r[0])).toEqual(dataset.flows.map((f) => f.id));
    expect(table.header).toHaveLength(10 + origins);
    expect(table.header.slice(10)).toEqual(model.structure.origins.map((id) => dataset.entities.find((e) => e.id === id)!.label.en));
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });

  it('splits every amount by origin exactly, and gives shares for all but injected amounts', () => {
    dataset.flows.forEach((_, f) => {
      const row = table.rows[f]!;
      expect(row[6]).toBeCloseTo(result.flowValue[f]!, 6);
      const parts = row.slice(10) as number[];
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - (row[6] as number))).toBeLessThan(1e-6);
      // Injected amounts have no share; payments (amounts out of what the payer receives) do.
      if (model.structure.isAmount[f]) expect(row[7]).toBe('');
      else expect(row[7]).toBeGreaterThanOrEqual(0);
    });
    const openai = table.rows.filter((r) => r[1] === 'openai').map((r) => r[7] as number);
    expect(openai.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('labels entities in the reader’s language', () => {
    const zh = flowsTable(model, result, 'zh-TW');
    expect(zh.rows.find((r) => r[0] === 'oracle-nvidia')?.slice(2, 5)).toEqual(['甲骨文', 'nvidia', '輝達']);
  });

  it('writes amounts in the unit its header names: 億美元 in Chinese, ten to a US$ billion', () => {
    const zh = flowsTable(model, result, 'zh-TW');
    expect(zh.header[6]).toBe('金額（億美元）');
    expect(table.header[6]).toBe('amount (US$ billions)');
    // Nvidia's stake in OpenAI: US$30B, which is 300 億美元.
    const stake = (t: typeof table) => t.rows.find((r) => r[0] === 'nvidia-fund-openai')![6];
    expect(stake(table)).toBe(30);
    expect(stake(zh)).toBe(300);
    zh.rows.forEach((row, f) => {
      expect(row[6]).toBeCloseTo((table.rows[f]![6] as number) * 10, 5);
      // The parts by origin are in the same unit, and still add up to the amount.
      const parts = row.slice(10) as number[];
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - (row[6] as number))).toBeLessThan(1e-5);
      expect(row[7]).toBe(table.rows[f]![7]);
    });
  });

  it('writes the headers, kinds and statuses in the reader’s language too', () => {
    const zh = flowsTable(model, result, 'zh-TW');
    expect(zh.header.slice(0, 10)).toEqual([
      '資金流代號',
      '來源代號',
      '來源',
      '去向代號',
      '去向',
      '類型',
      '金額（億美元）',
      '占來源流出比例',
      '依據',
      '狀態',
    ]);
    const cells = zh.rows.flatMap((r) => [r[5], r[9]]).filter((c) => typeof c === 'string' && c !== '');
    expect(cells.length).toBeGreaterThan(0);
    // Kind and status are words in Chinese, not the dataset's English ids.
    for (const cell of cells) expect(cell).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('toCsv', () => {
  it('quotes, neutralises formulas, uses CRLF and starts with a BOM', () => {
    const csv = toCsv({
      header: ['name', 'value'],
      rows: [
        ['=HYPERLINK("http://x","y")', 1.5],
        ['Acme, "Inc"', -2],
        ['@cmd', 0],
        ['-1+2', 3],
        ['two\nlines', 4],
        ['plain', ''],
      ],
    });
    expect(csv.startsWith('\uFEFFname,value\r\n')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""y"")",1.5\r\n');
    expect(csv).toContain('"Acme, ""Inc""",-2\r\n');
    expect(csv).toContain("'@cmd,0\r\n");
    expect(csv).toContain("'-1+2,3\r\n");
    expect(csv).toContain('"two\nlines",4\r\n');
    expect(csv.endsWith('plain,\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))[2]).toEqual(['Acme, "Inc"', '-2']);
  });

  it('writes the default dataset as a header plus one line per flow, and survives hostile labels', () => {
    const hostile = withLabel(loadDataset(), 'oracle', '=HYPERLINK("http://evil","click"), "Oracle"');
    const { model, result } = solved(hostile);
    const csv = toCsv(flowsTable(model, result, 'en'));
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(hostile.flows.length + 1);
    expect(csv.trim().split('\r\n')).toHaveLength(hostile.flows.length + 1);
    const row = rows.find((r) => r[0] === 'oracle-nvidia')!;
    expect(row[2]).toBe('\'=HYPERLINK("http://evil","click"), "Oracle"');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});

describe('toJson', () => {
  const dataset = loadDataset();
  const { model, result, values } = solved(dataset);
  const json = JSON.parse(toJson(model, result, values, 'en'));

  it('holds the settings, origins and metadata', () => {
    expect(json.title).toBe(dataset.meta.title.en);
    expect(json.asOf).toBe(dataset.meta.asOf);
    expect(json.unit).toBe(dataset.meta.unit);
    expect(json.parameters).toEqual(values);
    expect(json.origins.map((o: { id: string }) => o.id)).toEqual(model.structure.origins);
  });

  it('gives amounts that match the engine, split by origin', () => {
    expect(json.flows).toHaveLength(dataset.flows.length);
    json.flows.forEach((flow: { id: string; amount: number; byOrigin: Record<string, number> }, f: number) => {
      expect(flow.id).toBe(dataset.flows[f]!.id);
      expect(Math.abs(flow.amount - result.flowValue[f]!)).toBeLessThan(1e-6);
      const sum = Object.values(flow.byOrigin).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - flow.amount)).toBeLessThan(1e-6);
    });
    const nvidia = json.entities.find((e: { id: string }) => e.id === 'nvidia');
    const e = model.structure.entityIndex.get('nvidia')!;
    expect(Math.abs(nvidia.inflow - result.inflow[e]!)).toBeLessThan(1e-6);
    expect(nvidia.ownMoney).toBeGreaterThan(0);
    expect(nvidia.ownMoney + nvidia.net).toBeCloseTo(nvidia.inflow, 5);
  });
});

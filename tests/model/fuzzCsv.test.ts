// Fuzzing the CSV loader: 10,000 CSV texts (rows of random ids, amounts, shares and kinds, with or
// without an entities table of random roles, owners and focus marks, a meta table of random keys
// and values and a kinds table of random ids and likes, in one file or several, and random text) either load or return errors, each placed on
// a line; nothing throws; a loaded one formats its amounts and settles with every unit of money
// injected ending somewhere (money conserved).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetCsv, parseDatasetCsvFiles } from '../../src/model/csvDataset';
import type { ValidationResult } from '../../src/model/problems';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { formatMoney, moneyUnit } from '../../src/model/format';
import { money } from '../../src/model/units';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 10_000);

const id = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor', 'toString', '台積電', '', ' x ');
const cell = fc.oneof(
  fc.constantFrom('', 'rest', '0', '0.5', '1', '12', '-3', '1e308', 'NaN', 'abc', '"q"'),
  fc.double({ min: 0, max: 1000, noNaN: true }).map(String),
);
const row = fc.record({
  from: id,
  to: id,
  amount: cell,
  share: cell,
  kind: fc.constantFrom('', 'debt', 'reinvestment', 'leakage', 'gpu-purchase', 'unknown'),
  source: fc.constantFrom('', 'http://', 'https://example.com/x', 'a report'),
});
const csv = fc
  .tuple(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([rows, withShare]) =>
    [
      `from,to,amount${withShare ? ',share' : ''},kind,source`,
      ...rows.map((r) => [r.from, r.to, r.amount, ...(withShare ? [r.share] : []), r.kind, r.source].join(',')),
    ].join('\n'),
  );

// Flows that mostly load (an amount or a share, a known kind), so the entities table is what varies.
const knownId = fc.constantFrom('a', 'b', 'c', 'd', '__proto__', '台積電');
const loadableRow = fc.record({
  from: knownId,
  to: knownId,
  value: fc.oneof(
    fc.double({ min: 0, max: 100, noNaN: true }).map((x) => `${x},`),
    fc.double({ min: 0, max: 0.6, noNaN: true }).map((x) => `,${x}`),
    fc.constant(',rest'),
  ),
  kind: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('', 'debt', 'reinvestment', 'leakage', 'gpu-purchase', 'customer-revenue') },
    { weight: 1, arbitrary: fc.constantFrom('sale', 'loan', 'buy') },
  ),
});
const loadableFlows = fc
  .uniqueArray(
    loadableRow.filter((r) => r.from !== r.to),
    { minLength: 1, maxLength: 8, selector: (r) => `${r.from}→${r.to}` },
  )
  .map((rows) => ['from,to,amount,share,kind', ...rows.map((r) => [r.from, r.to, r.value, r.kind].join(','))].join('\n'));
const entityCells = fc.record({
  label: fc.constantFrom('', 'A company', '台積電', '"quoted, with comma"'),
  role: fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom('', 'source', 'customer', 'startup', 'cloud', 'chipmaker', 'other', 'sink', 'sink') },
    { weight: 1, arbitrary: fc.constant('bank') },
  ),
  owner: fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: id }),
  focus: fc.oneof({ weight: 20, arbitrary: fc.constantFrom('', 'no') }, { weight: 2, arbitrary: fc.constantFrom('yes', 'x', 'maybe') }),
});
/** An entities table for the ids in the flows, in a random order, with random cells; now and then an id left out or an extra one. */
const entityTable = (flows: string) => {
  const ids = [
    ...new Set(
      flows
        .split('\n')
        .slice(1)
        .flatMap((line) => line.split(',').slice(0, 2)),
    ),
  ];
  return fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.shuffledSubarray(ids, { minLength: ids.length }) },
        { weight: 1, arbitrary: fc.shuffledSubarray(ids, { minLength: Math.max(0, ids.length - 1) }) },
      ),
      fc.array(entityCells, { minLength: 8, maxLength: 8 }),
      fc.option(id, { freq: 5 }),
    )
    .map(([order, cells, extra]) =>
      [
        'id,label,label_zh-TW,role,owner,focus',
        ...[...order, ...(extra === null ? [] : [extra])].map((entity, i) => {
          const c = cells[i % cells.length]!;
          return [entity, c.label, c.label, c.role, c.owner, c.focus].join(',');
        }),
      ].join('\n'),
    );
};
/** A meta table of random rows: known keys (any spelling), unknown, blank or repeated ones, with good and bad values. */
const metaTable = fc
  .tuple(
    fc.constantFrom('key,value', 'Key,Value', 'key,value,comment', 'key'),
    fc.array(
      fc.tuple(
        fc.constantFrom('currency', 'unit', 'title', 'title_zh-TW', 'Tagline zh-TW', 'asOf', 'as of', 'colour', ''),
        fc.constantFrom(
          '',
          'EUR',
          'eur',
          'TWD',
          'EURO',
          'XYZ',
          '€ millions',
          'NT$ 億',
          '2026-01-31',
          '2026-02-30',
          '31/01/2026',
          '台積電',
          '"a, b"',
          '"q',
        ),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([header, rows]) => [header, ...rows.map(([key, value]) => `${key},${value}`)].join('\n'));
/** A kinds table of random rows: ids the flows use or not, repeated or blank, with good, blank and bad likes. */
const kindTable = fc
  .tuple(
    fc.constantFrom('id,label,label_zh-TW,like', 'ID,Label EN,like', 'id,like,colour', 'id', 'name,like'),
    fc.array(
      fc.tuple(
        fc.constantFrom('sale', 'loan', 'buy', 'debt', 'leakage', '', '__proto__'),
        fc.constantFrom('', 'Sale', '售電', '"a, b"'),
        fc.constantFrom('', 'customer-revenue', 'debt', 'gpu-purchase', 'leakage', 'reinvestment', 'lending'),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([header, rows]) => [header, ...rows.map((cells) => cells.join(','))].join('\n'));
const flowsAndEntities = fc
  .oneof({ weight: 1, arbitrary: csv }, { weight: 3, arbitrary: loadableFlows })
  .chain((flows) => entityTable(flows).map((entities) => [flows, entities] as const));
/**
 * The flows with an entities table and now and then a meta table and a kinds table: as sections of
 * one file (any order, padded markers) or as files.
 */
const withEntities = fc
  .tuple(
    flowsAndEntities,
    fc.option(metaTable, { freq: 2 }),
    fc.option(kindTable, { freq: 2 }),
    fc.constantFrom('sections', 'reversed', 'padded', 'files'),
  )
  .map(([[flows, entities], meta, kinds, layout]) =>
    layout === 'files'
      ? [
          { name: 'entities.csv', text: entities },
          { name: 'flows.csv', text: flows },
          ...(meta === null ? [] : [{ name: 'meta.csv', text: meta }]),
          ...(kinds === null ? [] : [{ name: 'kinds.csv', text: kinds }]),
        ]
      : [
          {
            text:
              layout === 'reversed'
                ? `# flows\n${flows}\n\n# entities\n${entities}\n${meta === null ? '' : `# meta\n${meta}\n`}${kinds === null ? '' : `# kinds\n${kinds}\n`}`
                : `${meta === null ? '' : `# meta${layout === 'padded' ? ',,,,' : ''}\n${meta}\n`}${kinds === null ? '' : `# kinds${layout === 'padded' ? ',,,,' : ''}\n${kinds}\n`}\n# entities${layout === 'padded' ? ',,,,' : ''}\n${entities}\n\n# flows${layout === 'padded' ? ',,,,' : ''}\n\n${flows}\n`,
          },
        ],
  );

function check(text: string) {
  checkResult(parseDatasetCsv(text));
}

function checkResult(result: ValidationResult) {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    return;
  }
  expect(formatMoney(money(12.5), 'zh-TW', moneyUnit(result.dataset.meta))).not.toBe('');
  const model = compileModel(result.dataset);
  const solved = solveLoop(model, defaultValues(result.dataset.parameters));
  if (solved.status !== 'converged') return;
  const absorbed = solved.absorbed.reduce((sum, x) => sum + x, 0);
  expect(Math.abs(absorbed - solved.injected)).toBeLessThanOrEqual(1e-6 * Math.max(1, solved.injected));
}

describe(`fuzzing the CSV loader (${TOTAL} cases)`, { timeout: 300_000 }, () => {
  it('loads or rejects CSVs of random rows, conserving money when it loads', () => {
    fc.assert(fc.property(csv, check), { numRuns: Math.round(TOTAL * 0.4) });
  });

  it('loads or rejects the same flows with a random entities, meta and kinds table, placing every error on a line', () => {
    fc.assert(
      fc.property(withEntities, (files) => {
        const result = parseDatasetCsvFiles(files);
        if (!result.ok) for (const error of result.errors) expect(typeof error.path, JSON.stringify(error)).toBe('object');
        checkResult(result);
      }),
      { numRuns: Math.round(TOTAL * 0.3) },
    );
  });

  it('rejects or loads random text without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: Math.round(TOTAL * 0.3) });
  });
});

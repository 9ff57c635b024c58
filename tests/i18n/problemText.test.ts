import { describe, expect, it } from 'vitest';
import { issueText, placeText, problemText } from '../../src/i18n/problemText';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { parseDatasetJson } from '../../src/model/parseDataset';
import { problem, type DatasetIssue, type ProblemCode, type ProblemParams } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import { amountFlow, shareFlow, smallLoop } from '../model/fixtures';

// Params for every code (typed: a new code needs a sample here too).
const SAMPLES: { [C in ProblemCode]: ProblemParams[C] } = {
  missing: {},
  'invalid-value': { expected: 'Object', received: '5' },
  empty: {},
  'too-long': { max: 100 },
  'too-many-items': { max: 16 },
  'not-a-number': {},
  'not-finite': {},
  negative: {},
  'too-big': { max: 1e9 },
  'not-positive': {},
  'no-text': {},
  'not-one-of': { options: ['amount', 'share'] },
  'bad-expr': {},
  'amount-or-share': {},
  'entity-or-flow': {},
  'no-entities': {},
  'too-many': { list: 'flows', max: 10000 },
  'too-deep': { max: 64 },
  'unknown-id': { kind: 'entity', id: 'oracel', suggestion: 'oracle', known: ['oracle'], moreKnown: false },
  'duplicate-id': { kind: 'flow', id: 'f', first: 'flows[0]' },
  'owner-has-owner': { owner: 'a', ownersOwner: 'b' },
  'self-flow': { entity: 'a' },
  'not-a-date': {},
  'not-a-name': {},
  'not-a-year': {},
  'years-not-ascending': {},
  'year-not-covered': { year: 2031, years: [2025, 2026] },
  'needs-years': {},
  'min-above-max': { min: 2, max: 1 },
  'share-range': { min: 0, max: 2 },
  'negative-amount-min': { min: -1 },
  'amount-too-big': { max: 2e9, limit: 1e9 },
  'outside-slider-range': { field: 'reference', value: 3, min: 0, max: 1 },
  'outside-scenario-range': { id: 'p', value: 3, min: 0, max: 1 },
  'off-slider-step': { id: 'p', value: 0.33, step: 0.05 },
  'turns-negative': { amount: -1, at: [{ id: 'p', value: 0 }] },
  'second-rest': { entity: 'a', first: 'flows[1]' },
  'share-out-of-range': { share: 1.5, at: [] },
  'shares-over-one': { entity: 'a', sum: 1.2, at: [{ id: 'p', value: 1 }] },
  'loop-diverges': { gain: 1.25 },
  'entity-unused': { entity: 'a' },
  'no-leakage': { entity: 'a' },
  'obligation-not-amount': {},
  'file-too-large': { bytes: 6 * 1048576, limitBytes: 5 * 1048576 },
  'larger-than-limit': { limitBytes: 5 * 1048576 },
  'empty-text': {},
  'not-a-dataset': { received: 'array' },
  'csv-bad-url': { text: 'http://' },
  'json-unexpected': { text: '}' },
  'json-ends-early': {},
  'csv-unclosed-quote': {},
  'csv-bad-quote': {},
  'csv-too-many-fields': { columns: 3 },
  'csv-no-delimiter': {},
  'csv-missing-column': { column: 'from' },
  'csv-no-amount-column': {},
  'csv-unknown-column': { known: ['from', 'to'] },
  'csv-empty-cell': {},
  'csv-amount-and-share': {},
  'csv-no-amount': {},
  'csv-not-a-number': { text: 'lots' },
  'csv-unknown-value': { column: 'status', value: 'rumour', options: ['announced'] },
  'csv-share-over-one': { share: 1.5, from: 'a' },
  'csv-second-focus': { first: 'nvidia' },
  'csv-second-table': { table: 'entities' },
  'csv-outside-table': {},
  'csv-no-flows': {},
  'csv-unknown-key': { key: 'colour', known: ['currency', 'unit'] },
  'csv-repeated-key': { key: 'currency', line: 2 },
  'csv-unknown-currency': { text: 'EURO' },
  'csv-unknown-like': { value: 'loan', options: ['debt', 'leakage'] },
  'csv-kinds-no-id': {},
  'csv-not-a-date': { text: '31/01/2026' },
  'not-in-encoding': { encoding: 'Big5' },
  'not-an-address': { address: 'http://[' },
  'not-http': { protocol: 'javascript:' },
  'http-status': { url: 'https://example.org/d.json', status: 404, statusText: 'Not Found' },
  timeout: { url: 'https://example.org/d.json', seconds: 10 },
  'fetch-failed': { url: 'https://example.org/d.json', reason: 'Failed to fetch' },
  'read-failed': { reason: 'TypeError: boom' },
  'fragment-unreadable': {},
  'load-cancelled': { url: 'https://data.example/a.json' },
};
const CHINESE = /[\u4e00-\u9fff]/;

describe('the problem dictionaries', () => {
  it.each(Object.entries(SAMPLES))('words %s in English and in Chinese, differently', (code, params) => {
    const sample = problem(code as ProblemCode, params as never);
    const en = problemText(sample, 'en');
    const zh = problemText(sample, 'zh-TW');
    expect(en.trim()).not.toBe('');
    expect(en).not.toMatch(CHINESE);
    expect(zh).toMatch(CHINESE);
    expect(zh).not.toBe(en);
  });

  it('words the places that are not JSON paths, and leaves JSON paths, files and addresses as they are', () => {
    const places = [{ line: 4, column: 3 }, { line: 2, column: 'share' }, { line: 1 }, { whole: 'dataset' }, { whole: 'file' }] as const;
    expect(places.map((p) => placeText(p, 'en'))).toEqual(['line 4, column 3', "line 2, column 'share'", 'line 1', '(dataset)', '(file)']);
    expect(places.map((p) => placeText(p, 'zh-TW'))).toEqual(['第 4 行第 3 欄', '第 2 行「share」欄', '第 1 行', '（資料集）', '（檔案）']);
    expect(placeText('flows[3].to', 'zh-TW')).toBe('flows[3].to');
    const inFile = { line: 3, column: 'role', file: 'entities.csv' };
    expect(placeText(inFile, 'en')).toBe("entities.csv, line 3, column 'role'");
    expect(placeText(inFile, 'zh-TW')).toBe('entities.csv 第 3 行「role」欄');
  });

  it('says the problems the README quotes, word for word', () => {
    const unknown = problem('unknown-id', { kind: 'entity', id: 'oracel', suggestion: 'oracle', known: ['oracle'], moreKnown: false });
    expect(issueText({ path: 'flows[3].to', ...unknown }, 'en')).toBe("flows[3].to: unknown entity 'oracel' — did you mean 'oracle'?");
    expect(issueText({ path: 'flows[3].to', ...unknown }, 'zh-TW')).toBe('flows[3].to：未知的實體「oracel」——是不是「oracle」？');
    const json = { path: { line: 12, column: 5 }, ...problem('json-unexpected', { text: '}' }) };
    expect(issueText(json, 'en')).toBe("line 12, column 5: not valid JSON: unexpected '}'");
  });

  it('lists some known ids when none is close, and the sliders a share goes wrong at', () => {
    const some = problem('unknown-id', { kind: 'parameter', id: 'zz', known: ['a', 'b'], moreKnown: true });
    expect(problemText(some, 'en')).toBe("unknown parameter 'zz' — known parameter ids: a, b, …");
    expect(problemText(some, 'zh-TW')).toBe('未知的參數「zz」——已知的代號：a, b, …');
    const none = problem('unknown-id', { kind: 'source', id: 'wsj', known: [], moreKnown: false });
    expect(problemText(none, 'en')).toBe("unknown source 'wsj' — there are no source ids");
    const anywhere = problem('share-out-of-range', { share: 1.5, at: [] });
    expect(problemText(anywhere, 'en')).toBe('share is 1.5 at any slider position; a share must be between 0 and 1');
    expect(problemText(anywhere, 'zh-TW')).toBe('比例為 1.5（任何滑桿位置）；比例必須介於 0 與 1 之間');
    const over = problem('shares-over-one', {
      entity: 'a',
      sum: 1.1,
      at: [
        { id: 'p', value: 0.8 },
        { id: 'q', value: 1 },
      ],
    });
    expect(problemText(over, 'en')).toBe(
      "shares out of 'a' sum to 1.1 at p=0.8, q=1; they may sum to at most 1 — lower a share or a slider's max",
    );
    const big = problem('file-too-large', { bytes: 6.25 * 1048576, limitBytes: 5 * 1048576 });
    expect(problemText(big, 'en')).toBe('is 6.3 MB; datasets may be at most 5 MB (and at most 2,000 entities and 10,000 flows)');
  });
});

describe('what the model reports, in Traditional Chinese', () => {
  const issuesOf = (result: ReturnType<typeof parseDatasetJson>): DatasetIssue[] => (result.ok ? result.warnings : result.errors);
  const fromJson = (mutate: (ds: Dataset) => void) => {
    const ds = structuredClone(smallLoop());
    mutate(ds);
    return issuesOf(parseDatasetJson(JSON.stringify(ds)));
  };
  const reported: DatasetIssue[] = [
    ...fromJson((ds) => ds.flows.push(shareFlow('startup', 'chip', 0.3))),
    ...fromJson((ds) => (ds.parameters[0]!.max = 1e12)),
    ...fromJson((ds) => delete (ds.entities[0] as Partial<Dataset['entities'][0]>).label),
    ...fromJson((ds) => ((ds.entities[0] as { role: string }).role = 'bank')),
    ...fromJson((ds) => ds.flows.push(amountFlow('cloud', 'chip-kept', 5))),
    ...fromJson((ds) => ds.entities.push({ id: 'lonely', role: 'other', label: { en: 'x' } })),
    ...issuesOf(parseDatasetJson('{"a": ')),
    ...issuesOf(parseDatasetCsv('to,amount\nb,1')),
    ...issuesOf(parseDatasetCsv('from,to,amount,colour\na,b,5,red')),
  ];

  it.each(reported.map((issue) => [issueText(issue, 'en'), issue]))('%s', (_english, issue) => {
    expect(problemText(issue, 'zh-TW')).toMatch(CHINESE);
    expect(placeText(issue.path, 'zh-TW')).not.toMatch(/^line /);
  });
});

import { describe, expect, it } from 'vitest';
import { localizeIssue, localizeIssuePath } from '../../src/i18n/issueText';
import { parseDatasetCsv } from '../../src/model/csvDataset';
import { parseDatasetJson } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/types';
import type { DatasetIssue } from '../../src/model/problems';
import { amountFlow, shareFlow, smallLoop } from '../model/fixtures';

const issuesOf = (result: ReturnType<typeof parseDatasetJson>): DatasetIssue[] => (result.ok ? result.warnings : result.errors);
const fromJson = (mutate: (ds: Dataset) => void) => {
  const ds = structuredClone(smallLoop());
  mutate(ds);
  return issuesOf(parseDatasetJson(JSON.stringify(ds)));
};

describe('dataset messages in Traditional Chinese', () => {
  const samples: DatasetIssue[] = [
    ...fromJson((ds) => (ds.flows[1]!.to = 'clowd')),
    ...fromJson((ds) => (ds.flows[1]!.from = 'zzzzzzzzzz')),
    ...fromJson((ds) => ds.flows.push(shareFlow('startup', 'chip', 0.3))),
    ...fromJson((ds) => (ds.entities[2]!.id = 'startup')),
    ...fromJson((ds) => (ds.parameters[1]!.default = 1.5)),
    ...fromJson((ds) => (ds.parameters[0]!.min = 300)),
    ...fromJson((ds) => (ds.parameters[0]!.max = 1e12)),
    ...fromJson((ds) => (ds.entities[0]!.label = { en: ' ' })),
    ...fromJson((ds) => delete (ds.entities[0] as Partial<Dataset['entities'][0]>).label),
    ...fromJson((ds) => ((ds.flows[3] as { share: number }).share = -1)),
    ...fromJson((ds) => ((ds.flows[0] as unknown as Record<string, unknown>).share = 0.5)),
    ...fromJson((ds) => ds.flows.push(amountFlow('cloud', 'chip-kept', 5))),
    ...fromJson((ds) => ds.flows.push(shareFlow('cloud', 'chip-kept', 'rest', 'leakage'))),
    ...fromJson((ds) => ds.flows.push(shareFlow('chip', 'chip', 0.1))),
    ...fromJson((ds) => ds.scenarios.push({ id: 's', label: { en: 's' }, values: { reinvest: 2 } })),
    ...fromJson((ds) => ((ds.entities[0] as { role: string }).role = 'bank')),
    ...fromJson((ds) => ds.entities.push({ id: 'lonely', role: 'other', label: { en: 'x' } })),
    ...issuesOf(parseDatasetJson('{"a": 1,}')),
    ...issuesOf(parseDatasetJson('{"a": ')),
    ...issuesOf(parseDatasetJson('')),
    ...issuesOf(parseDatasetCsv('from,to\na,b')),
    ...issuesOf(parseDatasetCsv('to,amount\nb,1')),
    ...issuesOf(parseDatasetCsv('from,to,amount\na,b,lots')),
    ...issuesOf(parseDatasetCsv('from,to,amount,share\na,b,5,0.5')),
    ...issuesOf(parseDatasetCsv('from,to,share\na,b,1.5')),
    ...issuesOf(parseDatasetCsv('from,to,amount,kind\na,b,5,gift')),
    ...issuesOf(parseDatasetCsv('from,to,amount,colour\na,b,5,red')),
    { path: 'x', message: 'only http(s) addresses can be loaded, not javascript:' },
    { path: 'x', message: 'https://example.org/d.json did not answer within 10 s' },
    { path: 'x', message: 'https://example.org/d.json answered 404 Not Found' },
  ];

  it.each(samples.map((s) => [s.path, s.message]))('%s: %s', (path, message) => {
    const localized = localizeIssue(message, 'zh-TW');
    expect(localized.english, message).toBe(false);
    expect(localized.text).toMatch(/[\u4e00-\u9fff]/);
    expect(localizeIssuePath(path, 'zh-TW')).not.toMatch(/^line /);
  });

  it('translates the did-you-mean exactly', () => {
    expect(localizeIssue("unknown entity 'clowd' — did you mean 'cloud'?", 'zh-TW').text).toBe('未知的實體「clowd」——是不是「cloud」？');
    expect(localizeIssuePath("line 4, column 'share'", 'zh-TW')).toBe('第 4 行「share」欄');
  });

  it('keeps an unknown shape in English, flagged', () => {
    expect(localizeIssue('something new', 'zh-TW')).toEqual({ text: 'something new', english: true });
  });
});

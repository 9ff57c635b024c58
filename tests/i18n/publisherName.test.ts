// A source's publisher in the reader's language: what the copy is (a summary, a republished text) in their words.
import { describe, expect, it } from 'vitest';
import { listSeparator, publisherList, publisherName } from '../../src/i18n/publisherName';
import { parseDatasetJson } from '../../src/model/parseDataset';
import { loadDefaultDataset, smallLoop } from '../model/fixtures';

describe('publisherName', () => {
  it('gives a plain name as it is, and a bilingual one in the language asked (else the other)', () => {
    expect(publisherName({ publisher: 'OpenAI' }, 'zh-TW')).toBe('OpenAI');
    const both = { publisher: { en: 'Particle (summary of media reports)', 'zh-TW': 'Particle（媒體報導摘要）' } };
    expect(publisherName(both, 'en')).toBe('Particle (summary of media reports)');
    expect(publisherName(both, 'zh-TW')).toBe('Particle（媒體報導摘要）');
    expect(publisherName({ publisher: { en: 'Only English' } }, 'zh-TW')).toBe('Only English');
  });

  it('lists with the language’s own list punctuation', () => {
    expect(publisherList(['A', 'B'], 'en')).toBe('A, B');
    expect(publisherList(['A', 'B'], 'zh-TW')).toBe('A、B');
    expect(listSeparator('zh-TW')).toBe('、');
  });

  it('leaves no English description of a copy in the default dataset’s Chinese publishers', () => {
    const zh = loadDefaultDataset().meta.sources.map((s) => publisherName(s, 'zh-TW'));
    const english = /\((?:summary|citing|quotes|text|via|reads|SEC|archived|release|reproduces)|\b(?:via|quoting|republished|summary)\b/;
    expect(zh.filter((name) => english.test(name))).toEqual([]);
    expect(zh).toContain('Particle（媒體報導摘要）');
  });

  it('is accepted by the dataset format as a name or as both languages, and not as an empty pair', () => {
    const withPublisher = (publisher: unknown) => {
      const d = smallLoop();
      return JSON.stringify({ ...d, meta: { ...d.meta, sources: [{ id: 's', title: 't', publisher, date: '2026', url: '' }] } });
    };
    expect(parseDatasetJson(withPublisher('Reuters')).ok).toBe(true);
    expect(parseDatasetJson(withPublisher({ en: 'Reuters (via Mint)', 'zh-TW': 'Reuters（經 Mint 轉載）' })).ok).toBe(true);
    expect(parseDatasetJson(withPublisher({})).ok).toBe(false);
    expect(parseDatasetJson(withPublisher(3)).ok).toBe(false);
  });
});

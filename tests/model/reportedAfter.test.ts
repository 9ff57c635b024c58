import { describe, expect, it } from 'vitest';
import { reportedAfter } from '../../src/model/reportedAfter';
import { loadDefaultDataset } from './fixtures';

describe('a figure reported after the date shown', () => {
  const dataset = loadDefaultDataset();
  const nvidia = dataset.entities.find((e) => e.id === 'nvidia')!;
  const revenue = [nvidia.revenue!].flat()[0]!;
  it("is Nvidia's FY26 revenue in September 2025 (its results came out on 25 February 2026), not at the dataset's date", () => {
    expect(reportedAfter(revenue.provenance, dataset.meta.sources, '2025-09-22')).toBe('2026-02-25');
    expect(reportedAfter(revenue.provenance, dataset.meta.sources, dataset.meta.asOf)).toBeUndefined();
  });
  it('is none when a source was out by then, or no source is dated to the day', () => {
    const sources = [
      { id: 'a', title: 'a', publisher: 'p', date: '2025-01-01', url: 'https://a' },
      { id: 'b', title: 'b', publisher: 'p', date: '2026', url: 'https://b' },
      { id: 'c', title: 'c', publisher: 'p', date: '2026-05-01', url: 'https://c' },
    ];
    expect(reportedAfter({ basis: 'reported', sources: ['a', 'c'] }, sources, '2025-06-01')).toBeUndefined();
    expect(reportedAfter({ basis: 'reported', sources: ['b'] }, sources, '2025-06-01')).toBeUndefined();
    expect(reportedAfter({ basis: 'reported', sources: ['b', 'c'] }, sources, '2025-06-01')).toBe('2026-05-01');
  });
});

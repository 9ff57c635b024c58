import type { Provenance, Source } from './types';

/**
 * When a figure was first reported, if every one of its sources dated to the day came out after
 * `date` (the date shown): a dated scenario then shows it with hindsight, and says so. Undefined when
 * some source was out by then, or none is dated to the day.
 */
export function reportedAfter(provenance: Provenance, sources: readonly Source[], date: string): string | undefined {
  const dates = (provenance.sources ?? [])
    .map((id) => sources.find((source) => source.id === id)?.date)
    .filter((d): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return dates.length > 0 && dates[0]! > date ? dates[0] : undefined;
}

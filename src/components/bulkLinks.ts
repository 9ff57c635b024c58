import { MIN_BAND_LINK_WIDTH } from '../layout/linkPaths';
import type { LinkShape } from '../layout/sankeyLayout';
import { originColor } from './palette';

export interface BulkPath {
  key: string;
  d: string;
  width: number;
  color: string | undefined;
  dimmed: boolean;
}

const WIDTH_STEP = 0.5;

/**
 * Thin links of a large graph drawn in few elements: links of one colour and (rounded) width share
 * one path of many subpaths. A thousand separate elements would cost more than a frame to update.
 */
export function bulkThinLinks(links: LinkShape[], colorByOrigin: boolean, isolated: number): BulkPath[] {
  const groups = new Map<string, { d: string[]; width: number; origin: number }>();
  for (const link of links) {
    if (!link.d || link.width >= MIN_BAND_LINK_WIDTH) continue;
    const origin = colorByOrigin ? (link.bands[0]?.origin ?? -2) : -2;
    const width = Math.max(WIDTH_STEP, Math.round(link.width / WIDTH_STEP) * WIDTH_STEP);
    const key = `${origin}:${width}`;
    const group = groups.get(key) ?? { d: [], width, origin };
    group.d.push(link.d);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, group]) => ({
    key,
    d: group.d.join(''),
    width: group.width,
    color: group.origin === -2 ? undefined : originColor(group.origin),
    dimmed: isolated >= 0 && group.origin !== isolated,
  }));
}

import { marksPresent, type LinkMark } from '../layout/linkMarks';
import type { Geometry, NodeBox } from '../layout/sankeyLayout';
import type { StressMarks } from '../layout/stressMarks';
import type { Lang } from '../model/types';
import { translate } from './strings';

/** One entry of the chart's key: a link mark, the net view's hatch on a box ('own'), or a stress test's marks. */
export interface KeyEntry {
  mark: LinkMark | 'own' | 'shortfall' | 'default';
  text: string;
}

/**
 * What the chart's drawing needs explained, and only that: the link marks it uses (solid listed
 * only beside another mark, as what they differ from) and the net view's hatch when a box has one.
 * and a stress test's shortfall bands and default marks when it draws any. The page and the
 * export list the same entries.
 */
export function chartKey(
  geometry: Geometry,
  ownHeight: (node: NodeBox) => number,
  lang: Lang,
  stress: StressMarks | null = null,
): KeyEntry[] {
  const marks = marksPresent(geometry.links);
  const shown = marks.some((mark) => mark !== 'solid') ? marks : [];
  const entries: KeyEntry[] = shown.map((mark) => ({ mark, text: translate(lang, `key.${mark}`) }));
  if (geometry.nodes.some((node) => ownHeight(node) > 0.5)) entries.push({ mark: 'own', text: translate(lang, 'key.own') });
  if (stress?.shortfalls.length) entries.push({ mark: 'shortfall', text: translate(lang, 'key.shortfall') });
  if (stress?.defaults.length) entries.push({ mark: 'default', text: translate(lang, 'key.default') });
  return entries;
}

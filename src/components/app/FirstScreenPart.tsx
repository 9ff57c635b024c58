import { LoadedFirstScreenPart } from './LoadedFirstScreenPart';
import { PartBoundary } from './PartBoundary';
import type { FirstScreenName } from './useFirstScreen';

/**
 * One of the parts round the chart (its code downloads beside the dataset: see firstScreen.ts).
 * Should it fail to load, it says so in its place and offers a reload; the
 * chart beside it stands.
 */
export function FirstScreenPart({ name }: { name: FirstScreenName }) {
  return (
    <PartBoundary>
      <LoadedFirstScreenPart name={name} />
    </PartBoundary>
  );
}

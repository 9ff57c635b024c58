import { translate } from '../../i18n/strings';
import type { RoundFrame } from '../../i18n/deriveChart';
import { formatPercent } from '../../model/format';
import type { Lang } from '../../model/types';
import { share } from '../../model/units';
import { useExplorer } from '../../state/context';

/**
 * The lines under the chart that say how to read it: what a round is, and how many of those asked
 * for carry money; that a loop without totals adds up only its first rounds; that the chart is drawn
 * below its usual scale.
 */
export function ChartNotes({
  lang,
  roundFrame,
  partialRounds,
  scaleShare,
}: {
  lang: Lang;
  roundFrame: RoundFrame | null;
  partialRounds: number | null;
  scaleShare: number;
}) {
  const asked = useExplorer((s) => s.rounds);
  // Rounds that carry nothing are not drawn (at a loop gain of 0 only the first is): say so.
  const drawn = roundFrame ? Math.max(0, ...roundFrame.headers.map((h) => h.round)) : 0;
  return (
    <>
      {roundFrame && (
        <p className="chart__note" data-note="rounds">
          {translate(lang, 'rounds.explain')}
          {/* Chinese runs sentences on without a space. */}
          {drawn > 0 && drawn < asked && `${lang === 'en' ? ' ' : ''}${translate(lang, 'rounds.fewer', { drawn, asked, next: drawn + 1 })}`}
        </p>
      )}
      {partialRounds !== null && (
        <p className="chart__note" data-note="partial">
          {translate(lang, 'rounds.partialNote', { count: partialRounds })}
        </p>
      )}
      {scaleShare < 1 && (
        <p className="chart__note" data-note="scale">
          {translate(lang, 'chart.scaleShrunk', { percent: formatPercent(share(scaleShare), lang) })}
        </p>
      )}
    </>
  );
}

import type { MouseEvent } from 'react';
import { translate } from '../../i18n/strings';
import type { Lang } from '../../model/types';

/**
 * "Skip the chart": the chart's first tab stop, shown when focused, moving focus to whatever comes
 * after the chart (the controls). Its code loads when pressed (should it fail, focus stays).
 */
export function SkipChart({ lang }: { lang: Lang }) {
  const load = () => import('./skipPast');
  const skip = (event: MouseEvent<HTMLButtonElement>) => {
    const chart = event.currentTarget.parentElement;
    if (chart)
      load().then(
        ({ skipPast }) => skipPast(chart),
        () => undefined,
      );
  };
  return (
    // A button, not a link to an anchor: a hash in the address would mix with the shared state in it.
    // Shown only when focused: its code starts loading then, so a press need not wait for it.
    <button type="button" className="skip-chart" onClick={skip} onFocus={() => void load().catch(() => undefined)}>
      {translate(lang, 'chart.skip')}
    </button>
  );
}

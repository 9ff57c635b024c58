import { useMemo } from 'react';
import { customerNames, divergentText, headlineItems, scopeSentence, uncommittedSentence } from '../../i18n/headlineText';
import { pickText, translate } from '../../i18n/strings';
import { reportedAfter } from '../../model/reportedAfter';
import { uncommittedDeals } from '../../model/uncommittedDeals';
import { useExplorer, useMoneyUnit } from '../../state/context';
import { useLoopResult, useShownHeadline, useStressedFigures } from '../../state/panelHooks';
import { FocusPicker } from '../controls/FocusPicker';
import { useSettledValue } from '../shared/hooks';
import { useLaidOutNow } from '../shared/useLaidOutNow';

/**
 * The numbers about the company followed (four, fewer where one has no meaning: a loop with no
 * round trip), each with one plain sentence, after a sentence that says what they are a share of
 * and, where the loop counts money not committed at its date, one that says which (kept in a
 * compact embed too, which shows the round trip alone); a loop that amplifies itself is said so plainly. The reader
 * picks the company unless `canFollow` is off (an embed without controls).
 */
export function HeadlineFigures({ canFollow = true }: { canFollow?: boolean }) {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const playRound = useExplorer((s) => s.playRound);
  const { figures, partial } = useShownHeadline();
  const result = useLoopResult();
  const stressed = useStressedFigures();
  const unit = useMoneyUnit();
  const focus = pickText(model.dataset.entities.find((e) => e.id === figures.focus)?.label, lang).text;
  // A drag's step renders this again with the same (deferred) figures: nothing to work out then.
  const { alert, items, scope, uncommitted } = useMemo(
    () => ({
      // What the figures are shares of includes these (a letter of intent's tranche, a deal in talks).
      uncommitted: uncommittedSentence(model, uncommittedDeals(model, result), lang, unit),
      alert: partial ? undefined : divergentText(figures, lang, unit),
      items: headlineItems(figures, focus, lang, unit, customerNames(model, result, figures.focus, lang)),
      scope: scopeSentence(
        figures,
        focus,
        model.moment.year,
        lang,
        unit,
        figures.annual ? reportedAfter(figures.annual.provenance, model.source.meta.sources, model.moment.date) : undefined,
      ),
    }),
    [figures, partial, focus, lang, unit, model, result],
  );
  const box = useLaidOutNow<HTMLElement>([items]);
  // Screen readers hear the headline once a change settles, not on every step of a drag.
  const summary =
    alert ??
    [items.find((i) => i.id === 'round-trip')?.sentence, items.find((i) => i.id === 'customers')?.sentence].filter(Boolean).join(' ');
  const announced = useSettledValue(summary, 1200);
  const live = (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-live="headline">
      {announced}
    </p>
  );

  if (alert) {
    return (
      <section className="headline headline--divergent" aria-labelledby="headline-title" ref={box}>
        <h2 id="headline-title">{translate(lang, 'headline.title')}</h2>
        {canFollow && <FocusPicker focus={figures.focus} />}
        <p className="headline__alert">{alert}</p>
        {live}
      </section>
    );
  }
  return (
    <section className="headline" aria-labelledby="headline-title" ref={box}>
      <h2 id="headline-title">
        {translate(lang, 'headline.title')}
        {partial && <span className="headline__so-far"> · {translate(lang, 'headline.soFar', { round: playRound })}</span>}
      </h2>
      {canFollow && <FocusPicker focus={figures.focus} />}
      {figures.focus === null && <p>{translate(lang, 'headline.noFocus')}</p>}
      {stressed && (
        <p className="headline__stressed" data-headline="stressed">
          {translate(lang, 'headline.stressed')}
        </p>
      )}
      {scope && (
        <p className="headline__scope" data-headline="scope">
          {scope}
        </p>
      )}
      {uncommitted && (
        <p className="headline__uncommitted" data-headline="uncommitted">
          {uncommitted}
        </p>
      )}
      <dl className="headline__figures">
        {items.map((item) => (
          <div key={item.id} className="figure" data-figure={item.id}>
            <dt>{item.label}</dt>
            <dd>
              <span className="figure__value">{item.value}</span>
              <span className="figure__sentence">{item.sentence}</span>
            </dd>
          </div>
        ))}
      </dl>
      {live}
    </section>
  );
}

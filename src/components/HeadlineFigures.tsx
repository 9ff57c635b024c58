import { pickText, translate, type StringKey } from '../i18n/strings';
import { formatPercent, formatRatio } from '../model/format';
import { useExplorer, useShownHeadline } from '../state/context';

interface Figure {
  id: string;
  label: StringKey;
  value: string;
  sentence: StringKey;
  params: Record<string, string>;
}

/** The four numbers, each with one plain sentence; a loop that amplifies itself is said so plainly. */
export function HeadlineFigures() {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const playRound = useExplorer((s) => s.playRound);
  const { figures, partial } = useShownHeadline();
  const focus = pickText(model.dataset.entities.find((e) => e.id === figures.focus)?.label, lang).text;
  const cents = (x: number) => (x * 100).toFixed(x * 100 < 10 && x > 0 ? 1 : 0);

  if (!partial && figures.gain >= 1) {
    return (
      <section className="headline headline--divergent" aria-labelledby="headline-title">
        <h2 id="headline-title">{translate(lang, 'headline.title')}</h2>
        <p role="alert" className="headline__alert">
          {translate(lang, 'headline.divergent', { gain: formatRatio(figures.gain, lang) })}
        </p>
      </section>
    );
  }
  const list: Figure[] = [];
  if (figures.roundTripShare !== null) {
    list.push({ id: 'round-trip', label: 'headline.roundTrip.label', value: formatPercent(figures.roundTripShare, lang), sentence: 'headline.roundTrip.sentence', params: { focus, cents: cents(figures.roundTripShare) } });
  }
  if (figures.revenuePerDollarInvested !== null) {
    const ratio = formatRatio(figures.revenuePerDollarInvested, lang);
    list.push({ id: 'multiplier', label: 'headline.multiplier.label', value: `${ratio}×`, sentence: 'headline.multiplier.sentence', params: { ratio } });
  }
  if (figures.customerShare !== null) {
    const percent = formatPercent(figures.customerShare, lang);
    list.push({ id: 'customers', label: 'headline.customers.label', value: percent, sentence: 'headline.customers.sentence', params: { focus, percent } });
  }
  list.push({ id: 'gain', label: 'headline.gain.label', value: formatRatio(figures.gain, lang), sentence: 'headline.gain.sentence', params: { cents: cents(figures.gain) } });

  return (
    <section className="headline" aria-labelledby="headline-title">
      <h2 id="headline-title">
        {translate(lang, 'headline.title')}
        {partial && <span className="headline__so-far"> · {translate(lang, 'headline.soFar', { round: playRound })}</span>}
      </h2>
      {figures.focus === null && <p>{translate(lang, 'headline.noFocus')}</p>}
      {figures.focus !== null && figures.focusRevenue === 0 && <p>{translate(lang, 'headline.none')}</p>}
      <dl className="headline__figures">
        {list.map((figure) => (
          <div key={figure.id} className="figure" data-figure={figure.id}>
            <dt>{translate(lang, figure.label, figure.params)}</dt>
            <dd>
              <span className="figure__value">{figure.value}</span>
              <span className="figure__sentence">{translate(lang, figure.sentence, figure.params)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { originColor } from '../components/chart/palette';
import { chartKey } from '../i18n/chartKey';
import { flowName, originNames } from '../i18n/chartText';
import { deriveChart, type ChartSize } from '../i18n/deriveChart';
import { anchorGhost } from '../layout/anchorGhost';
import { originsInPlay } from '../model/originsInPlay';
import { customerNames, divergentText, headlineItems, uncommittedSentence } from '../i18n/headlineText';
import { uncommittedDeals } from '../model/uncommittedDeals';
import { pickText, translate } from '../i18n/strings';
import { unitLabel } from '../i18n/unitLabel';
import { headlineFigures } from '../model/figures';
import { formatDate, formatMoney, formatPercent, moneyUnit } from '../model/format';
import { money, share } from '../model/units';
import { scenarioValues } from '../model/defaults';
import { momentDate } from '../model/resolveMoment';
import { parametersNotYet } from '../model/parametersNotYet';
import type { Scenario } from '../model/types';
import type { SnapshotInput, SnapshotState } from './snapshotTypes';
import { hasShocks } from '../model/shocks';
import { describeShocks } from '../i18n/stressText';
import { publisherList, publisherName } from '../i18n/publisherName';

/** Everything the on-screen chart shows, for a standalone snapshot of the given size. */
export function buildSnapshot(state: SnapshotState, size: ChartSize): SnapshotInput {
  const { model, lang, values } = state;
  const { dataset, structure } = model;
  const {
    result,
    geometry,
    labels,
    nodeLines: lines,
    ownHeight,
    ghost,
    scaleShare,
    roundFrame,
    stress,
    partialRounds,
  } = deriveChart(state, size);

  // Keyed by dataset ids: without a prototype, an entity called "__proto__" is a key like any other.
  const nodeNames: Record<string, string> = Object.create(null);
  const linkNames: Record<string, string> = Object.create(null);
  const ownHeights: Record<string, number> = Object.create(null);
  for (const node of geometry.nodes) {
    const nodeText = lines(node.entity, node.value);
    nodeNames[node.key] = translate(lang, 'text.named', { name: nodeText[0], text: nodeText[1] });
    const own = ownHeight(node);
    if (own > 0) ownHeights[node.key] = own;
  }
  for (const link of geometry.links) linkNames[link.key] = flowName(dataset, structure, link.flow, link.value, lang, partialRounds);

  const figures = headlineFigures(model, result, state.focus);
  const focus = pickText(dataset.entities.find((e) => e.id === figures.focus)?.label, lang).text;
  const scenario = namedScenario(state);
  const compared = dataset.scenarios.find((s) => s.id === state.compare);
  const unit = moneyUnit(dataset.meta);
  // A deal not made yet at the chart's date counts 0, whatever its slider says: said beside its value.
  const notYet = parametersNotYet(model);
  const settings = dataset.parameters
    .map(
      (p) =>
        `${pickText(p.label, lang).text} ${p.unit === 'share' ? formatPercent(share(values[p.id] ?? p.default), lang) : formatMoney(money(values[p.id] ?? p.default), lang, unit)}${notYet.has(p.id) ? translate(lang, 'export.notYet') : ''}`,
    )
    .join(' · ');
  // The shocks of a stress test, after the sliders: the chart shows what is paid once obligations clear.
  const stressed = hasShocks(state.shocks) || state.alpha !== 1 || state.beta !== 1;
  const stressLine = stressed ? ` · ${describeShocks(dataset, state.shocks, state, lang)}` : '';
  const inPlay = originsInPlay(model, result.coefficients);
  const publishers = publisherList([...new Set(dataset.meta.sources.map((s) => publisherName(s, lang)))], lang);
  return {
    lang,
    geometry,
    labels,
    labelKeyTitle: translate(lang, 'labels.keyTitle'),
    nodeNames,
    linkNames,
    colorByOrigin: state.colorByOrigin,
    isolated: state.isolated === null ? -1 : structure.origins.indexOf(state.isolated),
    origins: originNames(model, lang).map((name, o) => ({
      name,
      color: originColor(o),
      listed: (inPlay[o] ?? false) || structure.origins[o] === state.isolated,
    })),
    legendTitle: translate(lang, 'legend.title'),
    title: pickText(dataset.meta.title, lang).text,
    subtitle:
      translate(lang, 'export.subtitle', {
        shown: [
          scenario ? pickText(scenario.label, lang).text : translate(lang, 'export.customSettings'),
          ...(model.moment.year === null ? [] : [translate(lang, 'export.modelYear', { year: model.moment.year })]),
          state.view === 'rounds'
            ? translate(lang, 'export.viewRounds', { count: state.rounds })
            : partialRounds !== null
              ? translate(lang, 'export.viewRoundsAdded', { count: partialRounds })
              : translate(lang, 'export.viewLoop'),
        ].join(' · '),
        settings,
      }) + stressLine,
    figures: headlineItems(figures, focus, lang, unit, customerNames(model, result, figures.focus, lang)),
    figuresNote: uncommittedSentence(model, uncommittedDeals(model, result), lang, unit) || undefined,
    alert: divergentText(figures, lang, unit),
    sourceLine: translate(lang, 'export.sourceLine', {
      sources: publishers,
      // The date the chart stands at (a scenario's own), not only the dataset's.
      date: formatDate(model.moment.date, lang),
      unit: unitLabel(dataset.meta, lang),
    }),
    ownHeights,
    ghost:
      ghost && compared
        ? {
            boxes: anchorGhost(ghost, geometry),
            legend: translate(lang, 'legend.ghost', { scenario: pickText(compared.label, lang).text }),
          }
        : null,
    scaleNote: scaleShare < 1 ? translate(lang, 'chart.scaleShrunk', { percent: formatPercent(share(scaleShare), lang) }) : undefined,
    keyTitle: translate(lang, 'key.title'),
    keyEntries: chartKey(geometry, ownHeight, lang, stress),
    roundFrame: roundFrame && { ...roundFrame, note: translate(lang, 'rounds.explain') },
    stress,
  };
}

/**
 * The scenario the chart shows: the one chosen, or else one whose sliders and date are exactly the
 * chart's (the dataset's defaults are usually its latest scenario); none when the reader has moved
 * away from every scenario.
 */
export function namedScenario(state: Pick<SnapshotState, 'model' | 'values' | 'scenario'>): Scenario | undefined {
  const { source, moment } = state.model;
  const same = (s: Scenario) => {
    const values = scenarioValues(source, s.id);
    return (
      momentDate(source, s) === moment.date &&
      values !== undefined &&
      source.parameters.every((p) => values[p.id] === (state.values[p.id] ?? p.default))
    );
  };
  return source.scenarios.find((s) => s.id === state.scenario) ?? source.scenarios.find(same);
}

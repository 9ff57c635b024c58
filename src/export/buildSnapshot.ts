import { originColor, originPattern } from '../components/chart/palette';
import { entityLabelName, flowName, nodeAmountLine, originNames } from '../i18n/chartText';
import { divergentText, headlineItems } from '../i18n/headlineText';
import { pickText, translate, unitLabel } from '../i18n/strings';
import { chartGraph, chartLabels, chartLayout, chartNodeOrder } from '../layout/chartGeometry';
import { solveLoop } from '../model/engine';
import { focusEntity, headlineFigures, roundTrips } from '../model/figures';
import { formatDate, formatMoney, formatPercent } from '../model/format';
import { unrollRounds } from '../model/rounds';
import type { ExplorerState } from '../state/store';
import type { SnapshotInput } from './snapshotTypes';

/** Everything the on-screen chart shows, for a standalone snapshot of the given width. */
export function buildSnapshot(state: ExplorerState, width: number): SnapshotInput {
  const { model, lang, view, values } = state;
  const { dataset, structure } = model;
  const result = solveLoop(model, values);
  const rounds = unrollRounds(model, result.coefficients, view === 'rounds' || result.status === 'divergent' ? state.rounds : 0);
  const graph = chartGraph(model, view, result, rounds);
  const geometry = chartLayout(graph, width, chartNodeOrder(model, view, state.rounds), view === 'loop' ? state.offsets : undefined);
  const trips = result.status === 'converged' ? roundTrips(model, result) : null;
  const netting = state.showNet && view === 'loop';
  const lines = (entity: number, value: number): [string, string] => [
    entityLabelName(dataset, entity, lang),
    nodeAmountLine(value, trips?.[entity], netting, lang),
  ];
  const labels = chartLabels(geometry, lines, structure.entityIndex.get(focusEntity(model) ?? ''));

  // Keyed by dataset ids: without a prototype, an entity called "__proto__" is a key like any other.
  const nodeLines: Record<string, [string, string]> = Object.create(null);
  const nodeNames: Record<string, string> = Object.create(null);
  const linkNames: Record<string, string> = Object.create(null);
  const ownHeights: Record<string, number> = Object.create(null);
  for (const node of geometry.nodes) {
    const nodeText = lines(node.entity, node.value);
    nodeLines[node.key] = nodeText;
    nodeNames[node.key] = nodeText.join(': ');
    const trip = trips?.[node.entity];
    if (netting && trip && trip.gross > 0) ownHeights[node.key] = ((node.y1 - node.y0) * trip.own) / trip.gross;
  }
  for (const link of geometry.links) linkNames[link.key] = flowName(dataset, structure, link.flow, link.value, lang);

  const figures = headlineFigures(model, result);
  const focus = pickText(dataset.entities.find((e) => e.id === figures.focus)?.label, lang).text;
  const scenario = dataset.scenarios.find((s) => s.id === state.scenario);
  const settings = dataset.parameters
    .map(
      (p) =>
        `${pickText(p.label, lang).text} ${p.unit === 'share' ? formatPercent(values[p.id] ?? p.default, lang) : formatMoney(values[p.id] ?? p.default, lang)}`,
    )
    .join(' · ');
  const publishers = [...new Set(dataset.meta.sources.map((s) => s.publisher))].join(', ');
  return {
    lang,
    geometry,
    labels,
    nodeLines,
    nodeNames,
    linkNames,
    colorByOrigin: state.colorByOrigin,
    isolated: state.isolated === null ? -1 : structure.origins.indexOf(state.isolated),
    origins: originNames(dataset, structure.origins, lang).map((name, o) => ({ name, color: originColor(o), pattern: originPattern(o) })),
    legendTitle: translate(lang, 'legend.title'),
    title: pickText(dataset.meta.title, lang).text,
    subtitle: `${scenario ? pickText(scenario.label, lang).text : translate(lang, 'export.customSettings')}: ${settings}`,
    figures: headlineItems(figures, focus, lang),
    alert: divergentText(figures, lang),
    sourceLine: translate(lang, 'export.sourceLine', {
      sources: publishers,
      date: formatDate(dataset.meta.asOf, lang),
      unit: unitLabel(dataset.meta, lang),
    }),
    ownHeights,
  };
}

// The glue between the chart pipeline and the SVG snapshot tests, in one place: when the pipeline's
// signatures change (buildSnapshot, layout unit types), only this file needs to follow.
import { renderSvgSnapshot } from '../src/export/renderSvg';
import { deriveChart } from '../src/i18n/deriveChart';
import type { ChartView } from '../src/layout/chartGeometry';
import type { LabelPlacement } from '../src/layout/labels';
import type { Geometry } from '../src/layout/sankeyLayout';
import { defaultValues } from '../src/model/defaults';
import { compileModel } from '../src/model/engine';
import type { Dataset, Lang } from '../src/model/types';
import { snapshotInput } from './export/fixture';

export interface LaidOut {
  geometry: Geometry;
  /** Where each label goes and what it says, in the snapshot's language. */
  labels: LabelPlacement[];
}

const ROUNDS = 4;

/** The chart's geometry and labels at the dataset's default slider values, derived as the on-screen chart derives them. */
export function layoutAtDefaults(dataset: Dataset, lang: Lang, view: ChartView = 'loop', width = 900): LaidOut {
  const model = compileModel(dataset);
  const input = {
    model,
    values: defaultValues(dataset.parameters),
    view,
    rounds: ROUNDS,
    offsets: {},
    showNet: false,
    fitToView: false,
    compare: null,
    lang,
    playRound: 0,
  };
  const { geometry, labels } = deriveChart(input, { width });
  return { geometry, labels };
}

/** The exported SVG document at the dataset's default slider values. */
export function exportAtDefaults(dataset: Dataset, lang: Lang, width = 900): string {
  return renderSvgSnapshot(snapshotInput(dataset, { lang, width }));
}

/**
 * Every number in an SVG's attribute values rounded to one decimal (as Observable Plot's snapshot
 * tests do), so float noise in the last digits never changes a snapshot; only a visible change does.
 * Text, colours and keys are left as they are.
 */
export function roundNumbers(svg: string): string {
  return svg.replace(ATTRIBUTE, (whole, name: string, value: string) =>
    KEPT.test(name) || value.startsWith('#') ? whole : ` ${name}="${value.replace(NUMBER, roundNumber)}"`,
  );
}

const ATTRIBUTE = / ([\w:-]+)="([^"]*)"/g;
// Names, keys and the XML declaration's version="1.0" hold no coordinates.
const KEPT = /^(?:data-.*|id|class|version|xml:lang|xmlns.*|aria-.*)$/;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi;

function roundNumber(match: string): string {
  const rounded = Math.round(Number(match) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

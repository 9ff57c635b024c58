import type { StressMarks } from '../layout/stressMarks';
import type { KeyEntry } from '../i18n/chartKey';
import type { GhostBox } from '../layout/anchorGhost';
import type { LabelPlacement } from '../layout/labels';
import type { Geometry } from '../layout/sankeyLayout';
import type { Lang } from '../model/types';
import type { ChartInput, RoundFrame } from '../i18n/deriveChart';
import type { ExplorerState } from '../state/store';

/** Everything a standalone SVG snapshot shows, already in the reader's language. */
export interface SnapshotInput {
  lang: Lang;
  geometry: Geometry;
  /** The labels as placed on screen: their lines, leader lines, and the numbers of boxes without room for a name. */
  labels: LabelPlacement[];
  /** The heading of the numbered boxes' key. */
  labelKeyTitle: string;
  /** Accessible names of nodes and of links, by key, kept as <title> elements (apart: a flow may share an entity's id). */
  nodeNames: Record<string, string>;
  linkNames: Record<string, string>;
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1. */
  isolated: number;
  /** Every origin by index (bands name theirs by it); `listed` ones are in the legend. */
  origins: { name: string; color: string; listed: boolean }[];
  legendTitle: string;
  title: string;
  /** The scenario and the slider values, in one line (wrapped as needed). */
  subtitle: string;
  figures: { label: string; value: string; sentence: string }[];
  /** Money the figures count though it is not committed on the date shown, in words (see uncommittedSentence); none when all of it is. */
  figuresNote?: string | undefined;
  /** A plain statement when the loop diverges, shown instead of figures. */
  alert?: string | undefined;
  /** "Sources: …  Figures as of …" */
  sourceLine: string;
  /** Height in px of the own-money hatch at the bottom of each node (net view), by node key. */
  ownHeights: Record<string, number>;
  /** The compared scenario's boxes, drawn as outlines behind the chart, and the legend line saying so. */
  ghost: { boxes: GhostBox[]; legend: string } | null;
  /** Said when the chart is drawn below the dataset's usual scale (a state too large for it). */
  scaleNote: string | undefined;
  /** What the chart's line styles and hatches mean, as the page's key lists them. */
  keyTitle: string;
  keyEntries: KeyEntry[];
  /** The rounds view's round headers and dividers (as on screen), and the sentence saying what a round is; null in the loop view. */
  roundFrame: (RoundFrame & { note: string }) | null;
  /** A stress test's shortfall bands and default marks, as on screen; null without one. */
  stress: StressMarks | null;
}

/** What an export reads of the explorer's state: the chart's inputs and the settings its text names, no actions. */
export type SnapshotState = ChartInput &
  Pick<ExplorerState, 'focus' | 'scenario' | 'colorByOrigin' | 'isolated' | 'shocks' | 'alpha' | 'beta'>;

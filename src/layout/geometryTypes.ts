import type { FlowStanding } from '../model/flowStanding';
import type { Money } from '../model/units';
import type { BandOffset, LinkRoute } from './linkPaths';
import type { Px, PxPerMoney } from './units';

// The chart's geometry as plain data: what the layout returns and every later step (labels, marks,
// the screen and the export) reads.

export interface NodeBox {
  key: string;
  entity: number;
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
  value: Money;
  column: number;
}

/** A part of a link by origin: the link's centre line shifted by `offset`, `width` wide. */
export type Band = BandOffset;

export interface LinkShape {
  key: string;
  flow: number;
  source: string;
  target: string;
  value: Money;
  width: Px;
  back: boolean;
  /** Centre line (drawn with stroke-width = width), as numbers: see `linkPath` and `traceLink`. Null when empty. */
  route: LinkRoute | null;
  /** The same link split into stacked bands by origin (empty parts left out). */
  bands: Band[];
  /** The flow's deal status and basis at the chart's date (see `linkMark`); absent: committed. */
  standing?: FlowStanding | undefined;
}

export interface Geometry {
  width: Px;
  height: Px;
  /** Where the marks start: below the rounds view's header strip (else 0), which callouts keep below; labels keep off the headers themselves (RoundHeader's `rect`). */
  top?: Px;
  scale: PxPerMoney;
  columns: number;
  nodes: NodeBox[];
  links: LinkShape[];
}

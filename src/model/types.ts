// Dataset format. Amounts are in the dataset's unit (meta.unit, US$ billions for the default);
// shares are fractions 0..1 of the from-entity's total inflow.

export type Lang = 'en' | 'zh-TW';

/** Text in both languages; a missing one falls back to the other (visibly, in the UI). */
export interface Bilingual {
  en?: string;
  'zh-TW'?: string;
}

export const ROLES = ['source', 'customer', 'startup', 'cloud', 'chipmaker', 'other', 'sink'] as const;
export type Role = (typeof ROLES)[number];

export const FLOW_KINDS = ['equity-investment', 'compute-spend', 'gpu-purchase', 'reinvestment', 'customer-revenue', 'leakage'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export const STATUSES = [
  'letter-of-intent',
  'on-ice',
  'announced',
  'in-talks',
  'definitive',
  'completed',
  'reported',
  'derived',
  'assumption',
] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A number, a parameter's current value, 1 minus an expression, or a product of expressions.
 * Lets a flow's share depend on several sliders (e.g. margin × reinvestment rate × split).
 */
export type Expr = number | { param: string } | { oneMinus: Expr } | { product: Expr[] };

/** Where a figure comes from: its status, the source ids, and the arithmetic or reason. */
export interface Provenance {
  status: Status;
  sources?: string[];
  note?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
}

export interface Entity {
  id: string;
  label: Bilingual;
  role: Role;
  description?: Bilingual;
  /** The entity id of the company this one belongs to (AWS → Amazon): money it put in counts as its own. */
  owner?: string;
}

interface FlowBase {
  id: string;
  from: string;
  to: string;
  kind: FlowKind;
  label?: Bilingual;
  provenance: Provenance;
}
/** Money injected from outside the loop: the from-entity has no inflow. */
export interface AmountFlow extends FlowBase {
  amount: Expr;
}
/** A share of the from-entity's inflow; 'rest' takes whatever the other shares leave. */
export interface ShareFlow extends FlowBase {
  share: Expr | 'rest';
}
export type Flow = AmountFlow | ShareFlow;

export const PARAMETER_GROUPS = ['investment', 'behaviour', 'revenue'] as const;
export type ParameterGroup = (typeof PARAMETER_GROUPS)[number];

export interface Parameter {
  id: string;
  label: Bilingual;
  group: ParameterGroup;
  /** 'amount' values are in meta.unit; 'share' values are fractions 0..1 shown as percentages. */
  unit: 'amount' | 'share';
  min: number;
  max: number;
  step: number;
  default: number;
  /** The publicly reported value, marked on the slider's track when there is one. */
  reported?: number;
  provenance: Provenance;
}

export interface Scenario {
  id: string;
  label: Bilingual;
  description?: Bilingual;
  /** Parameters not named keep their defaults. */
  values: Record<string, number>;
}

export interface Meta {
  title: Bilingual;
  description: Bilingual;
  currency: string;
  /** Label of the unit amounts are in, e.g. "US$ billions". */
  unit: string;
  asOf: string;
  /** How deals of different horizons are made comparable, in words. */
  convention: Bilingual;
  /** The entity whose revenue the headline figures are about (the chipmaker by default). */
  focus?: string;
  sources: Source[];
}

export interface Dataset {
  meta: Meta;
  entities: Entity[];
  flows: Flow[];
  parameters: Parameter[];
  scenarios: Scenario[];
}

export type ParamValues = Record<string, number>;

export function isAmountFlow(flow: Flow): flow is AmountFlow {
  return 'amount' in flow;
}

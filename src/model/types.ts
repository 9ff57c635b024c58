// Dataset format. Amounts are in the dataset's unit (meta.unit, US$ billions for the default);
// shares are fractions 0..1 of the from-entity's total inflow.

import type { Bilingual } from './bilingual';
import type { StoryStep } from './storyTypes';

export type { Bilingual, Lang } from './bilingual';

export const ROLES = ['source', 'customer', 'startup', 'cloud', 'chipmaker', 'other', 'sink'] as const;
export type Role = (typeof ROLES)[number];

export const FLOW_KINDS = [
  'equity-investment',
  'debt',
  'compute-spend',
  'gpu-purchase',
  'reinvestment',
  'customer-revenue',
  'leakage',
] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/**
 * A kind of flow a dataset names for itself ("equipment purchase", "vendor loan"), or a new label
 * for a built-in kind. `like` is the built-in kind whose part it plays in the figures (revenue,
 * outside capital, reinvestment, leaving the loop); without it the flow is none of those.
 */
export interface KindDeclaration {
  id: string;
  label: Bilingual;
  like?: FlowKind;
}

/** Where a deal stands. Only letter-of-intent, in-talks, conditional and on-ice deals are not (yet) committed money. */
export const STATUSES = ['letter-of-intent', 'in-talks', 'announced', 'conditional', 'definitive', 'completed', 'on-ice'] as const;
export type Status = (typeof STATUSES)[number];
export const UNCOMMITTED_STATUSES: ReadonlySet<Status> = new Set(['letter-of-intent', 'in-talks', 'conditional', 'on-ice']);

/**
 * How firmly an obligation binds its payer, from the deal's provenance: a firm contract,
 * one the payer may cancel with notice, a conditional amount, a letter of intent, or a deal on ice.
 */
export const FIRMNESS = ['firm', 'cancellable', 'conditional', 'letter-of-intent', 'on-ice'] as const;
export type Firmness = (typeof FIRMNESS)[number];

/**
 * What kind of number a figure is: one a source reported, a forecast a source reported for a year
 * not over (a projection: not booked, so the chart does not draw it as committed), our arithmetic
 * on reported figures (with its derivation), or an assumption (with its reason in the note).
 */
export const BASES = ['reported', 'projection', 'estimate', 'assumption'] as const;
export type Basis = (typeof BASES)[number];

/**
 * A number, a parameter's current value, 1 minus an expression, a product or a sum of expressions,
 * or a value that depends on the model year: listed per year (0 in years not listed), or a total
 * spread evenly over `term` years from `start`. Lets a flow's share depend on several sliders
 * (e.g. margin × reinvestment rate × split) and a contract enter in its own years.
 */
export type Expr =
  | number
  | { param: string }
  | { oneMinus: Expr }
  | { product: Expr[] }
  | { sum: Expr[] }
  | { byYear: Record<string, Expr> }
  | { schedule: Schedule };

/** A total paid evenly over `term` years starting in `start` (a straight-line average, not a reported ramp). */
export interface Schedule {
  start: number;
  term: number;
  total: Expr;
}

/** One input of a derived figure: its value and where it comes from (a source id, or a reason in the note). */
export interface DerivationInput {
  value: number;
  source?: string;
  note?: Bilingual;
  /** The input as a reader names it ("contract" / 「合約金額」): the formula is shown with it, not with its id. */
  label?: Bilingual;
}

/**
 * How an estimate is computed, so the arithmetic can be shown and checked: `formula` is arithmetic
 * (+ − × ÷, parentheses, numbers) over the names in `inputs`; `value` is the figure the dataset uses,
 * and a test evaluates the formula and compares.
 */
export interface Derivation {
  formula: string;
  inputs: Record<string, DerivationInput>;
  value: number;
}

/** A deal's status from a date on (ISO yyyy-mm-dd). */
export interface DatedStatus {
  date: string;
  status: Status;
}

/** Where a figure comes from: what kind of number it is, the deal's status, the source ids, and the arithmetic or reason. */
export interface Provenance {
  basis: Basis;
  /**
   * The basis in the model years where a figure is of another kind than `basis` says (a revenue
   * reported for some years and assumed for one), by year ("2027": "assumption"). On flows: the
   * chart, its tooltips, the data table and the exports show the year's.
   */
  basisInYears?: Record<string, Basis>;
  /**
   * The deal's status over time, earliest first. The status shown is the last one dated on or
   * before the date being shown; a deal whose first date is later did not exist yet and counts 0.
   */
  status?: DatedStatus[];
  sources?: string[];
  note?: Bilingual;
  derivation?: Derivation;
}

export interface Source {
  id: string;
  title: string;
  /** The name as published; bilingual when it says what the copy is (a summary, a republished text). */
  publisher: string | Bilingual;
  date: string;
  url: string;
  /**
   * What the title does not say, in both languages (the figure it gives, an accession number): kept
   * apart from the title, which is the source's own, so a Chinese reader does not meet our English in it.
   */
  note?: Bilingual;
}

export interface Entity {
  id: string;
  label: Bilingual;
  role: Role;
  description?: Bilingual;
  /** The entity id of the company this one belongs to (AWS → Amazon): money it put in counts as its own. */
  owner?: string;
  /** A shorter name for narrow charts (e.g. "MSFT Azure"). */
  short?: Bilingual;
  /** The company's total revenue for a model year, to say what share of it the loop is. */
  revenue?: AnnualRevenue[];
  /** Cash or other outside assets it can pay its obligations from in a model year (byYear), beyond what it receives that year. */
  buffer?: { amount: Expr; provenance: Provenance };
}

/** A company's total revenue in a period that stands for a model year (e.g. Nvidia's FY26 for 2025). */
export interface AnnualRevenue {
  year: number;
  amount: number;
  /** The period the amount covers, e.g. "FY26 (Feb 2025 – Jan 2026)". */
  period: Bilingual;
  provenance: Provenance;
}

interface FlowBase {
  id: string;
  from: string;
  to: string;
  /** A built-in FlowKind or the id of one declared in meta.kinds. */
  kind: string;
  label?: Bilingual;
  provenance: Provenance;
  /**
   * The amount is due in the model year (a cloud contract, a chip purchase, debt service): a stress
   * test clears it. Only an amount can be due; validation refuses it on a share.
   */
  obligation?: ObligationTerms;
}
/**
 * A fixed amount: money injected from outside the loop when the from-entity has no inflow, or a
 * payment the from-entity makes out of what it receives (a lab's contracted compute spending).
 * Payments carry the mix of origins of the payer's inflow; together they never exceed it.
 */
export interface AmountFlow extends FlowBase {
  amount: Expr;
}

/** How an obligation binds; without `firmness`, it follows the deal's status at the date (see firmnessAt). */
export interface ObligationTerms {
  firmness?: Firmness;
}

/**
 * An obligation not drawn as a flow (a company's debt service to its lenders): due from `from` to
 * `to` in the model year, paid out of what `from` keeps once its flows are paid.
 */
export interface Obligation {
  id: string;
  from: string;
  to: string;
  amount: Expr;
  firmness?: Firmness;
  label?: Bilingual;
  provenance: Provenance;
}

/** The shocks a stress test pulls; absent ones do not apply. See src/model/shocks.ts. */
export interface Shocks {
  /** Real customers' payments fall by this fraction (0–1). */
  revenueFall?: number;
  /** New equity slows by this fraction (0–1; 1 stops it). */
  equitySlowdown?: number;
  /** An entity that fails: it pays and invests nothing. */
  fails?: string;
  /** Letters of intent, talks and conditional amounts do not happen. */
  dropUncommitted?: boolean;
  /** A lender that stops lending: its debt flows are 0. */
  lenderStops?: string;
}

/** A named set of shocks, told in both languages, with the sources for the amounts it puts at stake. */
export interface StressTest {
  id: string;
  label: Bilingual;
  description?: Bilingual;
  shocks: Shocks;
  sources?: string[];
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
  /** The sourced value marked on the slider's track, labelled by its basis (reported, projection, our estimate, assumption). */
  reference?: number;
  provenance: Provenance;
}

export interface Scenario {
  id: string;
  label: Bilingual;
  description?: Bilingual;
  /** The date the scenario shows (yyyy-mm-dd): deals' statuses are those at this date. Default: meta.asOf. */
  date?: string;
  /** Parameters not named keep their defaults. */
  values: Record<string, number>;
}

export interface Meta {
  title: Bilingual;
  description: Bilingual;
  /** One line under the title; a generic one when absent. */
  tagline?: Bilingual;
  currency: string;
  /** Label of the unit amounts are in, e.g. "US$ billions". */
  unit: string;
  asOf: string;
  /** The model years the dataset covers, ascending; amounts are per year. Absent: one unnamed year. */
  years?: number[];
  /** The model year shown first (one of `years`). */
  year?: number;
  /** How deals of different horizons are made comparable, in words. */
  convention: Bilingual;
  /** The entity whose revenue the headline figures are about (the chipmaker by default). */
  focus?: string;
  /** Flow kinds of the dataset's own, and labels for built-in ones. */
  kinds?: KindDeclaration[];
  sources: Source[];
}

export interface Dataset {
  meta: Meta;
  entities: Entity[];
  flows: Flow[];
  parameters: Parameter[];
  scenarios: Scenario[];
  /** A guided story through the dataset, in order ("Walk me through"). */
  story?: StoryStep[];
  /** Obligations not drawn as flows (flows can be obligations too: `obligation` on an amount flow). */
  obligations?: Obligation[];
  stressTests?: StressTest[];
}

export type ParamValues = Record<string, number>;

export function isAmountFlow(flow: Flow): flow is AmountFlow {
  return 'amount' in flow;
}

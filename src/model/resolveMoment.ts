import { exprInYear } from './expr';
import { isAmountFlow, type Dataset, type Flow, type Meta, type Provenance, type Scenario, type Status } from './types';

/**
 * The moment a chart shows: a model year (amounts are per year) and a date (deals stand as they
 * did on that day). Datasets without `meta.years` have one unnamed year (null).
 */
export interface Moment {
  year: number | null;
  date: string;
}

export function modelYears(meta: Meta): number[] {
  return meta.years ?? [];
}

export function defaultYear(meta: Meta): number | null {
  const years = modelYears(meta);
  return meta.year !== undefined && years.includes(meta.year) ? meta.year : (years[0] ?? null);
}

/** The date a scenario shows; without a scenario (or a date on it), the dataset's as-of date. */
export function momentDate(dataset: Dataset, scenario: Scenario | string | null | undefined): string {
  const found = typeof scenario === 'string' ? dataset.scenarios.find((s) => s.id === scenario) : scenario;
  return found?.date ?? dataset.meta.asOf;
}

/**
 * A deal's status on a date: the last one dated on or before it; 'not-yet' when the deal's first
 * status is later (it did not exist then); null when the figure has no deal status.
 */
export function statusAt(provenance: Provenance, date: string): Status | 'not-yet' | null {
  const history = provenance.status;
  if (!history || history.length === 0) return null;
  let current: Status | 'not-yet' = 'not-yet';
  // ISO dates (yyyy-mm-dd) order as strings do.
  for (const entry of history) if (entry.date <= date) current = entry.status;
  return current;
}

/**
 * The dataset as it stands at a moment: every year-dependent amount or share resolved for the
 * year, with the basis of the year's figure, and every flow whose deal did not exist yet at the
 * date set to 0. What follows (the engine, the rounds, the layout, the labels) sees plain numbers,
 * parameters and bases.
 */
export function resolveMoment(dataset: Dataset, moment: Moment): Dataset {
  return { ...dataset, flows: dataset.flows.map((flow) => resolveFlow(flow, moment)) };
}

function resolveFlow(flow: Flow, { year, date }: Moment): Flow {
  const absent = statusAt(flow.provenance, date) === 'not-yet';
  const inYear = withYearsBasis(flow, year);
  if (isAmountFlow(inYear)) return { ...inYear, amount: absent ? 0 : exprInYear(inYear.amount, year) };
  if (inYear.share === 'rest') return inYear;
  return { ...inYear, share: absent ? 0 : exprInYear(inYear.share, year) };
}

/** The flow with the basis of its figure in `year` (see Provenance.basisInYears). */
function withYearsBasis(flow: Flow, year: number | null): Flow {
  const basis = year === null ? undefined : flow.provenance.basisInYears?.[String(year)];
  return basis === undefined || basis === flow.provenance.basis ? flow : { ...flow, provenance: { ...flow.provenance, basis } };
}

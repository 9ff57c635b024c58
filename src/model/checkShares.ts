import { evaluateExpr, exprInYear, exprParams } from './expr';
import { defaultValues } from './defaults';
import { isAmountFlow, type Dataset, type Flow, type Parameter, type ParamValues, type ShareFlow } from './types';
import { problemAt, type DatasetIssue, type SliderSetting } from './problems';

const TOLERANCE = 1e-9;
const MAX_CORNER_PARAMS = 10;

/**
 * Shares out of each entity must stay within 0..1 and sum to at most 1 for every slider position
 * and every model year, and amounts must never turn negative. Sums of products of sliders are
 * multilinear, so checking every corner of the sliders' ranges covers the whole range.
 */
export function checkShares(dataset: Dataset): DatasetIssue[] {
  const years = dataset.meta.years?.length ? dataset.meta.years : [null];
  for (const year of years) {
    const issues = checkYear(dataset, year);
    if (issues.length > 0) return issues;
  }
  return [];
}

/** The checks in one model year, with year-dependent values resolved for it (as the engine sees them). */
function checkYear(source: Dataset, year: number | null): DatasetIssue[] {
  const flows = source.flows.map((flow): Flow => {
    if (isAmountFlow(flow)) return { ...flow, amount: exprInYear(flow.amount, year) };
    return flow.share === 'rest' ? flow : { ...flow, share: exprInYear(flow.share, year) };
  });
  const dataset = { ...source, flows };
  const issues: DatasetIssue[] = [];
  const parameters = new Map(dataset.parameters.map((p) => [p.id, p]));
  const defaults = defaultValues(dataset.parameters);
  const sharesByEntity = new Map<string, { flow: ShareFlow; index: number }[]>();

  dataset.flows.forEach((flow, index) => {
    if (isAmountFlow(flow)) {
      for (const values of corners(exprParams(flow.amount), parameters, defaults)) {
        const amount = evaluateExpr(flow.amount, values);
        if (amount < -TOLERANCE) {
          issues.push(
            problemAt(`flows[${index}].amount`, 'turns-negative', { amount: round(amount), at: settings(values, exprParams(flow.amount)) }),
          );
          break;
        }
      }
      return;
    }
    const list = sharesByEntity.get(flow.from) ?? [];
    list.push({ flow, index });
    sharesByEntity.set(flow.from, list);
  });

  for (const [entity, flows] of sharesByEntity) {
    const rests = flows.filter(({ flow }) => flow.share === 'rest');
    for (const extra of rests.slice(1)) {
      issues.push(problemAt(`flows[${extra.index}].share`, 'second-rest', { entity, first: `flows[${rests[0]?.index}]` }));
    }
    const involved = new Set<string>();
    for (const { flow } of flows) if (flow.share !== 'rest') exprParams(flow.share, involved);
    for (const values of corners(involved, parameters, defaults)) {
      const problem = shareProblem(entity, flows, values, [...involved]);
      if (problem) {
        issues.push(problem);
        break;
      }
    }
  }
  return issues;
}

function shareProblem(
  entity: string,
  flows: { flow: ShareFlow; index: number }[],
  values: ParamValues,
  involved: string[],
): DatasetIssue | undefined {
  const at = settings(values, involved);
  let sum = 0;
  for (const { flow, index } of flows) {
    if (flow.share === 'rest') continue;
    const share = evaluateExpr(flow.share, values);
    if (share < -TOLERANCE || share > 1 + TOLERANCE) {
      return problemAt(`flows[${index}].share`, 'share-out-of-range', { share: round(share), at });
    }
    sum += share;
  }
  if (sum > 1 + TOLERANCE) {
    const first = flows.find(({ flow }) => flow.share !== 'rest') ?? flows[0];
    return problemAt(`flows[${first?.index ?? 0}].share`, 'shares-over-one', { entity, sum: round(sum), at });
  }
  return undefined;
}

/** Every combination of min/max for the involved sliders (or a spread of them when there are many). */
function* corners(involved: Set<string>, parameters: Map<string, Parameter>, defaults: ParamValues): Generator<ParamValues> {
  const ids = [...involved].filter((id) => parameters.has(id));
  yield defaults;
  if (ids.length === 0) return;
  const extremes = (id: string) => {
    const p = parameters.get(id) as Parameter;
    return [p.min, p.max];
  };
  if (ids.length <= MAX_CORNER_PARAMS) {
    for (let mask = 0; mask < 1 << ids.length; mask++) {
      const values = { ...defaults };
      ids.forEach((id, bit) => (values[id] = extremes(id)[(mask >> bit) & 1] as number));
      yield values;
    }
    return;
  }
  for (const side of [0, 1]) {
    const values = { ...defaults };
    for (const id of ids) values[id] = extremes(id)[side] as number;
    yield values;
  }
}

/** The sliders involved and where they stand (none: the problem is there at any position). */
function settings(values: ParamValues, involved: Iterable<string>): SliderSetting {
  return [...involved].map((id) => ({ id, value: values[id] as number }));
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

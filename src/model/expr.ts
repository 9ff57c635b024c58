import type { Expr, ParamValues } from './types';

/** The value of an expression for the given parameter values; an unknown parameter counts as 0. */
export function evaluateExpr(expr: Expr, values: ParamValues): number {
  if (typeof expr === 'number') return expr;
  if ('param' in expr) return values[expr.param] ?? 0;
  if ('oneMinus' in expr) return 1 - evaluateExpr(expr.oneMinus, values);
  if ('product' in expr) {
    let product = 1;
    for (const term of expr.product) product *= evaluateExpr(term, values);
    return product;
  }
  if ('sum' in expr) {
    let sum = 0;
    for (const term of expr.sum) sum += evaluateExpr(term, values);
    return sum;
  }
  // Year-dependent parts are resolved for a model year (resolveMoment) before anything evaluates them.
  throw new Error('unresolved year expression');
}

/** Every parameter id an expression reads. */
export function exprParams(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (typeof expr === 'number') return into;
  if ('param' in expr) into.add(expr.param);
  else if ('oneMinus' in expr) exprParams(expr.oneMinus, into);
  else if ('product' in expr) for (const term of expr.product) exprParams(term, into);
  else if ('sum' in expr) for (const term of expr.sum) exprParams(term, into);
  else if ('byYear' in expr) for (const term of Object.values(expr.byYear)) exprParams(term, into);
  else exprParams(expr.schedule.total, into);
  return into;
}

/** The expression as it stands in one model year: per-year values picked, schedules spread over their term. */
export function exprInYear(expr: Expr, year: number | null): Expr {
  if (typeof expr === 'number' || 'param' in expr) return expr;
  if ('oneMinus' in expr) return { oneMinus: exprInYear(expr.oneMinus, year) };
  if ('product' in expr) return { product: expr.product.map((term) => exprInYear(term, year)) };
  if ('sum' in expr) return { sum: expr.sum.map((term) => exprInYear(term, year)) };
  if ('byYear' in expr) {
    const term = year === null ? undefined : Object.entries(expr.byYear).find(([key]) => Number(key) === year)?.[1];
    return term === undefined ? 0 : exprInYear(term, year);
  }
  const { start, term, total } = expr.schedule;
  if (year === null || year < start || year >= start + term) return 0;
  return { product: [exprInYear(total, year), 1 / term] };
}

/** Every year an expression names (in per-year values and schedule starts). */
export function exprYears(expr: Expr, into: Set<number> = new Set()): Set<number> {
  if (typeof expr === 'number' || 'param' in expr) return into;
  if ('oneMinus' in expr) exprYears(expr.oneMinus, into);
  else if ('product' in expr) for (const term of expr.product) exprYears(term, into);
  else if ('sum' in expr) for (const term of expr.sum) exprYears(term, into);
  else if ('byYear' in expr) {
    for (const [year, term] of Object.entries(expr.byYear)) {
      into.add(Number(year));
      exprYears(term, into);
    }
  } else {
    into.add(expr.schedule.start);
    exprYears(expr.schedule.total, into);
  }
  return into;
}

/** Whether an expression's value depends on the model year. */
export function dependsOnYear(expr: Expr): boolean {
  if (typeof expr === 'number' || 'param' in expr) return false;
  if ('oneMinus' in expr) return dependsOnYear(expr.oneMinus);
  if ('product' in expr) return expr.product.some(dependsOnYear);
  if ('sum' in expr) return expr.sum.some(dependsOnYear);
  return true;
}

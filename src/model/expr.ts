import type { Expr, ParamValues } from './types';

/** The value of an expression for the given parameter values; an unknown parameter counts as 0. */
export function evaluateExpr(expr: Expr, values: ParamValues): number {
  if (typeof expr === 'number') return expr;
  if ('param' in expr) return values[expr.param] ?? 0;
  if ('oneMinus' in expr) return 1 - evaluateExpr(expr.oneMinus, values);
  let product = 1;
  for (const term of expr.product) product *= evaluateExpr(term, values);
  return product;
}

/** Every parameter id an expression reads. */
export function exprParams(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (typeof expr === 'number') return into;
  if ('param' in expr) into.add(expr.param);
  else if ('oneMinus' in expr) exprParams(expr.oneMinus, into);
  else for (const term of expr.product) exprParams(term, into);
  return into;
}

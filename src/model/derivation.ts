import type { Derivation } from './types';

/**
 * A derived figure's formula evaluated over its inputs: arithmetic with + − × ÷ (also written
 * - * /), parentheses, numbers and input names. Written by hand rather than with eval, which the
 * page's Content-Security-Policy forbids, and small enough to check completely. Throws on
 * anything else, naming what it did not understand.
 */
export function evaluateFormula(formula: string, inputs: Derivation['inputs']): number {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = () => tokens[at];
  const expression = (): number => {
    let value = term();
    while (peek() === '+' || peek() === '-') value = tokens[at++] === '+' ? value + term() : value - term();
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (peek() === '*' || peek() === '/') value = tokens[at++] === '*' ? value * factor() : value / factor();
    return value;
  };
  const factor = (): number => {
    const token = tokens[at++];
    if (token === undefined) throw new Error(`"${formula}" ends too early`);
    if (token === '-') return -factor();
    if (token === '(') {
      const value = expression();
      if (tokens[at++] !== ')') throw new Error(`"${formula}" misses a ")"`);
      return value;
    }
    if (/^\d/.test(token)) return Number(token);
    const input = Object.hasOwn(inputs, token) ? inputs[token] : undefined;
    if (!input) throw new Error(`"${formula}" names "${token}", which is not one of its inputs`);
    return input.value;
  };
  const value = expression();
  if (at < tokens.length) throw new Error(`"${formula}" has "${tokens[at]}" where it should end`);
  return value;
}

/** The input names a formula reads, in order of first use. */
export function formulaNames(formula: string): string[] {
  return [...new Set(tokenize(formula).filter((token) => /^[A-Za-z_]/.test(token)))];
}

function tokenize(formula: string): string[] {
  const normal = formula.replace(/×/g, '*').replace(/÷/g, '/').replace(/−/g, '-');
  const tokens: string[] = [];
  const pattern = /\s*(\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|[-+*/()])/y;
  let position = 0;
  while (normal.slice(position).trim()) {
    pattern.lastIndex = position;
    const match = pattern.exec(normal);
    if (!match) throw new Error(`"${formula}" has "${normal.slice(position).trim()}", which is not arithmetic`);
    tokens.push(match[1] as string);
    position = pattern.lastIndex;
  }
  return tokens;
}

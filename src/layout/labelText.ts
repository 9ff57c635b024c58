// The ways a node's label can be written, longest first: the full name, the dataset's short name,
// either wrapped on two lines, each with the amount on one line or (net view) split at its " · ".

/** What a node's label can say: its name, the dataset's shorter name if any, and its amount. */
export interface LabelText {
  name: string;
  short?: string | undefined;
  amount: string;
}

/** One way of writing a label: its name lines (drawn bold) and its amount lines. */
export interface LabelLines {
  name: string[];
  amount: string[];
}

/**
 * The label's wordings in the order they are tried: the fullest that fits is drawn. Made for every
 * node on every step of a drag, so nothing is built here that the names' cache already holds.
 */
export function labelVariants(text: LabelText, measure: (text: string) => number): LabelLines[] {
  const names = nameLines(text, measure);
  const parts = text.amount.split(' · ');
  const whole = [text.amount];
  const variants: LabelLines[] = [];
  // Each name's wordings differ (see nameLines), and the amount split at its dots never reads as the
  // whole amount: every pair is a different wording.
  for (const name of names) {
    variants.push({ name, amount: whole });
    if (parts.length > 1) variants.push({ name, amount: parts });
  }
  return variants;
}

/**
 * Names change far less often than amounts (never while a slider moves), so their wordings are kept,
 * for each way of measuring. Callers share the arrays and never change them.
 */
const namesCache = new WeakMap<(text: string) => number, Map<string, string[][]>>();

/** A name's wordings: in full, the short name, either wrapped on two lines; each once (as its lines read). */
function nameLines(text: LabelText, measure: (text: string) => number): string[][] {
  let byName = namesCache.get(measure);
  if (!byName) namesCache.set(measure, (byName = new Map()));
  const key = `${text.name}\u0000${text.short ?? ''}`;
  let names = byName.get(key);
  if (!names) {
    const all = [[text.name]];
    if (text.short && text.short !== text.name) all.push([text.short]);
    for (const name of [text.name, text.short]) {
      const wrapped = name ? wrapInTwo(name, measure) : null;
      if (wrapped) all.push(wrapped);
    }
    // Two wordings may read the same ("A  B" and "A B" both wrap to A, B): the first is kept.
    const readings = all.map((lines) => lines.join('\n'));
    names = all.filter((_, i) => readings.indexOf(readings[i]!) === i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound; wording a name again gives the same lines
    if (byName.size > 5000) byName.clear();
    byName.set(key, names);
  }
  return names;
}

/**
 * A name on two lines as even as can be: broken at a space, or between CJK characters (never
 * before closing or after opening punctuation, and inside brackets only if far more even), each
 * line at least two characters. Null when it has no place to break.
 */
export function wrapInTwo(name: string, measure: (text: string) => number): [string, string] | null {
  let best: [string, string] | null = null;
  let bestWidth = Infinity;
  let depth = 0;
  for (let i = 1; i < name.length; i++) {
    const before = name[i - 1]!;
    const after = name[i]!;
    if (OPENING.includes(before)) depth++;
    if (CLOSING_BRACKETS.includes(before)) depth = Math.max(0, depth - 1);
    const atSpace = before === ' ';
    const betweenWide = (isWide(before.charCodeAt(0)) || isWide(after.charCodeAt(0))) && after !== ' ' && before !== ' ';
    if (!atSpace && !(betweenWide && !CLOSING.includes(after) && !OPENING.includes(before))) continue;
    const lines: [string, string] = [name.slice(0, i).trimEnd(), name.slice(i).trimStart()];
    // A line of one character reads as a stray mark, not a name.
    if ([...lines[0]].length < 2 || [...lines[1]].length < 2) continue;
    const width = Math.max(measure(lines[0]), measure(lines[1])) * (depth > 0 ? 2 : 1);
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** Characters a line may not start with, and may not end with (see wrapInTwo and wrapLines). */
export const CLOSING = '，、。：；）」』…)]';
export const OPENING = '（「『([';
const CLOSING_BRACKETS = '）」』)]';

/** CJK ideographs and punctuation, compatibility ideographs and full-width forms. */
export function isWide(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}

const emCache = new Map<string, number>();

/** Width of one character in em. */
function charWidth(code: number): number {
  if (isWide(code)) return 1;
  if (code === 0x20 || code === 0x2e || code === 0x2c || code === 0x27 || code === 0x69 || code === 0x6c) return 0.32; // space . , ' i l
  if (code === 0x6d || code === 0x77 || code === 0x4d || code === 0x57) return 0.9; // m w M W
  if (code >= 0x41 && code <= 0x5a) return 0.72; // capitals
  if (code >= 0x30 && code <= 0x39) return 0.64; // digits
  return 0.58;
}

/**
 * Rough rendered width of a text in the chart's sans-serif: CJK characters are about square; Latin
 * capitals, digits and the widest letters wider than the rest, spaces and stops narrower (measured
 * against the chart's own labels in Chromium: within a few pixels, and the labels' slack covers that).
 * Drawn `bold` (600, as names are), Latin runs about 10% wider (measured in Chromium: "Bond markets
 * and banks" 149 px regular, 168 bold; "Investor" 49 and 56) and CJK as wide.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  const key = bold ? `\u0001${text}` : text;
  let em = emCache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; measuring the text again gives the same width
  if (em === undefined) {
    em = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      em += charWidth(code) * (bold && !isWide(code) ? 1.1 : 1);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound; clearing it sooner or later gives the same widths
    if (emCache.size > 5000) emCache.clear();
    emCache.set(key, em);
  }
  return em * fontSize;
}

import { CLOSING, isWide, OPENING } from './labelText';

// Apart from labelText, which the first chart needs: only parts loaded later (the sensitivity chart,
// story callouts, the export) wrap whole texts.

/**
 * A text on as many lines as it needs to stay within `width`: broken where wrapInTwo may break it
 * (at a space, or between CJK characters, not before closing or after opening punctuation), each
 * line as full as it can be; runs of white space read as one space. A piece wider than `width` with
 * no place to break stays whole.
 */
export function wrapLines(text: string, width: number, measure: (text: string) => number): string[] {
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!;
    const after = text[i]!;
    const atSpace = before === ' ' && after !== ' ';
    const betweenWide = (isWide(before.charCodeAt(0)) || isWide(after.charCodeAt(0))) && after !== ' ' && before !== ' ';
    if (atSpace || (betweenWide && !CLOSING.includes(after) && !OPENING.includes(before))) {
      pieces.push(text.slice(start, i));
      start = i;
    }
  }
  pieces.push(text.slice(start));
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure((line + piece).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * As wrapLines, on as few lines, but as even as they can be: the narrowest width that needs no more
 * lines than `width` does (found by halving, to a tenth of a pixel). Full lines then left a last line
 * of one or two characters, as 「…持續運轉的力」 over a lone 「量」 in a 320 px story callout.
 */
export function wrapBalanced(text: string, width: number, measure: (text: string) => number): string[] {
  const lines = wrapLines(text, width, measure);
  if (lines.length < 2) return lines;
  let [narrow, wide] = [0, width];
  while (wide - narrow > 0.1) {
    const mid = (narrow + wide) / 2;
    if (wrapLines(text, mid, measure).length > lines.length) narrow = mid;
    else wide = mid;
  }
  return wrapLines(text, wide, measure);
}

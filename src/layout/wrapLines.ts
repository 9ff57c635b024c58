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

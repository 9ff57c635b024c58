import type { IssuePath, ProblemCode, ProblemParams, SliderSetting } from '../model/problems';

/** Every problem code worded in one language: a code without its text here fails tsc. */
export type ProblemTexts = { [C in ProblemCode]: (params: ProblemParams[C]) => string };

type Whole = Extract<IssuePath, { whole: string }>['whole'];

/** The words for problems and for where they are, in one language. */
export interface ProblemDictionary {
  texts: ProblemTexts;
  place: {
    line(line: number): string;
    /** A JSON text's line and column number. */
    lineColumn(line: number, column: number): string;
    /** A CSV line and a column by its name. */
    lineNamedColumn(line: number, column: string): string;
    /** A place in one of several files (a CSV's flows and entities tables). */
    inFile(file: string, place: string): string;
    whole: Record<Whole, string>;
  };
}

/** Bytes in megabytes, as the limits are given (MiB). */
export function megabytes(bytes: number): number {
  return bytes / 1048576;
}

/** `id=value` for each slider, or the words for "wherever the sliders are". */
export function sliderSettings(at: SliderSetting, anywhere: string): string {
  return at.length ? at.map(({ id, value }) => `${id}=${value}`).join(', ') : anywhere;
}

/** Some of the known ids, with an ellipsis when there are more. */
export function someIds(known: string[], more: boolean): string {
  return more ? `${known.join(', ')}, …` : known.join(', ');
}

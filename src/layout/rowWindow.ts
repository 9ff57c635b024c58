// Which rows of a long table to build: only those in view, plus a margin either side so a fast
// scroll shows rows rather than blank space. Rows have one fixed height, so no row is measured.

export interface RowWindow {
  /** First row built (0-based). */
  first: number;
  /** One past the last row built. */
  end: number;
  /** Height of the space standing for the rows above `first` and below `end`. */
  above: number;
  below: number;
}

export function rowWindow(scrollTop: number, viewport: number, rowHeight: number, total: number, margin = 10): RowWindow {
  const top = Math.max(0, Math.min(Number.isFinite(scrollTop) ? scrollTop : 0, total * rowHeight));
  const first = Math.max(0, Math.floor(top / rowHeight) - margin);
  const end = Math.min(total, Math.ceil((top + Math.max(0, viewport)) / rowHeight) + margin);
  const built = Math.max(first, end);
  return { first, end: built, above: first * rowHeight, below: (total - built) * rowHeight };
}

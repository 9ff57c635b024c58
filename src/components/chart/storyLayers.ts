// The chart's story layers (the dimming veil, the callouts and their notes), loaded once a story step
// or a highlight is shown: most readers never open the story, and its geometry is not small.
export { CalloutNotes } from './CalloutNotes';
export { ChartCallouts } from './ChartCallouts';
export { ChartHighlight } from './ChartHighlight';

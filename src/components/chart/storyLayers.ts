// The chart's story layers (the dimming veil and the callouts), loaded once a story step or a
// highlight is shown: most readers never open the story, and its geometry is not small.
export { ChartCallouts } from './ChartCallouts';
export { ChartHighlight } from './ChartHighlight';

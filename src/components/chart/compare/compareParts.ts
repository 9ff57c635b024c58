// The parts of Compare, loaded together in one chunk after the first paint: the first download
// holds only what every reader sees at once.
export { CompareSelect } from './CompareSelect';
export { GhostLegend } from './GhostLegend';
export { GhostOutlines } from './GhostOutlines';

// The rounds view's own code: its graph and its frame. The loop view, which is all most readers
// see, does without it, so it is loaded only once the rounds view is asked for (see provideRoundsView).
export { buildRoundsGraph } from './buildRoundsGraph';
export { frameRounds, headerRoom, isRoundsGraph, placeRoundHeaders, ROUND_HEADER_FONT, roundBands, roundDividers } from './roundsFrame';

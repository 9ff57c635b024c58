// The rounds view's own code: its graph and its frame. The loop view, which is all most readers
// see, does without it, so it is loaded only once the rounds view is asked for (see provideRoundsView).
import { provideRectStrips } from './labels';
import { rectStrips } from './rectStrips';

export { buildRoundsGraph } from './buildRoundsGraph';
export {
  frameRounds,
  frameWalls,
  headerRoom,
  isRoundsGraph,
  placeRoundHeaders,
  ROUND_HEADER_FONT,
  roundBands,
  roundDividers,
} from './roundsFrame';

// A box per entity and round: hundreds for a dataset of a hundred entities, whose labels are filed
// by strips of x (see placeLabels) once this is loaded, as they are once a large graph's code is.
provideRectStrips(rectStrips);

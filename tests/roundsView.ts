// Tests draw the rounds view, and label large graphs by strips, without waiting for their code to load
// (as the app does, see provideRoundsView and provideRectStrips).
import { provideRoundsView } from '../src/layout/chartGeometry';
import { provideRectStrips } from '../src/layout/labels';
import { rectStrips } from '../src/layout/rectStrips';
import * as roundsView from '../src/layout/roundsView';

provideRoundsView(roundsView);
provideRectStrips(rectStrips);

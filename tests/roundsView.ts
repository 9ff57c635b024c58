// Tests draw the rounds view without waiting for its code to load (as the app does, see provideRoundsView).
import { provideRoundsView } from '../src/layout/chartGeometry';
import * as roundsView from '../src/layout/roundsView';

provideRoundsView(roundsView);

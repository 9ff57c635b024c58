// Tests draw the rounds view and a stress test's marks, label large graphs by strips, and paint a
// drag from the model, without waiting for their code to load (as the app does, see
// provideRoundsView, provideStressMarks, provideRectStrips and provideDirectDrag).
import { armDirectDrag } from '../src/components/chart/directDrag';
import { provideDirectDrag } from '../src/components/chart/useDirectDrag';
import { provideRoundsView } from '../src/layout/chartGeometry';
import { provideRectStrips } from '../src/layout/labels';
import { rectStrips } from '../src/layout/rectStrips';
import * as roundsView from '../src/layout/roundsView';
import { stressMarks } from '../src/layout/stressMarks';
import { provideStressMarks } from '../src/layout/stressMarksCode';

provideRoundsView(roundsView);
provideRectStrips(rectStrips);
provideStressMarks(stressMarks);
provideDirectDrag(armDirectDrag);

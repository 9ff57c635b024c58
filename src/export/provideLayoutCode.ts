import { provideRoundsView, type ChartView } from '../layout/chartGeometry';
import { provideRectStrips } from '../layout/labels';
import { rectStrips } from '../layout/rectStrips';
import { provideDragNodes } from '../layout/sankeyLayout';
import { stressMarks } from '../layout/stressMarks';
import { provideStressMarks } from '../layout/stressMarksCode';

/**
 * Hands the layout the code, loaded apart from the page's, that a state's chart needs: the rounds
 * view's, that of boxes the reader dragged, the strips a large graph's labels are filed by, and the
 * stress test's marks. An export draws in a worker, which has loaded none of them, or on the page
 * should the worker fail.
 */
export async function provideLayoutCode(settings: { view: ChartView; offsets: Readonly<Record<string, number>> }): Promise<void> {
  provideRectStrips(rectStrips);
  provideStressMarks(stressMarks);
  if (settings.view === 'rounds') provideRoundsView(await import('../layout/roundsView'));
  if (Object.keys(settings.offsets).length > 0) provideDragNodes(await import('../layout/dragNodes'));
}

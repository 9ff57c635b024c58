import { provideRoundsView, type ChartView } from '../layout/chartGeometry';
import { provideDragNodes } from '../layout/sankeyLayout';

/**
 * Hands the layout the code, loaded apart from the page's, that a state's chart needs: the rounds
 * view's, and that of boxes the reader dragged. An export draws in a worker, which has loaded
 * neither, or on the page should the worker fail.
 */
export async function provideLayoutCode(settings: { view: ChartView; offsets: Readonly<Record<string, number>> }): Promise<void> {
  if (settings.view === 'rounds') provideRoundsView(await import('../layout/roundsView'));
  if (Object.keys(settings.offsets).length > 0) provideDragNodes(await import('../layout/dragNodes'));
}

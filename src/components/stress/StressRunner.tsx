import { hasShocks } from '../../model/shocks';
import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';

const stressPanel = lazyPart(() => import('./StressPanel'));

/**
 * For an embed, which has no stress section: once a link or the host page sets shocks, runs the
 * stress test (the panel, closed) so the chart draws what is paid and who defaults.
 */
export function StressRunner() {
  const shocked = useExplorer((s) => hasShocks(s.shocks) || s.alpha !== 1 || s.beta !== 1);
  const { module } = stressPanel.useModule(shocked);
  return shocked && module ? <module.StressPanel open={false} /> : null;
}

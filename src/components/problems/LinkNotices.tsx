import { useExplorer } from '../../state/context';
import { lazyPart } from '../shared/lazyPart';

// Only a link that asked for something out of range has notices: their code loads for those alone.
const notices = lazyPart(() => import('./Notices'));

/** What a link asked for that was clamped or ignored, once there is any. */
export function LinkNotices() {
  const any = useExplorer((s) => s.notices.length > 0);
  const module = notices.useModule(any).module;
  return module ? <module.Notices /> : null;
}

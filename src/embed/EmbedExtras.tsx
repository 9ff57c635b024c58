import { NetToggle } from '../components/controls/NetToggle';
import { ViewToggle } from '../components/controls/ViewToggle';
import type { EmbedExtra } from './embedOptions';

/** The view and net controls a host asked for (`show=rounds,net`); Play is the page's own PlayControls. */
export function EmbedExtras({ show }: { show: EmbedExtra[] }) {
  if (!show.includes('rounds') && !show.includes('net')) return null;
  return (
    <div className="view-controls">
      {show.includes('rounds') && <ViewToggle />}
      {show.includes('net') && <NetToggle />}
    </div>
  );
}

import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { LazyDetails } from '../shared/LazyDetails';
import { lazyPart } from '../shared/lazyPart';

// Two solves per slider: computed, and downloaded, only once a reader opens it.
const tornado = lazyPart(() => import('./TornadoChart'));

/** Which slider moves the headline most, as a tornado chart built only while open. */
export function SensitivityView() {
  const lang = useExplorer((s) => s.lang);
  return (
    <LazyDetails
      className="sensitivity"
      summary={translate(lang, 'sensitivity.summary')}
      part={tornado}
      render={(module) => <module.TornadoChart />}
    />
  );
}

import { translate, type StringKey } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { LoadFailed } from './LoadFailed';

/** In a part's place while its code loads; if it could not load, `failed` says so, with a reload. */
export function PartLoading({ failure, failed }: { failure: Error | undefined; failed: StringKey }) {
  const lang = useExplorer((s) => s.lang);
  return failure ? (
    <p role="alert">
      <LoadFailed text={failed} />
    </p>
  ) : (
    <p role="status">{translate(lang, 'part.loading')}</p>
  );
}

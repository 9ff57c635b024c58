import { translate, type StringKey } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { ReloadOffer } from './ReloadOffer';

/** In a part's place while its code loads; if it could not load, `failed` says so, with a reload. */
export function PartLoading({ failure, failed }: { failure: unknown; failed: StringKey }) {
  const lang = useExplorer((s) => s.lang);
  return failure ? (
    <p role="alert">
      {translate(lang, failed)}
      <ReloadOffer />
    </p>
  ) : (
    <p role="status">{translate(lang, 'part.loading')}</p>
  );
}

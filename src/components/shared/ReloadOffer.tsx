import { isEmbedValue } from '../../state/embedFlag';
import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { hasDataFragment } from '../../state/hasDataFragment';

/**
 * What a part whose code could not be loaded offers: a reload. Trying again within the page fails
 * in Chromium, which keeps a failed import failed for the page's life, and so every file it imports
 * (whatwg/html#10327 asks browsers to fetch them again); a reload fetches them all. Outside an embed
 * the address keeps the view (urlSync) and the reader's own dataset when it fits (dataSync): the
 * offer says what a reload keeps, and what it would not.
 */
export function ReloadOffer() {
  const lang = useExplorer((s) => s.lang);
  const ownData = useExplorer((s) => s.dataOrigin === 'own');
  const keeps = isEmbedValue(new URLSearchParams(location.search).get('embed'))
    ? undefined
    : ownData && !hasDataFragment(location.hash)
      ? 'part.keepsNotData'
      : 'part.keeps';
  return (
    <>
      {/* The English sentence brings its own space: Chinese sets none after a full stop. */}
      {keeps && translate(lang, keeps)}{' '}
      <button type="button" onClick={() => location.reload()}>
        {translate(lang, 'part.reload')}
      </button>
    </>
  );
}

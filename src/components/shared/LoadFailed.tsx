import { translate, type StringKey } from '../../i18n/strings';
import { useExplorer } from '../../state/context';

/**
 * What a part whose code could not be loaded says: `failed`, then what a reload keeps, and a reload.
 * Not a try within the page: Chromium keeps a failed import failed for the page's life, and with it
 * every file it imports (whatwg/html#10327 asks browsers to fetch them again); a reload fetches them
 * all. What it keeps is what the address holds (see addressKeeps): the reader's settings, and their
 * own dataset only when it fits; nothing is promised before the address follows the view (nor in an
 * embed, whose address is the article's).
 */
export function LoadFailed({ text }: { text: StringKey }) {
  const lang = useExplorer((s) => s.lang);
  const keeps = useExplorer((s) => s.addressKeeps);
  return (
    <>
      {translate(lang, text)}
      {/* The English sentence brings its own space: Chinese sets none after a full stop. */}
      {keeps && translate(lang, keeps === 'all' ? 'part.keeps' : 'part.keepsNotData')}{' '}
      <button type="button" onClick={() => location.reload()}>
        {translate(lang, 'part.reload')}
      </button>
    </>
  );
}

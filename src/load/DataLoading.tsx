import { translate } from '../i18n/strings';
import type { Lang } from '../model/types';

/** While a `?data=` dataset downloads: what is loading, and a way to give up on it for the bundled data. */
export function DataLoading({ lang, origin, onCancel }: { lang: Lang; origin: string; onCancel(): void }) {
  return (
    <main className="data-loading" lang={lang}>
      <p role="status">{translate(lang, 'load.waiting', { origin })}</p>
      <button type="button" onClick={onCancel} data-action="cancel-load">
        {translate(lang, 'load.cancel')}
      </button>
    </main>
  );
}

import { translate } from '../../i18n/strings';
import type { Lang } from '../../model/types';

/** The notice a failed part leaves: what went wrong, and a reset that brings back the defaults. */
export function PartFailed({ error, lang, onReset }: { error: Error; lang: Lang; onReset(): void }) {
  return (
    <section className="part-failed" role="alert">
      <p>{translate(lang, 'error.part', { message: error.message })}</p>
      <button type="button" onClick={onReset} data-action="reset-part">
        {translate(lang, 'error.reset')}
      </button>
    </section>
  );
}

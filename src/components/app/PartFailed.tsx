import { translate } from '../../i18n/strings';
import type { Lang } from '../../model/types';
import { failedLoads } from '../shared/lazyPart';
import { LoadFailed } from '../shared/LoadFailed';

/**
 * The notice a failed part leaves: what went wrong, and a reset that brings back the defaults; or,
 * when the part's code could not be loaded, a reload (a reset would not bring the code back).
 */
export function PartFailed({ error, lang, onReset }: { error: Error; lang: Lang; onReset(): void }) {
  return (
    <section className="part-failed" role="alert">
      {failedLoads.has(error) ? (
        <p>
          <LoadFailed text="part.failed" />
        </p>
      ) : (
        <>
          <p>{translate(lang, 'error.part', { message: error.message })}</p>
          <button type="button" onClick={onReset} data-action="reset-part">
            {translate(lang, 'error.reset')}
          </button>
        </>
      )}
    </section>
  );
}

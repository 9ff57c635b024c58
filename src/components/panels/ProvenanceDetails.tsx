import { derivationText, provenanceLabel } from '../../i18n/provenanceText';
import { translate } from '../../i18n/strings';
import type { Lang, Provenance } from '../../model/types';
import { LocalText } from '../shared/LocalText';

/** What a figure is (reported, a reported projection, our estimate or an assumption; the deal's status on the date shown), its arithmetic and its note. */
export function ProvenanceDetails({ provenance, date, lang }: { provenance: Provenance; date: string; lang: Lang }) {
  return (
    <>
      <p className={`details__basis status status--${provenance.basis}`}>{provenanceLabel(provenance, date, lang)}</p>
      {provenance.derivation && (
        <p className="details__derivation">
          <span className="sr-only">{translate(lang, 'text.named', { name: translate(lang, 'tooltip.formula'), text: '' })}</span>
          {derivationText(provenance.derivation, lang)}
        </p>
      )}
      {provenance.note && (
        <p className="details__note">
          <span className="sr-only">{translate(lang, 'text.named', { name: translate(lang, 'tooltip.note'), text: '' })}</span>
          <LocalText text={provenance.note} lang={lang} />
        </p>
      )}
    </>
  );
}

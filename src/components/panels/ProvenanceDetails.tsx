import { derivationText, provenanceLabel } from '../../i18n/provenanceText';
import { parenthesised } from '../../i18n/parenthesised';
import { translate } from '../../i18n/strings';
import type { Lang, Provenance } from '../../model/types';
import { LocalText } from '../shared/LocalText';

/** What a figure is (reported, a reported projection, our estimate or an assumption; the deal's status on the date shown), its arithmetic and its note. */
export function ProvenanceDetails({
  provenance,
  date,
  lang,
  resultIs,
  unitNote,
}: {
  provenance: Provenance;
  date: string;
  lang: Lang;
  /** What the formula's result is when it is not an amount ("a share of all the money into AWS"). */
  resultIs?: string | undefined;
  /** The unit of the formula's amounts, where the page writes amounts in another (億美元 for US$ billions). */
  unitNote?: string | undefined;
}) {
  return (
    <>
      <p className={`details__basis status status--${provenance.basis}`}>{provenanceLabel(provenance, date, lang)}</p>
      {provenance.derivation && (
        <p className="details__derivation">
          <span className="sr-only">{translate(lang, 'text.named', { name: translate(lang, 'tooltip.formula'), text: '' })}</span>
          {derivationText(provenance.derivation, lang)}
          {resultIs && parenthesised(resultIs, lang)}
          {unitNote && <span className="details__unit">{unitNote}</span>}
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

import { memo } from 'react';
import { BASIS_LABELS } from '../../i18n/datasetLabels';
import { translate } from '../../i18n/strings';
import { LocalText } from '../shared/LocalText';
import { formatDate, formatMoneySpoken } from '../../model/format';
import { parametersNotYet } from '../../model/parametersNotYet';
import { money } from '../../model/units';
import type { Lang, Parameter } from '../../model/types';
import { useExplorer, useMoneyUnit } from '../../state/context';
import { formatParameterValue } from '../../model/formatParameter';

export interface SliderControlProps {
  parameter: Parameter;
  lang: Lang;
  onChange(id: string, value: number): void;
  /** Called with true when a pointer drag starts and false when it ends. */
  onDrag(dragging: boolean): void;
}

/** A real range input (keyboard operable) with its value in words and the sourced value marked, labelled by what kind of figure it is. */
export const SliderControl = memo(function SliderControl({ parameter, lang, onChange, onDrag }: SliderControlProps) {
  // Each slider follows its own value only: moving one re-renders one.
  const value = useExplorer((s) => s.values[parameter.id] ?? parameter.default);
  const unit = useMoneyUnit();
  // A deal not made yet at the date shown counts 0, whatever the slider says: it says so.
  const notYetOn = useExplorer((s) => (parametersNotYet(s.model).has(parameter.id) ? s.model.moment.date : null));
  const id = `slider-${parameter.id}`;
  const shown = formatParameterValue(parameter, value, lang, unit);
  const spoken = parameter.unit === 'share' ? shown : formatMoneySpoken(money(value), lang, unit);
  const span = parameter.max - parameter.min || 1;
  const reported = parameter.reference;
  const referenceText =
    reported === undefined
      ? ''
      : translate(lang, 'controls.reference', {
          basis: BASIS_LABELS[lang][parameter.provenance.basis],
          value: formatParameterValue(parameter, reported, lang, unit),
        });
  return (
    <div className={notYetOn ? 'slider slider--not-yet' : 'slider'} data-parameter={parameter.id}>
      <div className="slider__head">
        <label htmlFor={id}>
          <LocalText text={parameter.label} lang={lang} />
        </label>
        <output htmlFor={id}>{shown}</output>
      </div>
      <div className="slider__track">
        <input
          id={id}
          type="range"
          min={parameter.min}
          max={parameter.max}
          step={parameter.step}
          value={value}
          aria-valuetext={spoken}
          aria-describedby={notYetOn ? `${id}-not-yet` : undefined}
          onChange={(event) => onChange(parameter.id, Number(event.target.value))}
          onPointerDown={(event) => {
            // A right click opens a menu that may swallow the pointerup: only the main button drags.
            if (event.button !== 0) return;
            onDrag(true);
            // A window that loses focus mid-press may never see the pointer go up: the drag ends then too
            // (a drag left on would keep the chart painted in its canvas, see useDirectDrag).
            const stop = () => {
              onDrag(false);
              window.removeEventListener('pointerup', stop);
              window.removeEventListener('pointercancel', stop);
              window.removeEventListener('blur', stop);
            };
            window.addEventListener('pointerup', stop);
            window.addEventListener('pointercancel', stop);
            window.addEventListener('blur', stop);
          }}
        />
        {reported !== undefined && (
          <span
            className="slider__reported"
            style={{ left: `calc(${((reported - parameter.min) / span) * 100}% + ${8 - ((reported - parameter.min) / span) * 16}px)` }}
            title={referenceText}
            aria-hidden="true"
          />
        )}
      </div>
      {reported !== undefined && <p className="slider__note">{referenceText}</p>}
      {notYetOn && (
        <p className="slider__note slider__not-yet" id={`${id}-not-yet`} data-note="not-yet">
          {translate(lang, 'controls.notYet', { date: formatDate(notYetOn, lang) })}
        </p>
      )}
    </div>
  );
});

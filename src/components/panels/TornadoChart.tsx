import { useId, useMemo } from 'react';
import { detailText } from '../../i18n/detailText';
import { pickText, translate } from '../../i18n/strings';
import { formatHundredths, formatPercent, moneyUnit } from '../../model/format';
import { loopRevenue } from '../../model/figures';
import { roundTripSensitivity, type SliderSwing } from '../../model/sensitivity';
import type { Lang } from '../../model/types';
import { share, type Share } from '../../model/units';
import { estimateTextWidth } from '../../layout/labelText';
import { wrapLines } from '../../layout/wrapLines';
import { currentMarkPath, tornadoGeometry } from '../../layout/tornadoGeometry';
import { useExplorer } from '../../state/context';
import { useFollowed, useStressedFigures, useUnshockedResult } from '../../state/panelHooks';
import { usePanelInput } from '../../state/panelInput';
import { formatParameterValue } from '../../model/formatParameter';

const WIDTH = 320;
/** The names' font size (see .tornado__label), and room for their halo and estimate's error. */
const LABEL_FONT = 11;
const measureLabel = (text: string) => estimateTextWidth(text, LABEL_FONT) + 4;

function endText(value: Share | null, diverges: boolean, lang: Lang): string {
  if (diverges) return detailText(lang, 'sensitivity.diverges');
  return value === null ? detailText(lang, 'sensitivity.nothing') : formatPercent(value, lang);
}

function swingText(row: SliderSwing, lang: Lang): string {
  if (row.swing === Infinity)
    return detailText(lang, row.diverges.min || row.diverges.max ? 'sensitivity.diverges' : 'sensitivity.nothing');
  if (row.swing < 5e-5) return detailText(lang, 'sensitivity.noEffect');
  return detailText(lang, 'sensitivity.points', { points: formatHundredths(row.swing, lang) });
}

/**
 * For every slider, the round-trip share of the followed company's loop revenue at the slider's min
 * and max, widest swing first, with today's value as a line; the same numbers as a table for
 * screen readers. Follows slider drags a beat behind (see usePanelInput), never blocking them.
 */
export function TornadoChart() {
  const lang = useExplorer((s) => s.lang);
  const { model, values } = usePanelInput();
  const focus = useFollowed();
  // Each slider's swing is worked out without the stress test's shocks: so is the line for today's value.
  const result = useUnshockedResult();
  const stressed = useStressedFigures();
  const titleId = useId();
  const rows = useMemo(() => (focus === null ? [] : roundTripSensitivity(model, values, focus)), [model, values, focus]);
  const current = focus !== null && result.status === 'converged' ? loopRevenue(model, result, focus).ownShare : null;
  const unit = moneyUnit(model.dataset.meta);
  const parameters = useMemo(() => new Map(model.dataset.parameters.map((p) => [p.id, p])), [model]);
  // Each slider's name and range, on as many lines as the chart's width needs (cut off at its edge otherwise).
  const labels = useMemo(() => {
    return rows.map((row) => {
      const p = parameters.get(row.parameter)!;
      // The range whole (never "1,000 億美 / 元"), after the name's last line or on a line of its own.
      const [open, close] = lang === 'zh-TW' ? ['（', '）'] : ['(', ')'];
      const range = `${open}${formatParameterValue(p, p.min, lang, unit)} – ${formatParameterValue(p, p.max, lang, unit)}${close}`;
      const name = wrapLines(pickText(p.label, lang).text, WIDTH, measureLabel);
      const last = `${name.at(-1) ?? ''}${lang === 'zh-TW' ? '' : ' '}${range}`;
      return name.length > 0 && measureLabel(last) <= WIDTH ? [...name.slice(0, -1), last] : [...name, range];
    });
  }, [rows, parameters, lang, unit]);
  const geometry = useMemo(
    () =>
      tornadoGeometry(
        rows.map((r, i) => ({ key: r.parameter, atMin: r.atMin, atMax: r.atMax, labelLines: labels[i]!.length })),
        current,
        { width: WIDTH },
      ),
    [rows, current, labels],
  );
  const focusName = pickText(model.dataset.entities.find((e) => e.id === focus)?.label, lang).text;
  const currentText = current === null ? '—' : formatPercent(current, lang);
  return (
    <div className="sensitivity__body">
      <p id={titleId}>
        {detailText(lang, 'sensitivity.intro', { focus: focusName, current: currentText })}
        {stressed && translate(lang, 'sensitivity.unshocked')}
      </p>
      {/* Which end of a bar is which: the colours of its two parts (the table below says it for screen readers). */}
      <p className="tornado__key" aria-hidden="true">
        {(['min', 'max'] as const).map((end) => (
          <span key={end} className="tornado__key-item">
            <span className={`tornado__swatch tornado__swatch--${end}`} />
            {detailText(lang, end === 'min' ? 'sensitivity.keyMin' : 'sensitivity.keyMax')}
          </span>
        ))}
      </p>
      <svg
        className="tornado"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        data-rows={rows.length}
      >
        {geometry.bars.map((bar, i) => {
          const row = rows[i]!;
          const minFirst = (bar.minX ?? 0) <= (bar.maxX ?? 0);
          const ends = [
            { x: bar.minX, text: endText(row.atMin, row.diverges.min, lang), before: minFirst },
            { x: bar.maxX, text: endText(row.atMax, row.diverges.max, lang), before: !minFirst },
          ];
          const still = row.swing < 5e-5;
          return (
            <g key={bar.key} className={still ? 'tornado__row tornado__row--still' : 'tornado__row'} data-parameter={bar.key}>
              <text className="tornado__label">
                {labels[i]!.map((line, k) => (
                  <tspan key={k} x={0} y={bar.labelY[k]}>
                    {line}
                  </tspan>
                ))}
              </text>
              {still ? (
                <rect x={bar.x} y={bar.y} width={Math.max(bar.width, 1)} height={bar.height} className="tornado__bar" />
              ) : (
                bar.parts.map((part) => {
                  // The pale part's outline is drawn inside it (half a pixel in), so both parts end where their values do.
                  const inset = part.end === 'min' ? 0.5 : 0;
                  return (
                    <rect
                      key={part.end}
                      x={part.x + inset}
                      y={bar.y + inset}
                      width={Math.max(part.width - 2 * inset, 1 - 2 * inset)}
                      height={bar.height - 2 * inset}
                      className={`tornado__bar tornado__bar--${part.end}`}
                    />
                  );
                })
              )}
              {still ? (
                <text x={bar.x + 6} y={bar.y + bar.height - 1} className="tornado__end">
                  {swingText(row, lang)}
                </text>
              ) : (
                ends.map(
                  (end, k) =>
                    end.x !== null && (
                      <text
                        key={k}
                        x={end.before ? end.x - 4 : end.x + 4}
                        y={bar.y + bar.height - 1}
                        textAnchor={end.before ? 'end' : 'start'}
                        className="tornado__end"
                      >
                        {end.text}
                      </text>
                    ),
                )
              )}
            </g>
          );
        })}
        {geometry.currentX !== null && <path d={currentMarkPath(geometry)!} className="tornado__current" />}
        <line x1={geometry.left} x2={geometry.right} y1={geometry.axisY} y2={geometry.axisY} className="tornado__axis" />
        {geometry.ticks.map((tick) => (
          <text key={tick.value} x={tick.x} y={geometry.axisY + 14} textAnchor="middle" className="tornado__tick">
            {formatPercent(share(tick.value), lang)}
          </text>
        ))}
      </svg>
      {/* In a hidden block, not hidden itself: a table keeps its content's width whatever its own, and widened the page. */}
      <div className="sr-only">
        <table>
          <caption>{translate(lang, 'sensitivity.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{detailText(lang, 'sensitivity.slider')}</th>
              <th scope="col">{detailText(lang, 'sensitivity.atMin')}</th>
              <th scope="col">{detailText(lang, 'sensitivity.atMax')}</th>
              <th scope="col">{detailText(lang, 'sensitivity.swing')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const p = parameters.get(row.parameter)!;
              return (
                <tr key={row.parameter} data-parameter={row.parameter}>
                  <th scope="row">{pickText(p.label, lang).text}</th>
                  <td>
                    {detailText(lang, 'sensitivity.end', {
                      value: formatParameterValue(p, p.min, lang, unit),
                      percent: endText(row.atMin, row.diverges.min, lang),
                    })}
                  </td>
                  <td>
                    {detailText(lang, 'sensitivity.end', {
                      value: formatParameterValue(p, p.max, lang, unit),
                      percent: endText(row.atMax, row.diverges.max, lang),
                    })}
                  </td>
                  <td>{swingText(row, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * A shock or default-cost setting from 0 to 100% in steps of 5%: its name, its value across from it
 * (as the deal sliders show theirs), and the slider in the page's accent colour.
 */
export function ShockRange({
  label,
  shown,
  value,
  onChange,
}: {
  label: string;
  shown: string;
  value: number;
  onChange(value: number): void;
}) {
  return (
    <label className="shock">
      <span className="shock__head">
        <span>{label}</span> <span className="shock__value">{shown}</span>
      </span>
      <input type="range" min={0} max={1} step={0.05} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

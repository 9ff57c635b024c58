/** A shock or default-cost setting from 0 to 100% in steps of 5%, its value written beside its name. */
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
    <label>
      {label} {shown}
      <input type="range" min={0} max={1} step={0.05} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

/** A choice of one company, or none (the empty value), by its name in the page's language. */
export function EntityChoice({
  label,
  none,
  value,
  options,
  onChange,
}: {
  label: string;
  none: string;
  value: string | undefined;
  options: { id: string; name: string }[];
  onChange(id: string | undefined): void;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

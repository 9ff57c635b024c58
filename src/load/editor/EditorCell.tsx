import { useState } from 'react';

export interface CellOptions {
  value: string;
  label: string;
  /** Choices for a select; absent: a text field. */
  options?: readonly { value: string; label: string }[] | undefined;
  errors: string[];
  errorId: string;
  onChange(value: string): void;
}

/**
 * One field of the editor. A text field keeps what the reader types while it has focus ("1." on its
 * way to "1.5" stays "1."); the draft, read back, shows once focus leaves.
 */
export function EditorCell({ value, label, options, errors, errorId, onChange }: CellOptions) {
  const [typing, setTyping] = useState<string | null>(null);
  const invalid = errors.length > 0;
  const common = {
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
  };
  return (
    <td className={invalid ? 'editor__cell editor__cell--invalid' : 'editor__cell'}>
      {options ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {/* A value no option names (an unknown id) is shown as it is, so the reader sees what to fix. */}
          {!options.some((o) => o.value === value) && <option value={value}>{value}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          value={typing ?? value}
          onFocus={() => setTyping(value)}
          onBlur={() => setTyping(null)}
          onChange={(e) => {
            setTyping(e.target.value);
            onChange(e.target.value);
          }}
        />
      )}
      {invalid && (
        <span className="editor__error" id={errorId}>
          {errors.join(' ')}
        </span>
      )}
    </td>
  );
}

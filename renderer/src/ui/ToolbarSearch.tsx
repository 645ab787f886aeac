import { Icon } from './Icon';

interface ToolbarSearchProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  onSearch: (text: string) => void;
}

/** The search box at the start of a list's toolbar, with a hint that says what it searches. */
export function ToolbarSearch({ id, label, hint, value, onSearch }: ToolbarSearchProps) {
  return (
    <div className="field toolbar-search">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="input-with-icon">
        <Icon name="search" />
        <input
          id={id}
          type="search"
          value={value}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}

import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayFirst, parseDayFirst } from './dayFirstDate';
import { FieldFrame } from './Field';
import { Icon } from './Icon';

interface DateFieldProps {
  label: string;
  error?: string;
  name: string;
  /** An ISO date, '' for none, or what was typed when it is not a date (the schema then says so). */
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** An ISO date that fits this field, shown as the example: a birth date for a birth date, next week for a session. */
  example: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A date typed day first, with the browser's own calendar one button (or Alt+↓) away. The typed
 * field stays the main way in: the browser's date input follows the operating system's locale,
 * so a Dutch practitioner could meet mm/dd/yyyy there; the typed field never shows that.
 */
export function DateField({ label, error, name, value, onChange, onBlur, example, ref }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => formatDayFirst(value, i18n.language));
  const picker = useRef<HTMLInputElement>(null);
  const typed = useRef<HTMLInputElement | null>(null);
  const chosen = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';

  const openPicker = () => {
    try {
      picker.current?.showPicker();
    } catch {
      // Without a user gesture or picker support the typed field still works; nothing to add.
    }
  };

  return (
    <FieldFrame label={label} hint={t('common.dateHint', { example: formatDayFirst(example, i18n.language) })} error={error}>
      {({ id, describedBy, invalid }) => (
        <div className="date-input-row">
          <input
            ref={(element) => {
              typed.current = element;
              if (typeof ref === 'function') ref(element);
              else if (ref) ref.current = element;
            }}
            id={id}
            name={name}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            className="date-input"
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onBlur={onBlur}
            onKeyDown={(event) => {
              if (event.altKey && event.key === 'ArrowDown') {
                event.preventDefault();
                openPicker();
              }
            }}
            onChange={(event) => {
              const typedText = event.target.value;
              setText(typedText);
              onChange(typedText.trim() === '' ? '' : (parseDayFirst(typedText) ?? typedText));
            }}
          />
          <button type="button" className="date-picker-button" onClick={openPicker} aria-label={t('common.pickDate')}>
            <Icon name="calendar" />
          </button>
          <input
            ref={picker}
            type="date"
            className="date-picker-native"
            tabIndex={-1}
            aria-hidden="true"
            data-picker-for={name}
            value={chosen}
            onChange={(event) => {
              const iso = event.target.value;
              if (!iso) return;
              setText(formatDayFirst(iso, i18n.language));
              onChange(iso);
              typed.current?.focus();
            }}
          />
        </div>
      )}
    </FieldFrame>
  );
}

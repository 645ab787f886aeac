import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayFirst, parseDayFirst } from './dayFirstDate';
import { FieldFrame } from './Field';

interface DateFieldProps {
  label: string;
  error?: string;
  name: string;
  /** An ISO date, '' for none, or what was typed when it is not a date (the schema then says so). */
  value: string | undefined;
  onChange(value: string): void;
  onBlur(): void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A plain text field for a date, typed day first. The browser's own date input follows the
 * operating system's locale, so a Dutch practitioner could meet mm/dd/yyyy; this never does.
 */
export function DateField({ label, error, name, value, onChange, onBlur, ref }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => formatDayFirst(value, i18n.language));
  return (
    <FieldFrame label={label} hint={t('common.dateHint')} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          ref={ref}
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
          onChange={(event) => {
            const typed = event.target.value;
            setText(typed);
            onChange(typed.trim() === '' ? '' : (parseDayFirst(typed) ?? typed));
          }}
        />
      )}
    </FieldFrame>
  );
}

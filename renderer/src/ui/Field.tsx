import { useId, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, hint and error around one control, wired up for screen readers. */
export function FieldFrame({ label, hint, error, required, className, children }: FieldFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && <span className="field-required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className="field-error">
          <Icon name="alert" />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}

type Common = Omit<FieldFrameProps, 'children'>;

export function TextField({ label, hint, error, required, className, ...input }: Common & ComponentProps<'input'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, required, className, ...area }: Common & ComponentProps<'textarea'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          {...area}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({ label, hint, error, required, className, children, ...select }: Common & ComponentProps<'select'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A passphrase input with a show/hide switch; never autocompleted by the browser into other fields. */
export function PassphraseField({ label, hint, error, required, className, ...input }: Common & ComponentProps<'input'>) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={className}>
      {({ id, describedBy, invalid }) => (
        <div className="passphrase-input">
          <input
            id={id}
            type={visible ? 'text' : 'password'}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required={required || undefined}
            {...input}
          />
          <button
            type="button"
            className="passphrase-toggle"
            aria-pressed={visible}
            aria-controls={id}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? t('common.hide') : t('common.show')}
            <span className="visually-hidden"> ({label})</span>
          </button>
        </div>
      )}
    </FieldFrame>
  );
}

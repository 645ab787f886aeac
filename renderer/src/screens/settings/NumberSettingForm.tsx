import type { FormEvent } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText, fieldErrorText } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

interface NumberSettingFormProps {
  label: string;
  min: number;
  max: number;
  /** The field from react-hook-form's register, as a number. */
  field: UseFormRegisterReturn;
  error: FieldError | undefined;
  failure: ApiError | null;
  saving: boolean;
  onSubmit: (event: FormEvent) => void;
}

/** One whole number of the practice's settings, saved with its own button; errors name the field. */
export function NumberSettingForm({ label, min, max, field, error, failure, saving, onSubmit }: NumberSettingFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <TextField label={label} type="number" inputMode="numeric" min={min} max={max} step={1} error={fieldErrorText(t, error, label)} {...field} />
      <Button type="submit" icon="check" disabled={saving}>
        {t('common.save')}
      </Button>
    </form>
  );
}

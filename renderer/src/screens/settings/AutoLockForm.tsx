import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { practiceFields } from '../../../../shared/contract/practice';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText, fieldErrorText, formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';

const autoLockForm = z.object({ autoLockMinutes: practiceFields.shape.autoLockMinutes.unwrap() });
type AutoLockValues = z.infer<typeof autoLockForm>;

/** How many idle minutes before core locks the vault by itself. */
export function AutoLockForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const form = useForm<AutoLockValues>({
    resolver: zodResolver(autoLockForm, formErrors),
    defaultValues: { autoLockMinutes: minutes },
  });
  const label = t('fields.autoLockMinutes');

  const save = form.handleSubmit(async ({ autoLockMinutes }) => {
    setFailure(null);
    const result = await write('practice.update', { autoLockMinutes });
    if (result.ok) notify(t('settings.autoLock.saved', { count: result.value.autoLockMinutes }));
    else setFailure(result.error);
  });

  return (
    <form onSubmit={(event) => void save(event)} noValidate className="inline-form">
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <TextField
        label={label}
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        step={1}
        error={fieldErrorText(t, form.formState.errors.autoLockMinutes, label)}
        {...form.register('autoLockMinutes', { valueAsNumber: true })}
      />
      <Button type="submit" icon="check" disabled={form.formState.isSubmitting}>
        {t('common.save')}
      </Button>
    </form>
  );
}

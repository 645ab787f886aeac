import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { practiceFields } from '../../../../shared/contract/practice';
import type { ApiError } from '../../../../shared/errors';
import { formErrors } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useNotify } from '../../ui/Toasts';
import { NumberSettingForm } from './NumberSettingForm';

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
    <NumberSettingForm
      label={label}
      min={1}
      max={240}
      field={form.register('autoLockMinutes', { valueAsNumber: true })}
      error={form.formState.errors.autoLockMinutes}
      failure={failure}
      saving={form.formState.isSubmitting}
      onSubmit={(event) => void save(event)}
    />
  );
}

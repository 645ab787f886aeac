import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/errors';
import { useWrite } from '../../../api/useWrite';
import { apiErrorText } from '../../../i18n/validation';
import { BusyNote } from '../../../ui/BusyNote';
import { Button } from '../../../ui/Button';
import { PassphraseField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';

interface KeyActionFormProps {
  method: 'vault.newRecoveryKey' | 'vault.rekey';
  submitLabel: string;
  busyLabel: string;
  /** Core answered with a new recovery key, to be shown once. */
  onRecoveryKey: (recoveryKey: string) => void;
}

/** The current passphrase, then one action on the key that hands back a new recovery key. */
export function KeyActionForm({ method, submitLabel, busyLabel, onRecoveryKey }: KeyActionFormProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const label = t('fields.currentPassphrase');
  const wrong = failure?.code === 'WRONG_PASSPHRASE';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setMissing(passphrase === '');
    if (passphrase === '') {
      input.current?.focus();
      return;
    }
    setBusy(true);
    const result = await write(method, { passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onRecoveryKey(result.value.recoveryKey);
      return;
    }
    setFailure(result.error);
    if (result.error.code === 'WRONG_PASSPHRASE') {
      input.current?.focus();
      input.current?.select();
    }
  };

  return (
    <form className="stack narrow" onSubmit={(event) => void submit(event)} noValidate>
      {failure && !wrong && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <PassphraseField
        ref={input}
        label={label}
        required
        autoComplete="current-password"
        value={passphrase}
        readOnly={busy}
        error={missing ? t('validation.required', { field: label }) : wrong ? apiErrorText(t, failure) : undefined}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" icon="key" aria-disabled={busy || undefined}>
          {submitLabel}
        </Button>
        <BusyNote busy={busy} label={busyLabel} />
      </div>
    </form>
  );
}

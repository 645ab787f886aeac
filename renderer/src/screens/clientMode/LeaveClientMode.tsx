import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientModeLeft } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { PassphraseField } from '../../ui/Field';
import { useWrite } from '../../api/useWrite';
import { FormDialog } from '../trajectories/FormDialog';

/** The practitioner's way back: the passphrase (or the recovery key); a wrong one leaves client mode on. */
export function LeaveClientMode({ onLeft }: { onLeft: (left: ClientModeLeft) => void }) {
  const { t } = useTranslation();
  const write = useWrite();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [withRecoveryKey, setWithRecoveryKey] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const label = withRecoveryKey ? t('fields.recoveryKey') : t('fields.passphrase');
  const fieldError = missing
    ? t('validation.required', { field: label })
    : error
      ? `${apiErrorText(t, error)} ${t('clientMode.leave.stillOn')}`
      : undefined;

  const reset = (recoveryKey: boolean) => {
    setWithRecoveryKey(recoveryKey);
    setSecret('');
    setError(null);
    setMissing(false);
  };

  const leave = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setMissing(secret.length === 0);
    if (secret.length === 0) return input.current?.focus();
    setBusy(true);
    const result = await write('clientMode.leave', withRecoveryKey ? { recoveryKey: secret } : { passphrase: secret });
    setBusy(false);
    if (result.ok) return onLeft(result.value);
    setError(result.error);
    input.current?.focus();
    input.current?.select();
  };

  return (
    <>
      <Button variant="quiet" icon="lock" onClick={() => setOpen(true)}>
        {t('clientMode.leave.open')}
      </Button>
      <FormDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) reset(false);
        }}
        title={t('clientMode.leave.title')}
        description={t('clientMode.leave.intro')}
      >
        <form onSubmit={(event) => void leave(event)} noValidate className="stack">
          <PassphraseField
            ref={input}
            autoFocus
            label={label}
            required
            error={fieldError}
            value={secret}
            readOnly={busy}
            autoComplete="off"
            onChange={(event) => setSecret(event.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" variant="primary" icon="unlock" aria-disabled={busy || undefined}>
              {t('clientMode.leave.submit')}
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              {t('clientMode.leave.back')}
            </Button>
            <BusyNote busy={busy} label={t('clientMode.leave.busy')} />
          </div>
          <p className="switch-mode">
            <button type="button" className="link-button" onClick={() => reset(!withRecoveryKey)}>
              {withRecoveryKey ? t('clientMode.leave.usePassphrase') : t('clientMode.leave.useRecoveryKey')}
            </button>
          </p>
        </form>
      </FormDialog>
    </>
  );
}

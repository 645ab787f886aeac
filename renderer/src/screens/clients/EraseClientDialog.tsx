import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, ErasureReason } from '../../../../shared/contract';
import { erasureReasons } from '../../../../shared/contract/privacy';
import type { ApiError } from '../../../../shared/errors';
import { formatDate } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { FormDialog } from '../trajectories/FormDialog';
import { fullName } from './clientName';
import { ErasureScope } from './ErasureScope';

interface EraseClientDialogProps {
  client: Client;
  onClose: () => void;
  onErased: () => void;
}

/**
 * "Cliënt wissen": first what will go, then the retention warning while the WGBO period runs (a reason is
 * then required), then the word typed as confirmation. Core decides what goes and whether the period passed.
 */
export function EraseClientDialog({ client, onClose, onErased }: EraseClientDialogProps) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const read = useRead('erasure.check', { clientId: client.id });
  // After the erasure itself the check is asked again and refused: the dialog keeps what it showed.
  const check = read.data ?? null;
  const [picked, setReason] = useState<ErasureReason | ''>('');
  // Once the retention period has passed, that is the reason unless another is picked.
  const reason = picked === '' && check?.retentionPassed ? 'retention_passed' : picked;
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; typed?: string }>({});
  const [writeFailure, setFailure] = useState<ApiError | null>(null);
  const failure = writeFailure ?? (check ? null : read.error);
  const [busy, setBusy] = useState(false);
  const typedInput = useRef<HTMLInputElement>(null);
  const firstReason = useRef<HTMLInputElement>(null);
  const word = t('privacy.erase.word');
  const name = fullName(client);

  const erase = async (event: FormEvent) => {
    event.preventDefault();
    if (!check || busy) return;
    const found = {
      reason: !check.retentionPassed && reason === '' ? t('privacy.erase.reasonRequired') : undefined,
      typed: typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase() ? t('privacy.erase.typeWordError', { word }) : undefined,
    };
    setErrors(found);
    if (found.reason) return firstReason.current?.focus();
    if (found.typed) return typedInput.current?.focus();
    setFailure(null);
    setBusy(true);
    const result = await write('erasure.erase', { clientId: client.id, confirm: true, ...(reason ? { reason } : {}) });
    setBusy(false);
    if (result.ok) onErased();
    else setFailure(result.error);
  };

  return (
    <FormDialog open onOpenChange={(open) => !open && !busy && onClose()} title={t('privacy.erase.title', { name })} wide>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {!check && !failure && <BusyNote busy label={t('privacy.erase.checking')} />}
      {check && (
        <form className="stack erase-form" onSubmit={(event) => void erase(event)} noValidate>
          <ErasureScope check={check} />
          {!check.retentionPassed && (
            <div className="retention-warning" role="note">
              <Icon name="alert" />
              <div>
                <p>
                  <strong>{t('privacy.erase.retentionTitle')}</strong>
                </p>
                <p>{t('privacy.erase.retentionText', { date: check.retainUntil ? formatDate(check.retainUntil, i18n.language) : '' })}</p>
              </div>
            </div>
          )}
          <fieldset className="erase-reasons" aria-describedby={errors.reason ? 'erase-reason-error' : undefined}>
            <legend>
              {t('privacy.erase.reason')}
              {!check.retentionPassed && <span className="field-required"> ({t('common.required')})</span>}
            </legend>
            <div className="radio-grid">
              {erasureReasons.map((each, index) => (
                <label key={each} className="radio">
                  <input
                    ref={index === 0 ? firstReason : undefined}
                    type="radio"
                    name="erase-reason"
                    value={each}
                    checked={reason === each}
                    aria-invalid={errors.reason ? true : undefined}
                    onChange={() => setReason(each)}
                  />
                  <span>{t(`privacy.erase.reasons.${each}`)}</span>
                </label>
              ))}
            </div>
            {errors.reason && (
              <p id="erase-reason-error" className="field-error">
                <Icon name="alert" />
                <span>{errors.reason}</span>
              </p>
            )}
          </fieldset>
          <TextField
            ref={typedInput}
            label={t('privacy.erase.typeWord', { word })}
            required
            autoComplete="off"
            spellCheck={false}
            value={typed}
            error={errors.typed}
            onChange={(change) => setTyped(change.target.value)}
          />
          <div className="dialog-actions">
            <Button variant="quiet" disabled={busy} onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="danger" icon="erase" aria-disabled={busy || undefined}>
              {t('privacy.erase.submit')}
            </Button>
          </div>
          <BusyNote busy={busy} label={t('privacy.erase.busy')} />
        </form>
      )}
    </FormDialog>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';

type CopyState = 'idle' | 'copied' | 'failed';

interface RecoveryKeySheetProps {
  recoveryKey: string;
  continueLabel: string;
  onContinue: () => void;
}

/** A recovery key shown once: in groups, to copy or print; going on only after saying it is saved. */
export function RecoveryKeySheet({ recoveryKey, continueLabel, onContinue }: RecoveryKeySheetProps) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [reminded, setReminded] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const checkbox = useRef<HTMLInputElement>(null);
  const groups = recoveryKey.split('-');

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const goOn = () => {
    if (!saved) {
      setReminded(true);
      checkbox.current?.focus();
      return;
    }
    onContinue();
  };

  return (
    <>
      <section className="recovery-sheet" aria-labelledby="recovery-key-label">
        <p className="print-only print-heading">{t('vault.recovery.printHeading')}</p>
        <p id="recovery-key-label" className="recovery-label">
          <Icon name="key" />
          {t('vault.recovery.keyLabel')}
        </p>
        <ol className="recovery-key" aria-labelledby="recovery-key-label">
          {groups.map((group, index) => (
            <li key={index}>
              <code>{group}</code>
            </li>
          ))}
        </ol>
        <p className="print-only">{t('vault.recovery.printedOn', { date: formatDate(new Date().toISOString(), i18n.language) })}</p>
      </section>
      <p>{t('vault.recovery.advice')}</p>
      <div className="button-row no-print">
        <Button icon="copy" onClick={() => void copyKey()}>
          {t('vault.recovery.copy')}
        </Button>
        <Button icon="print" onClick={() => window.print()}>
          {t('vault.recovery.print')}
        </Button>
      </div>
      <div role="status" className="no-print">
        {copy === 'copied' && <Notice tone="success">{t('vault.recovery.copied')}</Notice>}
        {copy === 'failed' && <Notice tone="info">{t('vault.recovery.copyFailed')}</Notice>}
      </div>
      <div className="confirm-saved no-print">
        <label className="checkbox">
          <input
            ref={checkbox}
            type="checkbox"
            checked={saved}
            aria-invalid={reminded && !saved ? true : undefined}
            aria-describedby={reminded && !saved ? 'recovery-confirm-error' : undefined}
            onChange={(event) => setSaved(event.target.checked)}
          />
          <span>{t('vault.recovery.confirm')}</span>
        </label>
        {reminded && !saved && (
          <p id="recovery-confirm-error" className="field-error" role="alert">
            <Icon name="alert" />
            <span>{t('vault.recovery.confirmRequired')}</span>
          </p>
        )}
      </div>
      <div className="form-actions no-print">
        <Button variant="primary" onClick={goOn}>
          {continueLabel}
        </Button>
      </div>
    </>
  );
}

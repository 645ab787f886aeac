import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/errors';
import { formatNumber } from '../../../i18n/format';
import { apiErrorText } from '../../../i18n/validation';
import { useFetchRead } from '../../../api/useRead';
import { BusyNote } from '../../../ui/BusyNote';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';

/** Check that no entry of the log was changed or removed; names the first one that was. */
export function VerifyChain() {
  const { t, i18n } = useTranslation();
  // Checking the whole chain is work core does when asked, on the button: a click-style read.
  const fetchRead = useFetchRead();
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<AuditVerification | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const verify = async () => {
    setBusy(true);
    setAnswer(null);
    setFailure(null);
    const result = await fetchRead('audit.verify', {});
    setBusy(false);
    if (result.ok) setAnswer(result.value);
    else setFailure(result.error);
  };

  const entries = answer ? formatNumber(answer.entries, i18n.language) : '';
  return (
    <div className="stack">
      <div className="form-actions">
        <Button icon="shield" disabled={busy} onClick={() => void verify()}>
          {t('safety.logbook.verify')}
        </Button>
        <BusyNote busy={busy} label={t('safety.logbook.verifying')} />
      </div>
      <div role="status">
        {answer?.intact === true && <Notice tone="success">{t('safety.logbook.intact', { count: answer.entries, entries })}</Notice>}
      </div>
      {answer?.intact === false && (
        <Notice tone="error">
          {t(`safety.logbook.broken.${answer.problem}`, { id: answer.firstBrokenId, entries })}
        </Notice>
      )}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
    </div>
  );
}

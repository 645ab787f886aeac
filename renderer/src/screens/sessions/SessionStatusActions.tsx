import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/contract';
import type { SessionStatus } from '../../../../shared/domain/session';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useCall } from '../../session/SessionContext';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { SessionStatusIcon } from '../../ui/SessionStatusIcon';

/** Where a session can go from where it is; "planned" again only while the notes are not finalised. */
function nextStatuses(session: Session): SessionStatus[] {
  const back: SessionStatus[] = session.finalisedAt ? [] : ['planned'];
  switch (session.status) {
    case 'planned':
      return ['held', 'cancelled', 'no_show'];
    case 'held':
      return ['cancelled', 'no_show', ...back];
    case 'cancelled':
      return ['held', 'no_show', ...back];
    case 'no_show':
      return ['held', 'cancelled', ...back];
  }
}

/** The session's status in words and icon, with the moves it can make ("start" marks it held). */
export function SessionStatusActions({ session, onChanged }: { session: Session; onChanged(session: Session): void }) {
  const { t } = useTranslation();
  const call = useCall();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const move = async (status: SessionStatus) => {
    setBusy(true);
    setFailure(null);
    const result = await call('sessions.setStatus', { id: session.id, status });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    notify(t(`sessions.status.changed.${status}`));
    onChanged(result.value);
  };

  return (
    <div className="status-actions">
      <p className="status-line">
        <span className="muted">{t('sessions.status.label')}</span>{' '}
        <span className={`badge status-badge status-${session.status}`}>
          <SessionStatusIcon status={session.status} />
          {t(`sessions.status.${session.status}`)}
        </span>
      </p>
      <div className="button-row">
        {nextStatuses(session).map((status) => (
          <Button
            key={status}
            variant={session.status === 'planned' ? (status === 'held' ? 'primary' : 'secondary') : 'quiet'}
            disabled={busy}
            onClick={() => void move(status)}
          >
            {session.status === 'planned' && status === 'held' ? t('sessions.status.start') : t(`sessions.status.to.${status}`)}
          </Button>
        ))}
      </div>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
    </div>
  );
}

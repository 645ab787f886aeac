import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/contract';
import { sessionProgress, type SessionStatus } from '../../../../shared/domain/session';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SessionStatusIcon } from '../../ui/SessionStatusIcon';
import { useNotify } from '../../ui/Toasts';
import { CancelSessionDialog } from '../planning/CancelSessionDialog';
import { RescheduleDialog } from '../planning/RescheduleDialog';

/** Where a session can go from where it is; "planned" again only while the notes are not finalised. */
function nextStatuses(session: Session): SessionStatus[] {
  const back: SessionStatus[] = session.finalisedAt ? [] : ['planned'];
  switch (session.status) {
    case 'planned':
      // Held is set by finalising; marking it by hand stays possible once the session has started.
      return session.startedAt ? ['held', 'cancelled', 'no_show'] : ['cancelled', 'no_show'];
    case 'held':
      return ['cancelled', 'no_show', ...back];
    case 'cancelled':
      return ['held', 'no_show', ...back];
    case 'no_show':
      return ['held', 'cancelled', ...back];
  }
}

/** The session's status in words and icon, with the moves it can make: start (in progress), reschedule, cancel. */
export function SessionStatusActions({ session }: { session: Session }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const progress = sessionProgress(session);

  const settle = (result: Awaited<ReturnType<typeof write<'sessions.start'>>>, message: string) => {
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    notify(message);
  };

  const start = async () => {
    setBusy(true);
    setFailure(null);
    settle(await write('sessions.start', { id: session.id }), t('planning.start.done'));
  };

  const move = async (status: SessionStatus) => {
    if (status === 'cancelled' && session.seriesId !== null) {
      setCancelling(true); // ask: this one, or this and the following of the series
      return;
    }
    setBusy(true);
    setFailure(null);
    settle(await write('sessions.setStatus', { id: session.id, status }), t(`sessions.status.changed.${status}`));
  };

  return (
    <div className="status-actions">
      <p className="status-line">
        <span className="muted">{t('sessions.status.label')}</span>{' '}
        <span className={`badge status-badge status-${progress}`}>
          <SessionStatusIcon status={progress} />
          {t(`trajectories.sessionStatus.${progress}`)}
        </span>
      </p>
      <div className="button-row">
        {session.status === 'planned' && !session.startedAt && (
          <Button variant="primary" disabled={busy} onClick={() => void start()}>
            {t('sessions.status.start')}
          </Button>
        )}
        {nextStatuses(session).map((status) => (
          <Button key={status} variant={session.status === 'planned' ? 'secondary' : 'quiet'} disabled={busy} onClick={() => void move(status)}>
            {t(`sessions.status.to.${status}`)}
          </Button>
        ))}
        {!session.finalisedAt && (
          <Button variant="quiet" icon="calendar" disabled={busy} onClick={() => setRescheduling(true)}>
            {t('planning.reschedule.open')}
          </Button>
        )}
      </div>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <RescheduleDialog
        session={rescheduling ? session : null}
        onOpenChange={setRescheduling}
        onRescheduled={() => setRescheduling(false)}
      />
      <CancelSessionDialog
        session={cancelling ? session : null}
        onOpenChange={setCancelling}
        onCancelled={() => setCancelling(false)}
      />
    </div>
  );
}

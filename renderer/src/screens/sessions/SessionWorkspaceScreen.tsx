import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/contract';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';
import { PlanSessionDialog } from '../trajectories/PlanSessionDialog';
import { AgreementsToReview } from './AgreementsToReview';
import { FinaliseSection } from './FinaliseSection';
import { GoalRatings } from './GoalRatings';
import { NewAgreements } from './NewAgreements';
import { claimPending, releasePending } from './pendingNotes';
import { SessionHeader } from './SessionHeader';
import { SessionNotesSection } from './SessionNotesSection';
import { SessionQuestionnaire } from './SessionQuestionnaire';
import { StepNav } from './StepNav';
import { useSessionWorkspace } from './useSessionWorkspace';
import { formatDay, formatLongDay } from '../../i18n/format';
import '../../styles/sessions.css';

/** The screen a practitioner works on during a session: review, rate, write, agree, measure. */
export function SessionWorkspaceScreen({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const view = useSessionWorkspace(id);
  const [planning, setPlanning] = useState(false);
  const [planned, setPlanned] = useState<Session | null>(null);
  const notesSaver = useRef<(() => Promise<boolean>) | null>(null);
  const { workspace, detail } = view;
  // Back on this session after unlocking: its notes editor restores text typed before the lock, so the
  // after-unlock saver must not store it first and let the editor open on the older draft.
  useState(() => claimPending(id));
  useEffect(() => {
    claimPending(id);
    return () => releasePending(id);
  }, [id]);

  if (!workspace) {
    return view.error ? (
      <>
        <PageHeader title={t('sessions.notFound')} />
        <Notice tone="error">{apiErrorText(t, view.error)}</Notice>
      </>
    ) : (
      <BusyNote busy label={t('sessions.loading')} />
    );
  }

  const { session, trajectory } = workspace;
  const participants = detail?.trajectory.participants ?? workspace.attendees;
  const reload = () => void view.reload();
  return (
    <div className="workspace">
      <Button variant="quiet" icon="back" onClick={() => navigate({ screen: 'trajectory', id: trajectory.id })}>
        {t('sessions.backTo', { title: trajectory.title })}
      </Button>
      <PageHeader title={t('sessions.title', { date: formatLongDay(session.startsAt, i18n.language) })} />
      {view.error && <Notice tone="error">{apiErrorText(t, view.error)}</Notice>}
      <SessionHeader workspace={workspace} onStatusChanged={(_: Session) => reload()} />
      <StepNav />
      <AgreementsToReview workspace={workspace} participants={participants} onChanged={reload} />
      <GoalRatings workspace={workspace} />
      <SessionNotesSection workspace={workspace} templates={view.templates} onChanged={reload} saver={notesSaver} />
      <NewAgreements workspace={workspace} participants={participants} trajectoryWhole={detail?.trajectory ?? null} onChanged={reload} />
      <SessionQuestionnaire workspace={workspace} />
      <FinaliseSection workspace={workspace} saveNotes={() => notesSaver.current?.() ?? Promise.resolve(true)} onFinalised={reload} />
      <section className="card workspace-section next-session" aria-labelledby="next-title">
        <h2 id="next-title" tabIndex={-1}>
          {t('sessions.next.title')}
        </h2>
        {planned ? (
          <Notice tone="success">
            <p>{t('sessions.next.planned', { date: formatDay(planned.startsAt, i18n.language) })}</p>
            <Button onClick={() => navigate({ screen: 'session', id: planned.id })}>{t('sessions.next.open')}</Button>
          </Notice>
        ) : (
          <p className="muted">{t('sessions.next.intro')}</p>
        )}
        {detail && (
          <>
            <Button icon="plus" onClick={() => setPlanning(true)}>
              {t('sessions.next.plan')}
            </Button>
            <PlanSessionDialog
              open={planning}
              onOpenChange={setPlanning}
              detail={detail}
              onPlanned={(next) => {
                setPlanning(false);
                setPlanned(next);
                reload();
              }}
            />
          </>
        )}
      </section>
    </div>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDay } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';
import { AgreementsToReview } from './AgreementsToReview';
import { FinaliseSection } from './FinaliseSection';
import { GoalRatings } from './GoalRatings';
import { NewAgreements } from './NewAgreements';
import { NextSessionSection } from './NextSessionSection';
import { claimPending, releasePending } from './pendingNotes';
import { SessionHeader } from './SessionHeader';
import { SessionNotesSection } from './SessionNotesSection';
import { SessionQuestionnaire } from './SessionQuestionnaire';
import { StepFooter, StepNav } from './StepNav';
import { stepHeadingId, type SessionStep } from './steps';
import { useSessionWorkspace } from './useSessionWorkspace';
import '../../styles/sessions.css';

/**
 * Brings a step's heading into view under the step nav and gives it focus, so keyboard and screen-reader
 * users continue where the new step starts.
 */
function focusStep(step: SessionStep): void {
  const heading = document.getElementById(stepHeadingId(step));
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  const nav = document.querySelector('.step-nav')?.getBoundingClientRect().bottom ?? 0;
  const top = heading.getBoundingClientRect().top;
  if (top < nav || top > window.innerHeight / 2) heading.scrollIntoView({ block: 'start' });
}

/**
 * The screen a practitioner works on during a session, one step at a time: review, rate, write, agree,
 * measure, finalise. Every step stays in the page while another is shown, so nothing typed is lost.
 */
export function SessionWorkspaceScreen({ id, step = 'review' }: { id: number; step?: SessionStep | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const view = useSessionWorkspace(id);
  const notesSaver = useRef<(() => Promise<boolean>) | null>(null);
  const { workspace, detail } = view;
  const shownStep = useRef(step);
  // Back on this session after unlocking: its notes editor restores text typed before the lock, so the
  // after-unlock saver must not store it first and let the editor open on the older draft.
  useState(() => claimPending(id));
  useEffect(() => {
    claimPending(id);
    return () => releasePending(id);
  }, [id]);
  // A step chosen here (not the screen opening on one) moves focus to its heading.
  useEffect(() => {
    if (step === shownStep.current) return;
    shownStep.current = step;
    focusStep(step);
  }, [step]);

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
  const select = (next: SessionStep) => (next === step ? focusStep(next) : navigate({ screen: 'session', id, step: next }));
  const panel = (which: SessionStep, children: ReactNode) => (
    <div className="step-panel" hidden={which !== step}>
      {children}
      <StepFooter current={which} onSelect={select} />
    </div>
  );
  return (
    <div className="workspace">
      <Button variant="quiet" icon="back" onClick={() => navigate({ screen: 'trajectory', id: trajectory.id })}>
        {t('sessions.backTo', { title: trajectory.title })}
      </Button>
      <PageHeader title={t('sessions.title', { date: formatLongDay(session.startsAt, i18n.language) })} />
      {view.error && <Notice tone="error">{apiErrorText(t, view.error)}</Notice>}
      <SessionHeader workspace={workspace} />
      <StepNav current={step} onSelect={select} />
      {panel('review', <AgreementsToReview workspace={workspace} participants={participants} />)}
      {panel('goals', <GoalRatings workspace={workspace} />)}
      {panel('notes', <SessionNotesSection workspace={workspace} templates={view.templates} saver={notesSaver} />)}
      {panel(
        'agreements',
        <NewAgreements workspace={workspace} participants={participants} trajectoryWhole={detail?.trajectory ?? null} />,
      )}
      {panel('questionnaire', <SessionQuestionnaire workspace={workspace} />)}
      {panel(
        'finalise',
        <>
          <FinaliseSection workspace={workspace} saveNotes={() => notesSaver.current?.() ?? Promise.resolve(true)} />
          <NextSessionSection detail={detail} />
        </>,
      )}
    </div>
  );
}

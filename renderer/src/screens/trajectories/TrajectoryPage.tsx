import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNotify } from '../../ui/Toasts';
import { useNavigate, type TrajectoryListState } from '../shell/navigation';
import { ariaShortcut, isCommand, shortcutLabel } from '../shell/shortcuts';
import type { Session } from '../../../../shared/contract';
import { LetClientFillIn } from '../clientMode/LetClientFillIn';
import { SealedFormsSection } from '../forms/SealedFormsSection';
import { Feedback360Section } from '../feedback360/Feedback360Section';
import { RescheduleDialog } from '../planning/RescheduleDialog';
import { AgreementsSection } from './AgreementsSection';
import { GoalsSection } from './GoalsSection';
import { PlanSessionDialog } from './PlanSessionDialog';
import { QuestionnaireScores } from './QuestionnaireScores';
import { RepairPlansSection } from './RepairPlansSection';
import { SessionsSection } from './SessionsSection';
import { TrajectoryFacts } from './TrajectoryFacts';
import { useTrajectoryDetail } from './useTrajectoryDetail';
import { formatDayAndTime } from '../../i18n/format';
import '../../styles/trajectories.css';

const sections = ['sessions', 'goals', 'agreements', 'questionnaires', 'forms', 'feedback360', 'repair'] as const;

/** One trajectory: who, where it stands, and its sessions, goals, agreements, questionnaires and repair plans. */
export function TrajectoryPage({ id, list }: { id: number; list?: TrajectoryListState }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { detail, error } = useTrajectoryDetail(id);
  const [planning, setPlanning] = useState(false);
  const [rescheduling, setRescheduling] = useState<Session | null>(null);

  // Ctrl/Cmd+N here means: plan the next session.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event, 'n')) return;
      event.preventDefault();
      // Not on top of a dialog that is already open (a goal, a repair plan).
      if (!document.querySelector('[role="dialog"], [role="alertdialog"]')) setPlanning(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const back = (
    <Button variant="quiet" icon="back" onClick={() => navigate({ screen: 'trajectories', list })}>
      {t('trajectories.backToList')}
    </Button>
  );

  if (!detail) {
    return (
      <>
        {back}
        {error ? <Notice tone="error">{apiErrorText(t, error)}</Notice> : <BusyNote busy label={t('trajectories.loading')} />}
      </>
    );
  }

  const { trajectory } = detail;
  return (
    <div className="trajectory-page">
      {back}
      <PageHeader title={trajectory.title}>
        <Button icon="settings" onClick={() => navigate({ screen: 'trajectoryEditor', id: trajectory.id, list })}>
          {t('trajectories.editTrajectory')}
        </Button>
        <Button icon="print" onClick={() => navigate({ screen: 'trajectoryReport', id: trajectory.id })}>
          {t('reports.open')}
        </Button>
        <Button
          variant="primary"
          icon="plus"
          aria-keyshortcuts={ariaShortcut('n')}
          title={t('common.shortcut', { keys: shortcutLabel('n') })}
          onClick={() => setPlanning(true)}
        >
          {t('trajectories.sessions.plan')}
        </Button>
      </PageHeader>
      {error && <Notice tone="error">{apiErrorText(t, error)}</Notice>}
      <TrajectoryFacts detail={detail} />
      <nav className="page-sections" aria-label={t('trajectories.onThisPage')}>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <a href={`#${section}-heading`} onClick={(event) => jumpTo(event, `${section}-heading`)}>
                {t(`trajectories.sectionNames.${section}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SessionsSection
        detail={detail}
        onPlan={() => setPlanning(true)}
        onOpen={(session) => navigate({ screen: 'session', id: session.id })}
        onReschedule={setRescheduling}
      />
      <GoalsSection detail={detail} />
      <AgreementsSection detail={detail} />
      <QuestionnaireScores
        trajectoryId={trajectory.id}
        participants={trajectory.participants}
        actions={<LetClientFillIn trajectory={trajectory} participants={trajectory.participants.filter((p) => p.removedAt === null)} />}
      />
      <SealedFormsSection trajectory={trajectory} />
      <Feedback360Section trajectory={trajectory} />
      <RepairPlansSection detail={detail} />
      <RescheduleDialog
        session={rescheduling}
        onOpenChange={(open) => !open && setRescheduling(null)}
        onRescheduled={() => setRescheduling(null)}
      />
      <PlanSessionDialog
        open={planning}
        onOpenChange={setPlanning}
        detail={detail}
        onPlanned={(session) => {
          setPlanning(false);
          notify(t('trajectories.plan.planned', { when: formatDayAndTime(session.startsAt, i18n.language) }));
        }}
      />
    </div>
  );
}

/** In-page links move focus too (the address bar keeps no fragment: the hash belongs to the app). */
function jumpTo(event: React.MouseEvent, targetId: string) {
  event.preventDefault();
  const target = document.getElementById(targetId);
  if (!target) return;
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

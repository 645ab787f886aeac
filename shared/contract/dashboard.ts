import type { AgreementDue, AgreementOwner } from '../domain/agreement';
import type { SessionKind, SessionStatus } from '../domain/session';
import type { TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';
import type { QuestionnaireDue } from './checkIns';
import { method } from './define';
import { empty } from './fields';

export interface DashboardSession {
  id: number;
  trajectoryId: number;
  trajectoryTitle: string;
  trajectoryKind: TrajectoryKind;
  startsAt: string;
  durationMinutes: number;
  kind: SessionKind;
  status: SessionStatus;
  /** When "Sessie starten" was pressed: a planned session with this set is in progress ("bezig"). */
  startedAt: string | null;
  attendeeNames: string[];
}

export interface DueAgreement {
  id: number;
  trajectoryId: number;
  trajectoryTitle: string;
  text: string;
  owner: AgreementOwner;
  ownerName: string | null;
  due: AgreementDue;
  madeOn: string;
  /** Overdue ones first; then due this week, or to be discussed in a session this week. */
  reason: 'due_date_passed' | 'next_session_passed' | 'due_this_week' | 'next_session_this_week';
  /** The date that makes it due: the due date or the date of the (next) session. */
  dueOn: string;
}

export interface CheckInDue {
  trajectoryId: number;
  title: string;
  checkInWeeks: number;
  lastHeldAt: string | null;
  /** The last held session (or the start) plus the interval. */
  dueOn: string;
  nextPlannedAt: string | null;
}

export interface RecentTrajectory {
  id: number;
  title: string;
  kind: TrajectoryKind;
  status: TrajectoryStatus;
  updatedAt: string;
  participantNames: string[];
}

export interface Dashboard {
  today: string;
  weekStart: string;
  weekEnd: string;
  sessionsToday: DashboardSession[];
  sessionsThisWeek: DashboardSession[];
  agreementsDue: { items: DueAgreement[]; total: number };
  checkInsDue: CheckInDue[];
  /** Check-in questionnaires due within a week or overdue, with who has answered (never what). */
  questionnairesDue: QuestionnaireDue[];
  recentlyChanged: RecentTrajectory[];
}

export const dashboardMethods = {
  'dashboard.get': method<Dashboard>()(
    empty,
    "Today's and this week's sessions (Monday to Sunday), agreements due for review, check-ins and check-in questionnaires due, recent trajectories.",
  ),
};

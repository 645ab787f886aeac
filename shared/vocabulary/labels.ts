import type { AgreementOutcome } from '../domain/agreement';
import type { GoalStatus, RepairPlanStatus, TrustFactor } from '../domain/goal';
import type { SessionKind, SessionProgress, SessionStatus } from '../domain/session';
import type { ParticipantRole, TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';

/**
 * The practice's words for the things it counts and sorts: statuses, outcomes, trust factors,
 * session types and roles. Written once here; the screens and the progress report both read
 * them, so a client and a practitioner always meet the same word for the same thing.
 */
export interface DomainLabels {
  /** Short, for lists and filters: "Stel". */
  trajectoryKind: Record<TrajectoryKind, string>;
  /** As a name on its own, for a report cover: "Traject als stel". */
  trajectoryKindName: Record<TrajectoryKind, string>;
  trajectoryStatus: Record<TrajectoryStatus, string>;
  /** Lower case: it stands after a name, "Sanne (partner)". */
  participantRole: Record<ParticipantRole, string>;
  sessionKind: Record<SessionKind, string>;
  sessionStatus: Record<SessionStatus, string>;
  /** The status, or "Bezig" for a planned session that was started: for screens that show a session as it stands. */
  sessionProgress: Record<SessionProgress, string>;
  agreementOutcome: Record<AgreementOutcome, string>;
  /** An agreement for everyone in the trajectory. */
  agreementForAll: Record<TrajectoryKind, string>;
  trustFactor: Record<TrustFactor, string>;
  goalStatus: Record<GoalStatus, string>;
  repairPlanStatus: Record<RepairPlanStatus, string>;
}

export type VocabularyLanguage = 'nl' | 'en';

const nl: DomainLabels = {
  trajectoryKind: { individual: 'Individueel', couple: 'Stel', team: 'Team' },
  trajectoryKindName: { individual: 'Individueel traject', couple: 'Traject als stel', team: 'Teamtraject' },
  trajectoryStatus: { intake: 'Intake', active: 'Actief', paused: 'Gepauzeerd', closed: 'Afgesloten' },
  participantRole: { client: 'cliënt', partner: 'partner', team_member: 'teamlid', sponsor: 'opdrachtgever' },
  sessionKind: {
    intake: 'Intake',
    regular: 'Sessie',
    evaluation: 'Evaluatie',
    check_in: 'Check-in',
    closing: 'Afsluitende sessie',
  },
  sessionStatus: { planned: 'Gepland', held: 'Gehouden', cancelled: 'Afgezegd', no_show: 'Niet verschenen' },
  sessionProgress: { planned: 'Gepland', held: 'Gehouden', cancelled: 'Afgezegd', no_show: 'Niet verschenen', in_progress: 'Bezig' },
  agreementOutcome: {
    kept: 'Nagekomen',
    partly_kept: 'Deels nagekomen',
    not_kept: 'Niet nagekomen',
    renegotiated: 'Bijgesteld',
    dropped: 'Vervallen',
  },
  agreementForAll: { individual: 'Cliënt', couple: 'Beide partners', team: 'Het hele team' },
  trustFactor: {
    consistency: 'Consistent gedrag',
    open_communication: 'Open communicatie',
    responsibility: 'Verantwoordelijkheid nemen',
    transparency: 'Transparantie',
    emotional_safety: 'Emotionele veiligheid',
    other: 'Overig',
  },
  goalStatus: { active: 'Actief', achieved: 'Bereikt', paused: 'Gepauzeerd', dropped: 'Gestopt' },
  repairPlanStatus: { open: 'Open', in_progress: 'Bezig', completed: 'Afgerond' },
};

const en: DomainLabels = {
  trajectoryKind: { individual: 'Individual', couple: 'Couple', team: 'Team' },
  trajectoryKindName: { individual: 'Individual programme', couple: 'Couples programme', team: 'Team programme' },
  trajectoryStatus: { intake: 'Intake', active: 'Active', paused: 'Paused', closed: 'Closed' },
  participantRole: { client: 'client', partner: 'partner', team_member: 'team member', sponsor: 'sponsor' },
  sessionKind: {
    intake: 'Intake',
    regular: 'Session',
    evaluation: 'Evaluation',
    check_in: 'Check-in',
    closing: 'Closing session',
  },
  sessionStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled', no_show: 'No-show' },
  sessionProgress: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled', no_show: 'No-show', in_progress: 'In progress' },
  agreementOutcome: {
    kept: 'Kept',
    partly_kept: 'Partly kept',
    not_kept: 'Not kept',
    renegotiated: 'Renegotiated',
    dropped: 'Dropped',
  },
  agreementForAll: { individual: 'Client', couple: 'Both partners', team: 'The whole team' },
  trustFactor: {
    consistency: 'Consistency',
    open_communication: 'Open communication',
    responsibility: 'Taking responsibility',
    transparency: 'Transparency',
    emotional_safety: 'Emotional safety',
    other: 'Other',
  },
  goalStatus: { active: 'Active', achieved: 'Achieved', paused: 'Paused', dropped: 'Stopped' },
  repairPlanStatus: { open: 'Open', in_progress: 'In progress', completed: 'Completed' },
};

export const domainLabels: Record<VocabularyLanguage, DomainLabels> = { nl, en };

import type { z } from 'zod';
import { calendarMethods } from './calendar';
import { checkInMethods } from './checkIns';
import { clientMethods } from './clients';
import { clientImportMethods } from './clientImport';
import { demoMethods } from './demo';
import { practiceMethods } from './practice';
import { questionnaireMethods } from './questionnaires';
import { formMethods } from './forms';
import { feedback360Methods } from './feedback360';
import { clientModeMethods } from './clientMode';
import { vaultMethods } from './vault';
import { auditMethods } from './audit';
import { backupMethods } from './backups';
import { privacyMethods } from './privacy';
import { agreementMethods } from './agreements';
import { dashboardMethods } from './dashboard';
import { goalMethods } from './goals';
import { noteTemplateMethods } from './notes';
import { repairPlanMethods } from './repairPlans';
import { reportMethods } from './reports';
import { searchMethods } from './search';
import { sessionMethods } from './sessions';
import { trajectoryMethods } from './trajectories';

/** Every method Traject has. A method that is not here does not exist. */
export const contract = {
  ...vaultMethods,
  ...practiceMethods,
  ...clientMethods,
  ...clientImportMethods,
  ...trajectoryMethods,
  ...checkInMethods,
  ...sessionMethods,
  ...calendarMethods,
  ...noteTemplateMethods,
  ...agreementMethods,
  ...goalMethods,
  ...repairPlanMethods,
  ...dashboardMethods,
  ...searchMethods,
  ...questionnaireMethods,
  ...formMethods,
  ...feedback360Methods,
  ...clientModeMethods,
  ...reportMethods,
  ...demoMethods,
  ...backupMethods,
  ...auditMethods,
  ...privacyMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Client, ClientList, ClientListItem, ClientFields, ClientOverview, ClientSession, ClientStatus } from './clients';
export type { Practice } from './practice';
export type { CalendarEntry, CalendarFile } from './calendar';
export type { ColumnMapping, ImportField, ImportPreset, ImportPreview, ImportProblem, ImportResult, ImportRow } from './clientImport';
export type { VaultStatus, VaultState } from './vault';
export type { Backup, BackupCounts, BackupList, BackupProgress, BackupReason, Restored } from './backups';
export type { AuditEntry, AuditEventName, AuditPage, AuditVerification } from './audit';
export type { ClientExportFile, ErasureCheck, Erased, ErasureReason, PdfFile, RetentionOfTrajectory } from './privacy';
export type { Participant, Trajectory, TrajectoryList, TrajectoryDetail } from './trajectories';
export type { FreeSlot, PlannedSeries, PreviousRating, SeriesPreview, Session, SessionList, SessionOverlap, SessionWithNotes, SessionWorkspace } from './sessions';
export type { NoteHistory, NoteTemplate, NoteTemplateSection, NoteVersion, SessionNotes } from './notes';
export type { Agreement, AgreementReview, AgreementVersion, KeptRateOverview, KeptRatePoint, KeptRateSeries, OverdueAgreement } from './agreements';
export type { Goal, GoalWithSeries, Rating, RatingPoint, RatingSeries } from './goals';
export type { RepairPlan, RepairPlanDetail } from './repairPlans';
export type { CheckInEvery, CheckInPlan, CheckInQuestionnaire, CheckInRespondent, CheckInState, OfferedCheckInQuestionnaire, QuestionnaireDue } from './checkIns';
export type { CheckInDue, Dashboard, DashboardSession, DueAgreement, RecentTrajectory } from './dashboard';
export type { AgreementHit, ClientHit, GoalHit, NoteHit, SearchResults, Snippet } from './search';
export type { AudienceView } from './audienceView';
export type { ClientModeLeft, ClientModeQuestionnaire, ClientModeStatus } from './clientMode';
export type { AgreementSelfReport, ImportedAnswers, SealedFormFile, SealedFormStatus } from './forms';
export type {
  Feedback360Cell,
  Feedback360Column,
  Feedback360Factor,
  Feedback360FormFile,
  Feedback360Rater,
  Feedback360Result,
  Feedback360Round,
  ImportedFeedback360Answers,
  RaterRole,
} from './feedback360';
export type { DistributionBin, GroupFigures, GroupInstrument, GroupRound, GroupRoundFigures } from './groupFigures';
export type {
  InstrumentSeries,
  QuestionnaireDetail,
  QuestionnaireResponse,
  QuestionnaireSummary,
  ScorePoint,
  ScoreSeries,
} from './questionnaires';

/**
 * What a progress report (voortgangsrapport) shows, already cut down to one audience.
 * There is no field for private notes or another partner's individual data on purpose:
 * what is not in this model cannot end up in the PDF.
 * Dates are calendar dates `YYYY-MM-DD`, times `HH:MM` (the practice's local time).
 */

import type { ClientAddress } from '../../../shared/contract/practice';

export type ReportLanguage = 'nl' | 'en';

export interface ReportPractice {
  name: string;
  practitionerName: string;
  /** How the practitioner calls themselves: "relatietherapeut", "coach", … */
  practitionerTitle: string;
  registrations: { big?: string; nobco?: string; emcc?: string; kvk?: string; agb?: string };
  email: string;
  phone: string;
  website: string;
  address: string;
  /** A line for every page footer, e.g. "Vertrouwelijk — alleen voor Sanne en Ömer". */
  reportFooter: string;
  logo?: { data: Uint8Array; format: 'png' | 'jpeg' };
}

export type TrajectoryKind = 'individual' | 'couple' | 'team';

export interface ReportTrajectory {
  title: string;
  kind: TrajectoryKind;
  startedOn: string;
  /** The people the report speaks about, in the order they should be named. */
  participants: string[];
}

export interface SummarySection {
  /** The practitioner's shareable description of why the trajectory exists. */
  intro?: string;
  sessionsHeld: number;
  sessionsCancelled?: number;
  goalTitles: string[];
}

export type TrustFactor = 'consistency' | 'openCommunication' | 'responsibility' | 'transparency' | 'emotionalSafety' | 'other';

export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';

export interface RatingPoint {
  date: string;
  value: number;
}

export interface RatingSeries {
  /** Whose ratings these are: a participant the audience may see. */
  participant: string;
  ratings: RatingPoint[];
}

export interface ReportGoal {
  id: string;
  title: string;
  trustFactor: TrustFactor;
  /** Shown instead of the factor's name when trustFactor is 'other'. */
  trustFactorLabel?: string;
  scale: { min: number; max: number };
  baseline: number | null;
  target: number | null;
  status: GoalStatus;
  description?: string;
  series: RatingSeries[];
}

export type AgreementOutcome = 'kept' | 'partlyKept' | 'notKept' | 'renegotiated' | 'dropped';

export interface ReportAgreement {
  id: string;
  description: string;
  /** Who made the commitment: a participant, "both partners", or the practitioner. */
  owner: string;
  madeOn: string;
  dueOn?: string;
  /** Due "in the next session" rather than on a date. */
  dueNextSession?: boolean;
  reviewedOn?: string;
  /** null: not reviewed yet. */
  outcome: AgreementOutcome | null;
  outcomeNote?: string;
  /** Set when the agreement is a repair action of a repair plan (herstelplan). */
  repairAction?: boolean;
}

export interface KeptRateSummary {
  /** kept ÷ reviewed, partly kept counting half; null before anything was reviewed. */
  rate: number | null;
  reviewed: number;
  /** The rate up to and including each review session, oldest first. */
  points: { date: string; rate: number }[];
}

/** One person's (or "both partners'") agreements in the period: how many, and how many were kept. */
export interface OwnerKeptRate {
  owner: string;
  made: number;
  reviewed: number;
  /** kept ÷ reviewed, partly kept counting half; null before anything was reviewed. */
  rate: number | null;
}

export interface AgreementsSection {
  /** Every agreement of the period (full report), or the open and the recently reviewed ones (concise). */
  items: ReportAgreement[];
  /** How many agreements of the period are not in `items` (concise report only). */
  leftOut: number;
  byOwner: OwnerKeptRate[];
  /** Computed by the agreements module from the same reviews the audience may see. */
  keptRate: KeptRateSummary;
}

export type SessionKind = 'intake' | 'regular' | 'evaluation' | 'checkIn' | 'closing';
export type SessionStatus = 'planned' | 'held' | 'cancelled' | 'noShow';

export interface ReportSession {
  id: string;
  date: string;
  time?: string;
  durationMinutes?: number;
  kind: SessionKind;
  status: SessionStatus;
  /** Names of who attended; for couples this tells joint from individual sessions. */
  attendees: string[];
  /** Only the shareable summary (gedeelde samenvatting) ever reaches a report. */
  summary?: string;
}

/** How much attention a band asks for (as in the questionnaire definition); picks a tint, the label says it in words. */
export type BandSeverity = 'none' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

export interface ScoreBand {
  /** Both ends inclusive, as questionnaire definitions give them (0–14, 15–27, …). */
  from: number;
  to: number;
  label: string;
  severity?: BandSeverity;
}

export interface ReportQuestionnaire {
  id: string;
  title: string;
  /** What the number is: "totaalscore", "subschaal communicatie", … */
  scoreLabel: string;
  scale: { min: number; max: number };
  bands: ScoreBand[];
  series: { respondent: string; scores: RatingPoint[] }[];
  note?: string;
}

/** A repair plan as a reader may see it: never what happened (that stays private). */
export interface ReportRepairPlan {
  title: string;
  acknowledgedOn: string | null;
  status: 'open' | 'inProgress' | 'completed';
  /** The repair actions the reader may see, with how each went. */
  actions: ReportAgreement[];
  /** The trust goals that show whether the repair holds. */
  goals: string[];
}

/** A closed 360 round about the reader, as the anonymity rule lets it be shown; every text already in the report's language. */
export interface ReportFeedback360 {
  /** The section's heading, "360-gradenfeedback". */
  heading: string;
  title: string;
  /** What the figures are and why some groups are missing, at B1. */
  intro: string;
  /** "Afgesloten op 2 december 2026 · 5 van 5 beoordelaars antwoordden" */
  meta: string;
  /** Header of each column: the trust factor, then self, the manager, the shown groups and all others. */
  columns: string[];
  /** Per trust factor: its name, then a figure with its count or why it is not shown. */
  rows: string[][];
  gapsHeading: string;
  /** The biggest gaps between self and others, in words. */
  gaps: string[];
}

export interface ClosingSection {
  remark?: string;
  nextSteps: string[];
}

export interface ReportSections {
  cover?: boolean;
  summary?: SummarySection;
  goals?: ReportGoal[];
  agreements?: AgreementsSection;
  repairPlans?: ReportRepairPlan[];
  sessions?: ReportSession[];
  /** Held sessions of the period left out of the concise timeline (the earlier ones). */
  sessionsLeftOut?: number;
  questionnaires?: ReportQuestionnaire[];
  /** 360 rounds about the reader: only in that person's own report (see canSee). */
  feedback360?: ReportFeedback360[];
  closing?: ClosingSection;
}

export interface ReportContent {
  language: ReportLanguage;
  /** How a Dutch report addresses its reader, as the practice chose: "je" (the default) or "u". */
  address?: ClientAddress;
  practice: ReportPractice;
  /** Who the report is for, as it appears on the cover: "Sanne de Vries en Ömer Yilmaz". */
  audienceLabel: string;
  trajectory: ReportTrajectory;
  period: { from: string; to: string };
  /** The day the report was made (from the core clock), shown on the cover and in the metadata. */
  createdAt: Date;
  /** Concise (what a client reads in one sitting) or full (everything of the period). */
  detail: 'concise' | 'full';
  sections: ReportSections;
}

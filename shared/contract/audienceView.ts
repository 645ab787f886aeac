import type { Audience } from '../domain/audience';
import type { ParticipantRole, TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';
import type { SessionKind, SessionStatus } from '../domain/session';
import type { RepairPlanStatus } from '../domain/goal';
import type { Agreement, KeptRateOverview } from './agreements';
import type { GoalWithSeries } from './goals';

/** What an audience may see: built by core/audience, never with private notes or private fields. */
export interface AudienceView {
  audience: Audience;
  period: { from: string | null; to: string | null };
  trajectory: {
    id: number;
    kind: TrajectoryKind;
    title: string;
    status: TrajectoryStatus;
    startDate: string | null;
    endDate: string | null;
  };
  participants: { id: number; role: ParticipantRole; displayName: string }[];
  goals: GoalWithSeries[];
  sessions: {
    id: number;
    startsAt: string;
    durationMinutes: number;
    kind: SessionKind;
    status: SessionStatus;
    attendeeIds: number[];
    individual: boolean;
    /** The shareable summary only. */
    summary: string;
  }[];
  agreements: Agreement[];
  keptRate: KeptRateOverview;
  repairPlans: {
    id: number;
    title: string;
    acknowledgedOn: string | null;
    status: RepairPlanStatus;
    agreementIds: number[];
    goalIds: number[];
  }[];
}

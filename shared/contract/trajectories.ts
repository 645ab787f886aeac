import { z } from 'zod';
import type { ParticipantRole, RetentionProfile, TrajectoryKind, TrajectoryStatus } from '../domain/trajectory';
import type { Agreement, KeptRateOverview } from './agreements';
import type { AudienceView } from './audienceView';
import type { CheckInQuestionnaire } from './checkIns';
import { method } from './define';
import { byId, changesOf, id, page, queryText, requiredText } from './fields';
import type { GoalWithSeries } from './goals';
import type { RepairPlan } from './repairPlans';
import type { Session } from './sessions';
import {
  audience,
  localDate,
  participantRole,
  period,
  retention,
  trajectoryKind,
  trajectoryStatus,
} from './workflowFields';

export interface Participant {
  id: number;
  trajectoryId: number;
  clientId: number;
  role: ParticipantRole;
  firstName: string;
  lastName: string;
  preferredName: string;
  /** Preferred (or first) name and last name, as shown in lists. */
  displayName: string;
  joinedAt: string;
  /** Set when a participant with history left the trajectory; they stay for the record. */
  removedAt: string | null;
}

export interface Trajectory {
  id: number;
  kind: TrajectoryKind;
  title: string;
  status: TrajectoryStatus;
  startDate: string | null;
  endDate: string | null;
  checkInWeeks: number | null;
  retention: { profile: RetentionProfile; years: number };
  /** The last change plus the retention term: the file may be destroyed after this date. */
  retainUntil: string;
  participants: Participant[];
  createdAt: string;
  updatedAt: string;
}

export interface TrajectoryList {
  items: Trajectory[];
  total: number;
}

/** Everything the trajectory page shows, in one call. */
export interface TrajectoryDetail {
  trajectory: Trajectory;
  sessions: Session[];
  goals: GoalWithSeries[];
  agreements: Agreement[];
  keptRate: KeptRateOverview;
  overdueAgreementIds: number[];
  repairPlans: RepairPlan[];
  /** The first planned session from today on (the dashboard's rule); null when none is planned. */
  nextSessionId: number | null;
  /** When the next check-in is due and whether that day has come; null without an interval or when not under way. */
  checkIn: { dueOn: string; overdue: boolean } | null;
  /** The check-in questionnaires with when each is next due (the same rule as the dashboard's). */
  questionnaireCheckIns: CheckInQuestionnaire[];
}

const trajectoryFields = {
  title: requiredText(200),
  status: trajectoryStatus,
  startDate: localDate.nullable(),
  endDate: localDate.nullable(),
  checkInWeeks: z.number().int().min(1).max(104).nullable(),
  retention,
};

const newParticipant = z.object({ clientId: id, role: participantRole }).strict();

export const trajectoryMethods = {
  'trajectories.list': method<TrajectoryList>()(
    z
      .object({
        query: queryText().default(''),
        status: z.enum(['open', 'intake', 'active', 'paused', 'closed', 'all']).default('open'),
        clientId: id.optional(),
        kind: trajectoryKind.optional(),
        ...page,
      })
      .strict(),
    'Trajectories, most recently changed first; "open" means not closed.',
  ),
  'trajectories.get': method<Trajectory>()(byId, 'One trajectory with its participants.'),
  'trajectories.create': method<Trajectory>()(
    z
      .object({
        kind: trajectoryKind,
        ...trajectoryFields,
        status: trajectoryStatus.default('intake'),
        startDate: localDate.nullable().default(null),
        endDate: localDate.nullable().default(null),
        checkInWeeks: trajectoryFields.checkInWeeks.default(null),
        retention: retention.default({ profile: 'wgbo' }),
        participants: z.array(newParticipant).max(50).default([]),
      })
      .strict(),
    'Start a trajectory for a client, a couple or a team.',
  ),
  'trajectories.update': method<Trajectory>()(
    changesOf(trajectoryFields).extend({ id }).strict(),
    'Change some fields of a trajectory.',
  ),
  'trajectories.addParticipant': method<Trajectory>()(
    z.object({ trajectoryId: id, clientId: id, role: participantRole }).strict(),
    'Add a client to a trajectory in a role (or bring a removed participant back).',
  ),
  'trajectories.removeParticipant': method<Trajectory>()(
    z.object({ participantId: id }).strict(),
    'Remove a participant; one with sessions, ratings or agreements is kept for the record, marked removed.',
  ),
  'trajectories.detail': method<TrajectoryDetail>()(byId, 'Everything the trajectory page shows, in one call.'),
  'trajectories.audienceView': method<AudienceView>()(
    z.object({ id, audience, period: period.optional() }).strict(),
    'What one audience may see of a trajectory: the only source for reports and client exports.',
  ),
};

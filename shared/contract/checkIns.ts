import { z } from 'zod';
import type { TrajectoryKind } from '../domain/trajectory';
import { questionnaireKey, type LocalizedText } from '../questionnaires/definition';
import { method } from './define';
import { id } from './fields';

/** How often a check-in questionnaire comes back: every calendar month, every quarter, or every so many weeks. */
export const checkInEveryOptions = ['month', 'quarter', 'weeks'] as const;
export type CheckInEvery = (typeof checkInEveryOptions)[number];

export const checkInCadence = z
  .object({
    questionnaireKey,
    every: z.enum(checkInEveryOptions),
    /** Only with every 'weeks'. */
    weeks: z.number().int().min(1).max(52).nullable().default(null),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.every === 'weeks' && c.weeks === null) ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'weeks_required' });
    if (c.every !== 'weeks' && c.weeks !== null) ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'weeks_only_with_weeks' });
  });

/** Where a check-in questionnaire stands: not yet (more than 7 days ahead), due (from 7 days before), or overdue (after the day). */
export type CheckInState = 'planned' | 'due' | 'overdue';

/** A participant asked to answer: who has answered in this round, never what. */
export interface CheckInRespondent {
  participantId: number;
  name: string;
  answered: boolean;
}

export interface CheckInQuestionnaire {
  questionnaireKey: string;
  questionnaireTitle: LocalizedText;
  /** Every item has text (its own or the practice's): it can go in a form file or client mode. */
  clientCanAnswer: boolean;
  every: CheckInEvery;
  weeks: number | null;
  /**
   * The last answer (for a couple or team: the one that completed the last round) or the start,
   * plus the interval. Null while the trajectory is not under way or has nobody to answer.
   */
  dueOn: string | null;
  state: CheckInState | null;
  /** Partners or team members (no sponsor); answered: in the round now running. */
  respondents: CheckInRespondent[];
}

/** A questionnaire that may be a check-in in this trajectory: not archived, and it fits the kind. */
export interface OfferedCheckInQuestionnaire {
  key: string;
  title: LocalizedText;
  clientCanAnswer: boolean;
}

export interface CheckInPlan {
  trajectoryId: number;
  questionnaires: CheckInQuestionnaire[];
  offered: OfferedCheckInQuestionnaire[];
}

/** One line of the dashboard's "Vragenlijsten te doen". */
export interface QuestionnaireDue extends CheckInQuestionnaire {
  trajectoryId: number;
  trajectoryTitle: string;
  trajectoryKind: TrajectoryKind;
  dueOn: string;
  state: 'due' | 'overdue';
}

export const checkInMethods = {
  'checkIns.get': method<CheckInPlan>()(
    z.object({ trajectoryId: id }).strict(),
    "A trajectory's check-in questionnaires with when each is due and who answered, and the questionnaires that may be chosen.",
  ),
  'checkIns.set': method<CheckInPlan>()(
    z
      .object({
        trajectoryId: id,
        /** The whole list: questionnaires left out stop being check-ins (their answers stay). */
        questionnaires: z
          .array(checkInCadence)
          .max(10)
          .superRefine((list, ctx) => {
            const seen = new Set<string>();
            list.forEach((c, i) => {
              if (seen.has(c.questionnaireKey)) ctx.addIssue({ code: 'custom', path: [i, 'questionnaireKey'], message: 'duplicate' });
              seen.add(c.questionnaireKey);
            });
          }),
      })
      .strict(),
    "Set which questionnaires are a trajectory's check-ins and how often: monthly, quarterly or every 1-52 weeks.",
  ),
};

import { z } from 'zod';
import type { InputOf, Trajectory } from '../../../../shared/contract';
import { id, requiredText } from '../../../../shared/contract/fields';
import { localDate, participantRole, trajectoryKind, trajectoryStatus } from '../../../../shared/contract/workflowFields';
import {
  retentionProfiles,
  roleProblem,
  rolesForKind,
  wgboRetentionYears,
  type ParticipantRole,
  type TrajectoryKind,
} from '../../../../shared/domain/trajectory';
import { optionalWholeNumber, parseNumberText, requiredWholeNumber } from './numberText';

export const pickedParticipant = z.object({ clientId: id, name: z.string(), role: participantRole }).strict();
export type PickedParticipant = z.infer<typeof pickedParticipant>;

/** Why a set of participants does not fit the kind of trajectory; null when it does. */
export type ParticipantProblem = 'participants_required' | 'role_not_for_kind' | 'role_full';

export function participantProblem(kind: TrajectoryKind, participants: readonly { role: ParticipantRole }[]): ParticipantProblem | null {
  if (participants.length === 0) return 'participants_required';
  const problems = participants.map((p, i) => roleProblem(kind, p.role, participants.slice(0, i).map((q) => q.role)));
  return problems.find((p) => p === 'role_not_for_kind') ?? problems.find((p) => p !== null) ?? null;
}

/** The role a newly picked participant gets: the kind's own role while there is room, else sponsor. */
export function defaultRole(kind: TrajectoryKind, participants: readonly { role: ParticipantRole }[]): ParticipantRole {
  const main = rolesForKind[kind][0]!;
  return roleProblem(kind, main, participants.map((p) => p.role)) === 'role_full' ? 'sponsor' : main;
}

/** After the kind changed, roles that no longer fit become the kind's own role (or sponsor when full). */
export function fitRoles(kind: TrajectoryKind, participants: readonly PickedParticipant[]): PickedParticipant[] {
  const fitted: PickedParticipant[] = [];
  for (const p of participants) {
    fitted.push(rolesForKind[kind].includes(p.role) ? p : { ...p, role: defaultRole(kind, fitted) });
  }
  return fitted;
}

const formFields = z
  .object({
    kind: trajectoryKind,
    title: requiredText(200),
    status: trajectoryStatus,
    startDate: z.union([z.literal(''), localDate]),
    checkInWeeks: optionalWholeNumber(1, 104),
    retentionProfile: z.enum(retentionProfiles),
    retentionYears: z.string(),
    participants: z.array(pickedParticipant).max(50),
  })
  .strict();

/**
 * The form as typed: numbers and dates are text until they are checked. A new trajectory brings its
 * participants along; an existing one changes them one by one, so they do not hold up the other fields.
 */
export function trajectoryFormSchema(mode: 'create' | 'edit') {
  return formFields.superRefine((values, ctx) => {
    if (values.retentionProfile === 'custom') {
      const years = requiredWholeNumber(1, 100).safeParse(values.retentionYears);
      if (!years.success) ctx.addIssue({ code: 'custom', path: ['retentionYears'], message: years.error.issues[0]!.message });
    }
    const problem = mode === 'create' ? participantProblem(values.kind, values.participants) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['participants'], message: problem });
  });
}

export type TrajectoryFormValues = z.input<typeof formFields>;

export function initialFormValues(trajectory?: Trajectory): TrajectoryFormValues {
  return {
    kind: trajectory?.kind ?? 'couple',
    title: trajectory?.title ?? '',
    status: trajectory?.status ?? 'intake',
    startDate: trajectory?.startDate ?? '',
    checkInWeeks: trajectory?.checkInWeeks != null ? String(trajectory.checkInWeeks) : '',
    retentionProfile: trajectory?.retention.profile ?? 'wgbo',
    retentionYears: trajectory?.retention.profile === 'custom' ? String(trajectory.retention.years) : '',
    participants: [],
  };
}

function commonFields(values: TrajectoryFormValues) {
  const weeks = parseNumberText(values.checkInWeeks);
  const years = parseNumberText(values.retentionYears) ?? wgboRetentionYears;
  return {
    title: values.title.trim(),
    status: values.status,
    startDate: values.startDate === '' ? null : values.startDate,
    checkInWeeks: weeks,
    retention: values.retentionProfile === 'wgbo' ? { profile: 'wgbo' as const } : { profile: 'custom' as const, years },
  };
}

export function toCreateInput(values: TrajectoryFormValues): InputOf<'trajectories.create'> {
  return {
    kind: values.kind,
    ...commonFields(values),
    participants: values.participants.map(({ clientId, role }) => ({ clientId, role })),
  };
}

export function toUpdateInput(id: number, values: TrajectoryFormValues): InputOf<'trajectories.update'> {
  return { id, ...commonFields(values) };
}

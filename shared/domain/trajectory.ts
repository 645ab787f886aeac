/** Trajectory words shared by core and screens; the order is the order they are shown in. */
export const trajectoryKinds = ['individual', 'couple', 'team'] as const;
export type TrajectoryKind = (typeof trajectoryKinds)[number];

export const trajectoryStatuses = ['intake', 'active', 'paused', 'closed'] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

export const participantRoles = ['client', 'partner', 'team_member', 'sponsor'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** Which roles fit which kind of trajectory; a sponsor (employer, referrer) fits every kind. */
export const rolesForKind: Record<TrajectoryKind, readonly ParticipantRole[]> = {
  individual: ['client', 'sponsor'],
  couple: ['partner', 'sponsor'],
  team: ['team_member', 'sponsor'],
};

/** At most this many participants of a role per kind (a couple has two partners). */
export const maxPerRole: Partial<Record<TrajectoryKind, Partial<Record<ParticipantRole, number>>>> = {
  individual: { client: 1 },
  couple: { partner: 2 },
};

/**
 * Why a participant with this role does not fit a trajectory of this kind that already has `others` (the
 * current participants' roles); null when it fits.
 */
export function roleProblem(kind: TrajectoryKind, role: ParticipantRole, others: readonly ParticipantRole[]): 'role_not_for_kind' | 'role_full' | null {
  if (!rolesForKind[kind].includes(role)) return 'role_not_for_kind';
  const max = maxPerRole[kind]?.[role];
  return max !== undefined && others.filter((r) => r === role).length >= max ? 'role_full' : null;
}

/** An agreement for everyone ("beide partners", "alle deelnemers") exists where more than one client takes part. */
export function hasEveryoneOwner(kind: TrajectoryKind): boolean {
  return kind !== 'individual';
}

export const retentionProfiles = ['wgbo', 'custom'] as const;
export type RetentionProfile = (typeof retentionProfiles)[number];

/** WGBO art. 7:454: keep the file 20 years after the last change. */
export const wgboRetentionYears = 20;

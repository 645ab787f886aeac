import type { Agreement, Backup, Client, Dashboard, Goal, Participant, Session, SessionWorkspace, TrajectoryDetail } from '../../shared/contract';

export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 1,
    firstName: 'Anneke',
    lastName: 'van den Berg',
    preferredName: '',
    dateOfBirth: '',
    email: '',
    phone: '',
    address: '',
    language: 'nl',
    createdAt: '2026-11-27T10:00:00.000Z',
    updatedAt: '2026-11-27T10:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}

export function makeBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    path: '/home/marloes/.config/Traject/vault/backups/traject-2026-12-01T1705.backup',
    fileName: 'traject-2026-12-01T1705.backup',
    createdAt: '2026-12-01T17:05:00', // local time: the test reads the same clock in any time zone
    bytes: 12_400_000,
    reason: 'daily',
    counts: { clients: 48, trajectories: 61, sessions: 1_204 },
    schemaVersion: 9,
    opensWithCurrentKey: true,
    sameVault: true,
    ...overrides,
  };
}

export function makeParticipant(id: number, firstName: string, lastName: string): Participant {
  return {
    id,
    trajectoryId: 1,
    clientId: id,
    role: 'partner',
    firstName,
    lastName,
    preferredName: '',
    displayName: `${firstName} ${lastName}`,
    joinedAt: '2026-10-01T10:00:00.000Z',
    removedAt: null,
  };
}

export function makeWorkspace(attendees: Participant[], status: Session['status'] = 'planned'): SessionWorkspace {
  const session = makeSession({
    status,
    attendeeIds: attendees.map((p) => p.id),
    individualFor: attendees.length === 1 ? attendees[0]!.id : null,
  });
  return {
    session,
    trajectory: { id: 1, kind: 'couple', title: 'Sanne en Mark', status: 'active' },
    attendees,
    audience: session.individualFor ? { kind: 'participant', participantId: session.individualFor } : { kind: 'joint' },
    agreementsToReview: [],
    agreementsMade: [],
    selfReports: [],
    goals: [],
    notes: { sessionId: 41, templateKey: 'regular', summary: '', privateNotes: '', finalisedAt: null, version: 0, updatedAt: null, emptyHeadings: { summary: [], privateNotes: [] } },
    template: { key: 'regular', name: 'Reguliere sessie', description: '', sections: [], skeleton: { summary: '', privateNotes: '' } },
  };
}

export function makeCoupleDetail(participants: Participant[] = [makeParticipant(1, 'Sanne', 'de Wit'), makeParticipant(2, 'Mark', 'Jansen')]): TrajectoryDetail {
  return {
    trajectory: {
      id: 1,
      kind: 'couple',
      title: 'Sanne en Mark',
      status: 'active',
      startDate: '2026-11-01',
      endDate: null,
      checkInWeeks: null,
      retention: { profile: 'wgbo', years: 20 },
      retainUntil: '2046-11-27',
      participants,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
    },
    sessions: [],
    goals: [],
    agreements: [],
    keptRate: { overall: { owner: null, points: [], reviewed: 0, rate: null }, byOwner: [] },
    overdueAgreementIds: [],
    repairPlans: [],
    nextSessionId: null,
    checkIn: null,
    questionnaireCheckIns: [],
  };
}

export function makeAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 7,
    trajectoryId: 1,
    madeInSessionId: 2,
    madeOn: '2026-11-24',
    owner: { kind: 'participant', participantId: 11 },
    text: 'Mark belt als hij later thuiskomt dan afgesproken',
    due: { kind: 'next_session' },
    review: null,
    replacedById: null,
    replacesId: null,
    repairPlanIds: [],
    amendedAt: null,
    createdAt: '2026-11-24T14:00:00.000Z',
    updatedAt: '2026-11-24T14:00:00.000Z',
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 5,
    trajectoryId: 1,
    title: 'Eerlijk vertellen waar je bent',
    description: '',
    trustFactor: 'transparency',
    scale: { min: 0, max: 10 },
    baseline: 3,
    target: 8,
    status: 'active',
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
    ...overrides,
  };
}

export function makeDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2026-11-27',
    weekStart: '2026-11-23',
    weekEnd: '2026-11-29',
    sessionsToday: [],
    sessionsThisWeek: [],
    agreementsDue: { items: [], total: 0 },
    checkInsDue: [],
    questionnairesDue: [],
    recentlyChanged: [],
    ...overrides,
  };
}

export function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 41,
    trajectoryId: 1,
    startsAt: '2026-12-01T14:00',
    durationMinutes: 50,
    kind: 'regular',
    status: 'planned',
    attendeeIds: [11, 12],
    individualFor: null,
    finalisedAt: null,
    startedAt: null,
    seriesId: null,
    hasNotes: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export const sessionStatuses = ['planned', 'held', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** What a session shows as: its status, or in progress ("bezig") once "Sessie starten" was pressed. */
export type SessionProgress = SessionStatus | 'in_progress';

/** A planned session that was started is in progress; it is held only once finalised (or marked held). */
export function sessionProgress(session: { status: SessionStatus; startedAt: string | null }): SessionProgress {
  return session.status === 'planned' && session.startedAt !== null ? 'in_progress' : session.status;
}

export const sessionKinds = ['intake', 'regular', 'evaluation', 'check_in', 'closing'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const noteTemplateKeys = ['intake', 'regular', 'trust_repair', 'evaluation', 'closing'] as const;
export type NoteTemplateKey = (typeof noteTemplateKeys)[number];

/** The template a new session's notes start from, by session kind. */
export const defaultTemplateForKind: Record<SessionKind, NoteTemplateKey> = {
  intake: 'intake',
  regular: 'regular',
  evaluation: 'evaluation',
  check_in: 'regular',
  closing: 'closing',
};

export const noteVersionKinds = ['final', 'amendment'] as const;
export type NoteVersionKind = (typeof noteVersionKinds)[number];

export const sessionStatuses = ['planned', 'held', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

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

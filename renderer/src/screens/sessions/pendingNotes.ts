import type { NoteTemplateKey } from '../../../../shared/domain/session';

/**
 * Note text typed but not yet stored in the vault. Kept in memory only, never in localStorage or
 * anywhere on disk (it is client data outside the encrypted vault otherwise), so that text typed
 * just before the vault locks survives the lock screen and is saved after unlocking.
 */
export interface PendingNotes {
  sessionId: number;
  startsAt: string;
  /** A draft is saved by itself after unlocking; an amendment waits for its reason and the practitioner. */
  mode: 'draft' | 'amendment';
  summary: string;
  privateNotes: string;
  templateKey: NoteTemplateKey;
  reason: string;
}

const pending = new Map<number, PendingNotes>();
/** Sessions whose notes editor is on screen: that editor saves its own text. */
const claimed = new Set<number>();

export function keepPending(notes: PendingNotes): void {
  pending.set(notes.sessionId, notes);
}

export function pendingFor(sessionId: number): PendingNotes | undefined {
  return pending.get(sessionId);
}

/** Forget the pending text once it is stored, unless it changed again meanwhile. */
export function settlePending(saved: PendingNotes): void {
  const current = pending.get(saved.sessionId);
  if (current && current.summary === saved.summary && current.privateNotes === saved.privateNotes && current.templateKey === saved.templateKey) {
    pending.delete(saved.sessionId);
  }
}

export function dropPending(sessionId: number): void {
  pending.delete(sessionId);
}

export function claimPending(sessionId: number): void {
  claimed.add(sessionId);
}

export function releasePending(sessionId: number): void {
  claimed.delete(sessionId);
}

/** Drafts no editor on screen is looking after. */
export function unclaimedDrafts(): PendingNotes[] {
  return [...pending.values()].filter((p) => p.mode === 'draft' && !claimed.has(p.sessionId));
}

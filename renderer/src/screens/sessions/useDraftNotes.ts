import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteTemplateKey } from '../../../../shared/domain/session';
import type { ApiError } from '../../../../shared/errors';
import { useWrite } from '../../api/useWrite';
import { claimPending, keepPending, releasePending, settlePending, type PendingNotes } from './pendingNotes';

export interface NoteText {
  summary: string;
  privateNotes: string;
  templateKey: NoteTemplateKey;
}

export type DraftStatus =
  | { kind: 'clean'; savedAt: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'locked' }
  | { kind: 'failed'; error: ApiError };

/** A pause in typing this long saves the draft. */
export const autosaveDelayMs = 1000;

interface DraftNotes {
  text: NoteText;
  status: DraftStatus;
  change: (patch: Partial<NoteText>) => void;
  /** Save now (waits for a save in flight first); true when everything typed is in the vault. */
  saveNow: () => Promise<boolean>;
}

/**
 * Draft notes that save themselves: debounced while typing, at once when leaving, one save at a
 * time in order. Every keystroke is also kept in memory (pendingNotes) until the vault has it, so a
 * lock in between loses nothing: the text is saved after unlocking.
 */
export function useDraftNotes(
  session: { id: number; startsAt: string },
  initial: NoteText,
  options: { restored: boolean; savedAt: string | null },
): DraftNotes {
  const write = useWrite();
  const sessionId = session.id;
  const [text, setText] = useState(() => {
    claimPending(sessionId); // before any effect runs, so the after-unlock saver leaves this one to us
    return initial;
  });
  const [status, setStatus] = useState<DraftStatus>(
    options.restored ? { kind: 'dirty' } : { kind: 'clean', savedAt: options.savedAt },
  );
  const latest = useRef(initial);
  const dirty = useRef(options.restored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  const pendingOf = useCallback(
    (notes: NoteText): PendingNotes => ({ sessionId, startsAt: session.startsAt, mode: 'draft', reason: '', ...notes }),
    [sessionId, session.startsAt],
  );

  const saveNow = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(async () => {
      if (!dirty.current) return true;
      const snapshot = latest.current;
      dirty.current = false;
      setStatus({ kind: 'saving' });
      const result = await write('sessions.saveNotes', { id: sessionId, ...snapshot });
      if (result.ok) {
        settlePending(pendingOf(snapshot));
        if (!dirty.current) setStatus({ kind: 'clean', savedAt: result.value.updatedAt });
        return !dirty.current;
      }
      dirty.current = true;
      setStatus(result.error.code === 'VAULT_LOCKED' ? { kind: 'locked' } : { kind: 'failed', error: result.error });
      return false;
    });
    return queue.current;
  }, [write, sessionId, pendingOf]);

  const change = useCallback(
    (patch: Partial<NoteText>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      dirty.current = true;
      keepPending(pendingOf(next));
      setText(next);
      setStatus({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), autosaveDelayMs);
    },
    [pendingOf, saveNow],
  );

  // A restored draft (typed before a lock) is saved straight away.
  useEffect(() => {
    if (options.restored) void saveNow();
    // Only on arrival: `restored` describes how this editor started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Leaving the screen (or the vault locking) saves what is left; if that fails it stays in memory.
  useEffect(() => {
    claimPending(sessionId);
    return () => {
      releasePending(sessionId);
      if (dirty.current) void saveNow();
    };
  }, [sessionId, saveNow]);

  return { text, status, change, saveNow };
}

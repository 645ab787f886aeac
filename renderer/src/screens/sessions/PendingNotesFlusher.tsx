import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrite } from '../../api/useWrite';
import { useNotify } from '../../ui/Toasts';
import { settlePending, unclaimedDrafts } from './pendingNotes';
import { formatDayAndTime } from '../../i18n/format';

/**
 * Right after unlocking: note drafts typed just before the vault locked, and not yet stored, are
 * saved now, and the practitioner is told. Drafts whose session is open on screen are left to it.
 */
export function PendingNotesFlusher() {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const drafts = unclaimedDrafts();
    void (async () => {
      for (const draft of drafts) {
        const { sessionId, summary, privateNotes, templateKey } = draft;
        const result = await write('sessions.saveNotes', { id: sessionId, summary, privateNotes, templateKey });
        const session = formatDayAndTime(draft.startsAt, i18n.language);
        if (result.ok) {
          settlePending(draft);
          notify(t('sessions.notes.savedAfterUnlock', { session }));
        } else if (result.error.code !== 'VAULT_LOCKED') {
          notify(t('sessions.notes.notSavedAfterUnlock', { session }), 'info');
        }
      }
    })();
  }, [write, notify, t, i18n.language]);

  return null;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionNotes, SessionWorkspace } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { formatDate, formatInstantTime } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useFetchRead } from '../../api/useRead';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { EmptyHeadingsWarning } from './EmptyHeadingsWarning';
import { dropPending } from './pendingNotes';

interface FinaliseSectionProps {
  workspace: SessionWorkspace;
  /** Stores the draft notes first; false when they could not be saved (the notes section says why). */
  saveNotes: () => Promise<boolean>;
}

/** Step 6, at the end of the session: finalise the notes (core decides whether the session may be finalised now). */
export function FinaliseSection({ workspace, saveNotes }: FinaliseSectionProps) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  // What finalising would leave empty is asked on the button, after the notes are saved: a click-style read.
  const fetchRead = useFetchRead();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  // Template headings left empty in the saved notes, as core finds them when the practitioner asks to finalise.
  const [empty, setEmpty] = useState<SessionNotes['emptyHeadings'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { session, notes } = workspace;

  // The notes are saved first, so the warning speaks of what will be finalised.
  const ask = async () => {
    setFailure(null);
    setBusy(true);
    const saved = await saveNotes();
    const current = saved ? await fetchRead('sessions.get', { id: session.id }) : null;
    setBusy(false);
    if (!current) return;
    if (!current.ok) {
      setFailure(current.error);
      return;
    }
    setEmpty(current.value.notes.emptyHeadings);
    setAsking(true);
  };

  const finalise = async () => {
    setFailure(null);
    setBusy(true);
    const saved = await saveNotes();
    const result = saved ? await write('sessions.finalise', { id: session.id }) : null;
    setBusy(false);
    if (!result) return;
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    dropPending(session.id);
    notify(t('sessions.notes.finalisedToast'));
  };

  return (
    <section className="card workspace-section finalise-section" aria-labelledby="finalise-title">
      <h2 id="finalise-title">{t('sessions.finalise.title')}</h2>
      {notes.finalisedAt ? (
        <p>
          {t('sessions.notes.finalisedOn', {
            date: formatDate(notes.finalisedAt, i18n.language),
            time: formatInstantTime(notes.finalisedAt, i18n.language),
          })}
        </p>
      ) : (
        <>
          <p className="muted">{t('sessions.finalise.intro')}</p>
          {failure && (
            <Notice tone="error">{failure.reason === 'session_planned' ? t('sessions.notes.needsHeld') : apiErrorText(t, failure)}</Notice>
          )}
          <Button variant="primary" icon="check" disabled={busy} onClick={() => void ask()}>
            {t('sessions.notes.finalise')}
          </Button>
          <ConfirmDialog
            open={asking}
            onOpenChange={setAsking}
            title={t('sessions.notes.finaliseTitle')}
            description={t('sessions.notes.finaliseText')}
            details={empty && <EmptyHeadingsWarning empty={empty} />}
            confirmLabel={t('sessions.notes.finalise')}
            onConfirm={() => void finalise()}
          />
        </>
      )}
    </section>
  );
}

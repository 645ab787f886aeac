import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate, Session, SessionNotes } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { formatDate, formatInstantTime } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { NoteFields } from './NoteFields';
import { NoteHistoryDialog } from './NoteHistoryDialog';
import { dropPending, keepPending, pendingFor } from './pendingNotes';

interface FinalisedNotesProps {
  session: Session;
  notes: SessionNotes;
  template: NoteTemplate;
}

/** Finalised notes: read as they stand; a change is an amendment with a reason, and every version stays. */
export function FinalisedNotes({ session, notes, template }: FinalisedNotesProps) {
  const { t, i18n } = useTranslation();
  const [amending, setAmending] = useState(() => pendingFor(session.id)?.mode === 'amendment');
  const [historyOpen, setHistoryOpen] = useState(false);
  const finalisedAt = notes.finalisedAt ?? '';

  return (
    <>
      <p className="finalised-line">
        <Icon name="check" />
        {t('sessions.notes.finalisedOn', {
          date: formatDate(finalisedAt, i18n.language),
          time: formatInstantTime(finalisedAt, i18n.language),
        })}
        {notes.version > 1 && <span className="muted"> · {t('sessions.notes.amendments', { count: notes.version - 1 })}</span>}
      </p>
      {amending ? (
        <AmendNotesEditor
          session={session}
          notes={notes}
          template={template}
          onDone={() => setAmending(false)}
        />
      ) : (
        <>
          <div className="note-fields">
            <section className="note-field note-shareable" aria-labelledby="final-summary">
              <h3 id="final-summary" className="note-label">
                <Icon name="people" />
                {t('sessions.notes.summary')}
              </h3>
              <p className="field-hint">{t('sessions.notes.summaryHint')}</p>
              <p className="note-text note-read">{notes.summary || t('sessions.history.empty')}</p>
            </section>
            <section className="note-field note-private private-zone" aria-labelledby="final-private">
              <h3 id="final-private" className="note-label">
                <Icon name="lock" />
                {t('sessions.notes.private')}
              </h3>
              <p className="field-hint">{t('sessions.notes.privateHint')}</p>
              <p className="note-text note-read">{notes.privateNotes || t('sessions.history.empty')}</p>
            </section>
          </div>
          <div className="form-actions">
            <Button icon="plus" onClick={() => setAmending(true)}>
              {t('sessions.notes.amend')}
            </Button>
            <Button variant="quiet" onClick={() => setHistoryOpen(true)}>
              {t('sessions.notes.history', { count: notes.version })}
            </Button>
          </div>
        </>
      )}
      <NoteHistoryDialog sessionId={session.id} open={historyOpen} onOpenChange={setHistoryOpen} />
    </>
  );
}

interface AmendNotesEditorProps {
  session: Session;
  notes: SessionNotes;
  template: NoteTemplate;
  onDone: (amended: boolean) => void;
}

/** An amendment is saved on purpose, with a reason; until then the text is only kept in memory. */
function AmendNotesEditor({ session, notes, template, onDone }: AmendNotesEditorProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [start] = useState(() => {
    const pending = pendingFor(session.id);
    return pending?.mode === 'amendment' ? pending : null;
  });
  const [summary, setSummary] = useState(start?.summary ?? notes.summary);
  const [privateNotes, setPrivateNotes] = useState(start?.privateNotes ?? notes.privateNotes);
  const [reason, setReason] = useState(start?.reason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const reasonField = useRef<HTMLInputElement>(null);

  const remember = (patch: { summary?: string; privateNotes?: string; reason?: string }) => {
    const next = { summary, privateNotes, reason, ...patch };
    keepPending({ sessionId: session.id, startsAt: session.startsAt, mode: 'amendment', templateKey: notes.templateKey, ...next });
  };

  const save = async () => {
    setFailure(null);
    const missing = reason.trim() === '';
    setReasonMissing(missing);
    if (missing) {
      reasonField.current?.focus();
      return;
    }
    setSaving(true);
    const result = await write('sessions.amend', { id: session.id, summary, privateNotes, reason: reason.trim() });
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    dropPending(session.id);
    notify(t('sessions.notes.amendedToast', { version: result.value.version }));
    onDone(true);
  };

  return (
    <div className="amend-editor">
      {start && <Notice tone="info">{t('sessions.notes.restoredAmendment')}</Notice>}
      <Notice tone="info">{t('sessions.notes.amendIntro')}</Notice>
      <NoteFields
        summary={summary}
        privateNotes={privateNotes}
        sections={template.sections}
        onChange={(patch) => {
          if (patch.summary !== undefined) setSummary(patch.summary);
          if (patch.privateNotes !== undefined) setPrivateNotes(patch.privateNotes);
          remember(patch);
        }}
      />
      <TextField
        ref={reasonField}
        label={t('sessions.notes.amendReason')}
        hint={t('sessions.notes.amendReasonHint')}
        required
        maxLength={500}
        value={reason}
        error={reasonMissing ? t('validation.required', { field: t('sessions.notes.amendReason') }) : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          remember({ reason: event.target.value });
        }}
      />
      {failure && (
        <Notice tone="error">{failure.reason === 'no_change' ? t('sessions.notes.noChange') : apiErrorText(t, failure)}</Notice>
      )}
      <div className="form-actions">
        <Button variant="primary" icon="check" disabled={saving} onClick={() => void save()}>
          {t('sessions.notes.amendSave')}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            dropPending(session.id);
            onDone(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

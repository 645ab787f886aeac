import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate, Session, SessionNotes } from '../../../../shared/contract';
import type { NoteTemplateKey } from '../../../../shared/domain/session';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useCall } from '../../session/SessionContext';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { DraftStatusLine } from './DraftStatusLine';
import { NoteFields } from './NoteFields';
import { dropPending, pendingFor } from './pendingNotes';
import { useDraftNotes, type NoteText } from './useDraftNotes';

/** Put a template's headings under what is already written. */
function appendHeadings(text: string, skeleton: string): string {
  if (skeleton === '') return text;
  return text.trim() === '' ? skeleton : `${text.trimEnd()}\n\n${skeleton}`;
}

function isUntouched(text: NoteText, skeleton: NoteTemplate['skeleton'] | undefined): boolean {
  const same = (typed: string, start: string | undefined) => typed.trim() === '' || typed === start;
  return same(text.summary, skeleton?.summary) && same(text.privateNotes, skeleton?.privateNotes);
}

/** Where the editor starts: text kept from before a lock, else the stored draft, else the template's headings. */
function startingText(notes: SessionNotes, template: NoteTemplate): { text: NoteText; restored: boolean } {
  const pending = pendingFor(notes.sessionId);
  if (pending?.mode === 'draft') {
    return { text: { summary: pending.summary, privateNotes: pending.privateNotes, templateKey: pending.templateKey }, restored: true };
  }
  const neverWritten = notes.updatedAt === null && notes.summary === '' && notes.privateNotes === '';
  return {
    text: {
      summary: neverWritten ? template.skeleton.summary : notes.summary,
      privateNotes: neverWritten ? template.skeleton.privateNotes : notes.privateNotes,
      templateKey: notes.templateKey,
    },
    restored: false,
  };
}

interface DraftNotesEditorProps {
  session: Session;
  notes: SessionNotes;
  template: NoteTemplate;
  templates: readonly NoteTemplate[];
  onFinalised(): void;
}

/** Notes while the session is still open: a template, two fields that save themselves, and "finalise". */
export function DraftNotesEditor({ session, notes, template, templates, onFinalised }: DraftNotesEditorProps) {
  const { t } = useTranslation();
  const call = useCall();
  const notify = useNotify();
  const [start] = useState(() => startingText(notes, template));
  const draft = useDraftNotes(session, start.text, { restored: start.restored, savedAt: notes.updatedAt });
  const [askHeadings, setAskHeadings] = useState<NoteTemplate | null>(null);
  const [askFinalise, setAskFinalise] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [finalising, setFinalising] = useState(false);

  const current = templates.find((tpl) => tpl.key === draft.text.templateKey) ?? template;
  const chooseTemplate = (key: NoteTemplateKey) => {
    const next = templates.find((tpl) => tpl.key === key);
    if (!next) return;
    if (isUntouched(draft.text, current.skeleton)) {
      draft.change({ templateKey: key, summary: next.skeleton.summary, privateNotes: next.skeleton.privateNotes });
    } else {
      setAskHeadings(next);
    }
  };

  const finalise = async () => {
    setFailure(null);
    setFinalising(true);
    const saved = await draft.saveNow();
    const result = saved ? await call('sessions.finalise', { id: session.id }) : null;
    setFinalising(false);
    if (!result) return; // the status line already says why the text could not be saved
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    dropPending(session.id);
    notify(t('sessions.notes.finalisedToast'));
    onFinalised();
  };

  const planned = session.status === 'planned';
  return (
    <>
      {start.restored && <Notice tone="info">{t('sessions.notes.restored')}</Notice>}
      <SelectField
        label={t('sessions.notes.template')}
        hint={current.description}
        className="template-field"
        value={draft.text.templateKey}
        onChange={(event) => chooseTemplate(event.target.value as NoteTemplateKey)}
      >
        {templates.map((tpl) => (
          <option key={tpl.key} value={tpl.key}>
            {tpl.name}
          </option>
        ))}
      </SelectField>
      <NoteFields summary={draft.text.summary} privateNotes={draft.text.privateNotes} sections={current.sections} onChange={draft.change} />
      <DraftStatusLine status={draft.status} onRetry={() => void draft.saveNow()} />
      {failure && <Notice tone="error">{failure.reason === 'session_planned' ? t('sessions.notes.needsHeld') : apiErrorText(t, failure)}</Notice>}
      <div className="form-actions">
        <Button variant="primary" icon="check" disabled={planned || finalising} onClick={() => setAskFinalise(true)}>
          {t('sessions.notes.finalise')}
        </Button>
        {planned && <p className="muted small">{t('sessions.notes.needsHeld')}</p>}
      </div>
      <ConfirmDialog
        open={askFinalise}
        onOpenChange={setAskFinalise}
        title={t('sessions.notes.finaliseTitle')}
        description={t('sessions.notes.finaliseText')}
        confirmLabel={t('sessions.notes.finalise')}
        onConfirm={() => void finalise()}
      />
      <ConfirmDialog
        open={askHeadings !== null}
        onOpenChange={(open) => {
          if (!open) setAskHeadings(null);
        }}
        title={t('sessions.notes.headingsTitle')}
        description={t('sessions.notes.headingsText', { name: askHeadings?.name ?? '' })}
        confirmLabel={t('sessions.notes.headingsConfirm')}
        onConfirm={() => {
          if (!askHeadings) return;
          draft.change({
            templateKey: askHeadings.key,
            summary: appendHeadings(draft.text.summary, askHeadings.skeleton.summary),
            privateNotes: appendHeadings(draft.text.privateNotes, askHeadings.skeleton.privateNotes),
          });
          setAskHeadings(null);
        }}
      />
    </>
  );
}

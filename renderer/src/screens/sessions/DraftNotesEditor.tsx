import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate, Session, SessionNotes } from '../../../../shared/contract';
import type { NoteTemplateKey } from '../../../../shared/domain/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { DraftStatusLine } from './DraftStatusLine';
import { NoteFields } from './NoteFields';
import { pendingFor } from './pendingNotes';
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
  /** Filled in with this editor's "save now", so that finalising at the end of the page stores the text first. */
  saver: RefObject<(() => Promise<boolean>) | null>;
}

/** Notes while the session is still open: a template and two fields that save themselves. */
export function DraftNotesEditor({ session, notes, template, templates, saver }: DraftNotesEditorProps) {
  const { t } = useTranslation();
  const [start] = useState(() => startingText(notes, template));
  const draft = useDraftNotes(session, start.text, { restored: start.restored, savedAt: notes.updatedAt });
  const { saveNow } = draft;
  useEffect(() => {
    saver.current = saveNow;
    return () => {
      saver.current = null;
    };
  }, [saver, saveNow]);
  const [askHeadings, setAskHeadings] = useState<NoteTemplate | null>(null);

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

import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate, SessionWorkspace } from '../../../../shared/contract';
import { DraftNotesEditor } from './DraftNotesEditor';
import { FinalisedNotes } from './FinalisedNotes';

interface SessionNotesSectionProps {
  workspace: SessionWorkspace;
  templates: readonly NoteTemplate[];
  saver: RefObject<(() => Promise<boolean>) | null>;
}

/** Step 3: the notes, a draft until the session is finalised, amendments after. */
export function SessionNotesSection({ workspace, templates, saver }: SessionNotesSectionProps) {
  const { t } = useTranslation();
  const { session, notes, template } = workspace;
  return (
    <section className="card workspace-section" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('sessions.notes.title')}</h2>
      {notes.finalisedAt ? (
        <FinalisedNotes key={notes.version} session={session} notes={notes} template={template} />
      ) : (
        <DraftNotesEditor
          key={session.id}
          session={session}
          notes={notes}
          template={template}
          templates={templates.length > 0 ? templates : [template]}
          saver={saver}
        />
      )}
    </section>
  );
}

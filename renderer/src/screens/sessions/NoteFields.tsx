import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplateSection } from '../../../../shared/contract';
import { Icon } from '../../ui/Icon';

interface NoteFieldsProps {
  summary: string;
  privateNotes: string;
  sections: readonly NoteTemplateSection[];
  onChange: (patch: { summary?: string; privateNotes?: string }) => void;
  readOnly?: boolean;
}

/** The template's headings with their hints, as a reminder next to a field. */
function SectionHints({ sections }: { sections: readonly NoteTemplateSection[] }) {
  if (sections.length === 0) return null;
  return (
    <ul className="section-hints">
      {sections.map((section) => (
        <li key={section.key}>
          <strong>{section.heading}</strong> {section.hint}
        </li>
      ))}
    </ul>
  );
}

/**
 * The two kinds of notes side by side and unmistakably different: the shareable summary (may reach
 * a report) plain, the private notes with a lock and a tinted background (never in a report).
 */
export function NoteFields({ summary, privateNotes, sections, onChange, readOnly }: NoteFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="note-fields">
      <div className="note-field note-shareable">
        <label htmlFor={`${id}-summary`} className="field-label note-label">
          <Icon name="people" />
          {t('sessions.notes.summary')}
        </label>
        <p id={`${id}-summary-hint`} className="field-hint">
          {t('sessions.notes.summaryHint')}
        </p>
        <textarea
          id={`${id}-summary`}
          rows={8}
          maxLength={50_000}
          value={summary}
          readOnly={readOnly}
          aria-describedby={`${id}-summary-hint`}
          onChange={(event) => onChange({ summary: event.target.value })}
        />
        {!readOnly && <SectionHints sections={sections.filter((s) => s.target === 'summary')} />}
      </div>
      <div className="note-field note-private private-zone">
        <label htmlFor={`${id}-private`} className="field-label note-label">
          <Icon name="lock" />
          {t('sessions.notes.private')}
        </label>
        <p id={`${id}-private-hint`} className="field-hint">
          {t('sessions.notes.privateHint')}
        </p>
        <textarea
          id={`${id}-private`}
          rows={8}
          maxLength={100_000}
          value={privateNotes}
          readOnly={readOnly}
          aria-describedby={`${id}-private-hint`}
          onChange={(event) => onChange({ privateNotes: event.target.value })}
        />
        {!readOnly && <SectionHints sections={sections.filter((s) => s.target === 'private')} />}
      </div>
    </div>
  );
}

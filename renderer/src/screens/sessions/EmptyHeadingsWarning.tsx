import { useTranslation } from 'react-i18next';
import type { SessionNotes } from '../../../../shared/contract';
import { Notice } from '../../ui/Notice';

/** Before finalising: which template headings have nothing under them, per field; nothing when all are filled in. */
export function EmptyHeadingsWarning({ empty }: { empty: SessionNotes['emptyHeadings'] }) {
  const { t } = useTranslation();
  const fields = [
    { key: 'summary', label: t('sessions.notes.emptyHeadings.summary'), headings: empty.summary },
    { key: 'privateNotes', label: t('sessions.notes.emptyHeadings.privateNotes'), headings: empty.privateNotes },
  ].filter((field) => field.headings.length > 0);
  if (fields.length === 0) return null;
  return (
    <Notice tone="info">
      <p>{t('sessions.notes.emptyHeadings.intro')}</p>
      <ul className="empty-headings">
        {fields.map((field) => (
          <li key={field.key}>
            {field.label}: {field.headings.join(', ')}
          </li>
        ))}
      </ul>
      {empty.summary.length > 0 && <p>{t('sessions.notes.emptyHeadings.report')}</p>}
    </Notice>
  );
}

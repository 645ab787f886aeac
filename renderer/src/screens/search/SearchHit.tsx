import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import type { SearchEntry } from './searchEntries';
import { SnippetText } from './SnippetText';

/** What one hit shows: where it is, whether it is private, and the words around the match. */
export function SearchHit({ entry }: { entry: SearchEntry }) {
  const { t } = useTranslation();
  return (
    <span className="hit-body">
      <span className="hit-head">
        <span className="hit-title">{entry.title}</span>
        {entry.private && (
          <span className="private-tag">
            <Icon name="lock" />
            {t('search.privateTag')}
          </span>
        )}
        {entry.archived && <span className="badge">{t('search.archived')}</span>}
      </span>
      <span className="hit-context">{entry.context}</span>
      <SnippetText snippet={entry.snippet} />
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

interface ClientsEmptyStateProps {
  query: string;
  hasArchived: boolean;
}

/** What to do next when the list is empty: add a first client, search differently, or look in the archive.
 * The one button for it is the screen's own 'New client'. */
export function ClientsEmptyState({ query, hasArchived }: ClientsEmptyStateProps) {
  const { t } = useTranslation();
  if (query) {
    return (
      <div className="empty-state" role="status">
        <Icon name="search" />
        <h2>{t('clients.noResultsTitle')}</h2>
        <p>{t('clients.noResultsText', { query })}</p>
      </div>
    );
  }
  return (
    <div className="empty-state" role="status">
      <Icon name="people" />
      <h2>{hasArchived ? t('clients.noResultsTitle') : t('clients.emptyTitle')}</h2>
      <p>{hasArchived ? t('clients.noActiveText') : t('clients.emptyText')}</p>
    </div>
  );
}

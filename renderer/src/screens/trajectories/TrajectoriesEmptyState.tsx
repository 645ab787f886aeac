import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { useNavigate } from '../shell/navigation';

interface TrajectoriesEmptyStateProps {
  filtered: boolean;
  anyTrajectory: boolean;
  anyClient: boolean;
}

/** What to do next: add a client first, start a first trajectory, or loosen the filters. */
export function TrajectoriesEmptyState({ filtered, anyTrajectory, anyClient }: TrajectoriesEmptyStateProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (anyTrajectory) {
    return (
      <div className="empty-state" role="status">
        <Icon name="search" />
        <h2>{t('trajectories.list.noResultsTitle')}</h2>
        <p>{filtered ? t('trajectories.list.noResultsText') : t('trajectories.list.noOpenText')}</p>
      </div>
    );
  }
  return (
    <div className="empty-state" role="status">
      <Icon name="route" />
      <h2>{t('trajectories.list.emptyTitle')}</h2>
      <p>{anyClient ? t('trajectories.list.emptyText') : t('trajectories.list.noClientsText')}</p>
      {!anyClient && (
        <div className="empty-state-actions">
          <Button icon="people" onClick={() => navigate({ screen: 'client', id: 'new' })}>
            {t('trajectories.list.addClient')}
          </Button>
        </div>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { trajectoryKinds, trajectoryStatuses } from '../../../../shared/domain/trajectory';
import { ToolbarSearch } from '../../ui/ToolbarSearch';
import type { TrajectoryListState } from '../shell/navigation';

interface TrajectoryListToolbarProps {
  search: string;
  onSearch: (text: string) => void;
  state: TrajectoryListState;
  onChange: (patch: Partial<TrajectoryListState>) => void;
}

/** Search by title or name, and narrow by status and kind. */
export function TrajectoryListToolbar({ search, onSearch, state, onChange }: TrajectoryListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="toolbar trajectory-toolbar" role="search">
      <ToolbarSearch
        id="trajectory-search"
        label={t('trajectories.list.search')}
        hint={t('trajectories.list.searchHint')}
        value={search}
        onSearch={onSearch}
      />
      <div className="field">
        <label htmlFor="trajectory-status" className="field-label">
          {t('trajectories.list.status')}
        </label>
        <select
          id="trajectory-status"
          value={state.status}
          onChange={(event) => onChange({ status: event.target.value as TrajectoryListState['status'] })}
        >
          <option value="open">{t('trajectories.list.statusOpen')}</option>
          {trajectoryStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`trajectories.status.${status}`)}
            </option>
          ))}
          <option value="all">{t('trajectories.list.statusAll')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="trajectory-kind" className="field-label">
          {t('trajectories.list.kind')}
        </label>
        <select
          id="trajectory-kind"
          value={state.kind}
          onChange={(event) => onChange({ kind: event.target.value as TrajectoryListState['kind'] })}
        >
          <option value="all">{t('trajectories.list.kindAll')}</option>
          {trajectoryKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`trajectories.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

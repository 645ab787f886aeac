import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useSearchText } from '../../ui/useSearchText';
import { useNavigate, type TrajectoryListState } from '../shell/navigation';
import { ariaShortcut, shortcutLabel } from '../shell/shortcuts';
import { useCommandKey } from '../shell/useCommandKey';
import { TrajectoriesEmptyState } from './TrajectoriesEmptyState';
import { TrajectoryListToolbar } from './TrajectoryListToolbar';
import { TrajectoryTable } from './TrajectoryTable';
import { Pager } from '../clients/Pager';
import { pageSize, useTrajectoryList } from './useTrajectoryList';
import '../../styles/trajectories.css';

export const startListState: TrajectoryListState = { query: '', status: 'open', kind: 'all' };

/** The trajectories list: search, status and kind; Ctrl/Cmd+N starts a new trajectory. */
export function TrajectoriesScreen({ initial }: { initial?: TrajectoryListState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<TrajectoryListState>(initial ?? startListState);
  const view = useTrajectoryList(state);
  const [search, setSearch] = useSearchText(state.query, (query) =>
    setState((current) => (current.query === query ? current : { ...current, query, offset: 0 })),
  );
  useCommandKey('n', () => navigate({ screen: 'trajectoryEditor', id: 'new', list: state }));

  const filtered = state.query !== '' || state.kind !== 'all' || (state.status !== 'open' && state.status !== 'all');

  return (
    <>
      <PageHeader title={t('trajectories.list.title')}>
        <Button
          variant="primary"
          icon="plus"
          aria-keyshortcuts={ariaShortcut('n')}
          title={t('common.shortcut', { keys: shortcutLabel('n') })}
          onClick={() => navigate({ screen: 'trajectoryEditor', id: 'new', list: state })}
        >
          {t('trajectories.list.new')}
        </Button>
      </PageHeader>
      <TrajectoryListToolbar
        search={search}
        onSearch={setSearch}
        state={state}
        onChange={(patch) => setState((current) => ({ ...current, ...patch, offset: 0 }))}
      />
      <BusyNote busy={view.loading} label={t('trajectories.list.loading')} />
      {view.error && <Notice tone="error">{apiErrorText(t, view.error)}</Notice>}
      {view.items && view.items.length === 0 && (
        <TrajectoriesEmptyState filtered={filtered} anyTrajectory={view.anyTrajectory} anyClient={view.anyClient} />
      )}
      {view.items && view.items.length > 0 && (
        <>
          <TrajectoryTable trajectories={view.items} onOpen={(trajectory) => navigate({ screen: 'trajectory', id: trajectory.id, list: state })} />
          <Pager
            offset={state.offset ?? 0}
            limit={pageSize}
            total={view.total}
            label={t('trajectories.list.paging')}
            onOffset={(offset) => setState((current) => ({ ...current, offset }))}
          />
        </>
      )}
    </>
  );
}

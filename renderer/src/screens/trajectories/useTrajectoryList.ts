import { useEffect, useState } from 'react';
import type { Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useCall } from '../../session/SessionContext';
import type { TrajectoryListState } from '../shell/navigation';

export interface TrajectoryListView {
  items: Trajectory[] | null;
  /** Whether the practice has any trajectory or client at all: the empty state says what to do next. */
  anyTrajectory: boolean;
  anyClient: boolean;
  loading: boolean;
  error: ApiError | null;
}

const maxShown = 500;

/** Trajectories for the current search and status, most recently changed first; the kind is filtered here. */
export function useTrajectoryList(state: TrajectoryListState): TrajectoryListView {
  const call = useCall();
  const [view, setView] = useState<TrajectoryListView>({
    items: null,
    anyTrajectory: true,
    anyClient: true,
    loading: true,
    error: null,
  });

  useEffect(() => {
    let current = true;
    setView((previous) => ({ ...previous, loading: true }));
    const load = async () => {
      const result = await call('trajectories.list', { query: state.query, status: state.status, limit: maxShown });
      if (!current) return;
      if (!result.ok) {
        setView({ items: null, anyTrajectory: true, anyClient: true, loading: false, error: result.error });
        return;
      }
      const items = result.value.items.filter((t) => state.kind === 'all' || t.kind === state.kind);
      let anyTrajectory = result.value.total > 0;
      let anyClient = true;
      if (items.length === 0) {
        const all = await call('trajectories.list', { status: 'all', limit: 1 });
        anyTrajectory = all.ok && all.value.total > 0;
        if (!anyTrajectory) {
          const clients = await call('clients.list', { archived: 'active', limit: 1 });
          anyClient = clients.ok && clients.value.total > 0;
        }
      }
      if (current) setView({ items, anyTrajectory, anyClient, loading: false, error: null });
    };
    void load();
    return () => {
      current = false;
    };
  }, [call, state.query, state.status, state.kind]);

  return view;
}

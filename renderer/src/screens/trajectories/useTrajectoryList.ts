import { useEffect, useState } from 'react';
import type { Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useFetchRead } from '../../api/useRead';
import type { TrajectoryListState } from '../shell/navigation';

export interface TrajectoryListView {
  items: Trajectory[] | null;
  /** How many match the search, status and kind in all (core pages and filters them). */
  total: number;
  /** Whether the practice has any trajectory or client at all: the empty state says what to do next. */
  anyTrajectory: boolean;
  anyClient: boolean;
  loading: boolean;
  error: ApiError | null;
}

export const pageSize = 25;

/** One page of trajectories for the current search, status and kind, most recently changed first; core filters and pages. */
export function useTrajectoryList(state: TrajectoryListState): TrajectoryListView {
  const fetchRead = useFetchRead();
  const [view, setView] = useState<TrajectoryListView>({
    items: null,
    total: 0,
    anyTrajectory: true,
    anyClient: true,
    loading: true,
    error: null,
  });

  useEffect(() => {
    let current = true;
    setView((previous) => ({ ...previous, loading: true }));
    const load = async () => {
      const result = await fetchRead('trajectories.list', {
        query: state.query,
        status: state.status,
        ...(state.kind === 'all' ? {} : { kind: state.kind }),
        offset: state.offset ?? 0,
        limit: pageSize,
      });
      if (!current) return;
      if (!result.ok) {
        setView({ items: null, total: 0, anyTrajectory: true, anyClient: true, loading: false, error: result.error });
        return;
      }
      const { items, total } = result.value;
      let anyTrajectory = result.value.total > 0;
      let anyClient = true;
      if (items.length === 0) {
        const all = await fetchRead('trajectories.list', { status: 'all', limit: 1 });
        anyTrajectory = all.ok && all.value.total > 0;
        if (!anyTrajectory) {
          const clients = await fetchRead('clients.list', { archived: 'active', limit: 1 });
          anyClient = clients.ok && clients.value.total > 0;
        }
      }
      if (current) setView({ items, total, anyTrajectory, anyClient, loading: false, error: null });
    };
    void load();
    return () => {
      current = false;
    };
  }, [fetchRead, state.query, state.status, state.kind, state.offset]);

  return view;
}

import type { Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
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

/**
 * One page of trajectories for the current search, status and kind, most recently changed first; core
 * filters and pages, and the page shown stays while the next one loads.
 */
export function useTrajectoryList(state: TrajectoryListState): TrajectoryListView {
  const page = useRead(
    'trajectories.list',
    {
      query: state.query,
      status: state.status,
      ...(state.kind === 'all' ? {} : { kind: state.kind }),
      offset: state.offset ?? 0,
      limit: pageSize,
    },
    { keepPrevious: true },
  );
  // Only an empty page asks whether there is anything at all, and only an empty practice whether there are clients.
  const emptyPage = page.data?.items.length === 0;
  const all = useRead('trajectories.list', { status: 'all', limit: 1 }, { enabled: emptyPage });
  const noTrajectory = emptyPage && all.data?.total === 0;
  const clients = useRead('clients.list', { archived: 'active', limit: 1 }, { enabled: noTrajectory });
  if (page.error) return { items: null, total: 0, anyTrajectory: true, anyClient: true, loading: false, error: page.error };
  return {
    items: page.data?.items ?? null,
    total: page.data?.total ?? 0,
    anyTrajectory: !noTrajectory,
    anyClient: !noTrajectory || (clients.data?.total ?? 1) > 0,
    loading: page.loading || all.loading || clients.loading,
    error: null,
  };
}

import type { TrajectoryDetail } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';

export interface TrajectoryDetailView {
  detail: TrajectoryDetail | null;
  error: ApiError | null;
}

/** Everything the trajectory page shows, in one call; writes elsewhere say when it must be read again. */
export function useTrajectoryDetail(id: number): TrajectoryDetailView {
  const read = useRead('trajectories.detail', { id });
  return { detail: read.data ?? null, error: read.error };
}

import { useCallback, useEffect, useState } from 'react';
import type { TrajectoryDetail } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useCall } from '../../vault/VaultContext';

export interface TrajectoryDetailView {
  detail: TrajectoryDetail | null;
  error: ApiError | null;
  /** Ask again after a change; the page keeps showing the old state meanwhile. */
  reload(): void;
}

/** Everything the trajectory page shows, in one call. */
export function useTrajectoryDetail(id: number): TrajectoryDetailView {
  const call = useCall();
  const [detail, setDetail] = useState<TrajectoryDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void call('trajectories.detail', { id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setDetail(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [call, id, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { detail, error, reload };
}

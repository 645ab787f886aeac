import { useTranslation } from 'react-i18next';
import type { TrajectoryKind, TrajectoryStatus } from '../../../../shared/domain/trajectory';

/** The status in words; the tint only echoes it. */
export function TrajectoryStatusBadge({ status }: { status: TrajectoryStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge status-${status}`}>{t(`trajectories.status.${status}`)}</span>;
}

export function TrajectoryKindBadge({ kind }: { kind: TrajectoryKind }) {
  const { t } = useTranslation();
  return <span className="badge kind-badge">{t(`trajectories.kind.${kind}`)}</span>;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, TrajectoryDetail } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { useNotify } from '../../ui/Toasts';
import { GoalCard } from './GoalCard';
import { GoalDialog } from './GoalDialog';

/** The trust goals of a trajectory, each with its ratings per participant. */
export function GoalsSection({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [editing, setEditing] = useState<{ goal?: Goal } | null>(null);
  const { trajectory } = detail;

  return (
    <section className="trajectory-section" aria-labelledby="goals-heading">
      <div className="section-head">
        <h2 id="goals-heading">{t('trajectories.goals.title')}</h2>
        <Button icon="plus" onClick={() => setEditing({})}>
          {t('trajectories.goals.add')}
        </Button>
      </div>
      {detail.goals.length === 0 ? (
        <p className="section-empty">{t('trajectories.goals.empty')}</p>
      ) : (
        <div className="goal-list">
          {detail.goals.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              participants={trajectory.participants}
              kind={trajectory.kind}
              onEdit={() => setEditing({ goal })}
            />
          ))}
        </div>
      )}
      <GoalDialog
        open={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        trajectoryId={trajectory.id}
        goal={editing?.goal}
        onSaved={(goal) => {
          notify(editing?.goal ? t('trajectories.goals.updated') : t('trajectories.goals.created', { title: goal.title }));
          setEditing(null);
        }}
      />
    </section>
  );
}

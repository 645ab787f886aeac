import { useTranslation } from 'react-i18next';
import type { GoalWithSeries, Participant } from '../../../../shared/contract';
import type { TrajectoryKind } from '../../../../shared/domain/trajectory';
import { chartTime, LineChart, seriesStyle } from '../../charts';
import { ChartLegend } from '../../charts/ChartLegend';
import { Button } from '../../ui/Button';
import { formatNumber } from '../../i18n/format';
import { WorkflowIcon } from './WorkflowIcon';

interface GoalCardProps {
  goal: GoalWithSeries;
  participants: readonly Participant[];
  kind: TrajectoryKind;
  onEdit: () => void;
}

/** Who a goal's ratings are shown for: everyone who rated it, and current participants other than sponsors. */
function ratersOf(goal: GoalWithSeries, participants: readonly Participant[]): Participant[] {
  return participants.filter(
    (p) => goal.series.some((s) => s.participantId === p.id) || (p.removedAt === null && p.role !== 'sponsor'),
  );
}

/** One trust goal: its scale, baseline and target, and a chart of each participant's ratings. */
export function GoalCard({ goal, participants, kind, onEdit }: GoalCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language);
  const raters = ratersOf(goal, participants);
  const scaleLine = [
    t('trajectories.goals.scaleLine', { min: number(goal.scale.min), max: number(goal.scale.max) }),
    goal.baseline !== null ? `${t('charts.baseline')} ${number(goal.baseline)}` : null,
    goal.target !== null ? `${t('charts.target')} ${number(goal.target)}` : null,
  ].filter(Boolean);

  return (
    <article className="goal-card" aria-labelledby={`goal-${goal.id}`}>
      <header className="goal-head">
        <div>
          <h3 id={`goal-${goal.id}`}>
            <WorkflowIcon name="target" />
            {goal.title}
          </h3>
          <p className="goal-meta">
            <span className="badge">{t(`trajectories.trustFactor.${goal.trustFactor}`)}</span>
            <span className={`badge goal-status goal-${goal.status}`}>{t(`trajectories.goalStatus.${goal.status}`)}</span>
            <span className="muted small">{scaleLine.join(' · ')}</span>
          </p>
        </div>
        <Button variant="quiet" onClick={onEdit} aria-label={t('trajectories.goals.editNamed', { title: goal.title })}>
          {t('trajectories.edit')}
        </Button>
      </header>
      {goal.description && <p className="goal-description">{goal.description}</p>}
      {raters.length === 0 ? (
        <p className="muted">{t('trajectories.goals.noRaters')}</p>
      ) : (
        <div className={raters.length > 1 ? 'goal-charts goal-charts-multi' : 'goal-charts'}>
          {raters.map((participant) => {
            const style = seriesStyle(participants.indexOf(participant));
            const points = goal.series.find((s) => s.participantId === participant.id)?.points ?? [];
            return (
              <div key={participant.id} className="goal-chart">
                {kind !== 'individual' && <ChartLegend series={[{ label: participant.displayName, style }]} />}
                <LineChart
                  title={t('trajectories.goals.chartTitle', { name: participant.displayName, goal: goal.title })}
                  showTitle={false}
                  series={[
                    {
                      id: `p${participant.id}`,
                      label: participant.displayName,
                      style,
                      points: points.map((p) => ({ x: chartTime(p.startsAt), y: p.value })),
                    },
                  ]}
                  yDomain={[goal.scale.min, goal.scale.max]}
                  baseline={goal.baseline}
                  target={goal.target}
                  height={200}
                  emptyText={t('trajectories.goals.noRatings', { name: participant.displayName })}
                />
              </div>
            );
          })}
        </div>
      )}
    </article>
  );
}

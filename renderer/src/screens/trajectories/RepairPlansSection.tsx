import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepairPlan, TrajectoryDetail } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { useNotify } from '../../ui/Toasts';
import { ownerLabel } from './labels';
import { OutcomeMark } from './OutcomeMark';
import { PrivateText } from './PrivateText';
import { RepairPlanDialog } from './RepairPlanDialog';
import { formatDay } from '../../i18n/format';
import { WorkflowIcon } from './WorkflowIcon';

/** Repair plans after a breach of trust; what happened stays private and looks it. */
export function RepairPlansSection({ detail }: { detail: TrajectoryDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [editing, setEditing] = useState<{ plan?: RepairPlan } | null>(null);

  return (
    <section className="trajectory-section" aria-labelledby="repair-heading">
      <div className="section-head">
        <h2 id="repair-heading">{t('trajectories.repair.title')}</h2>
        <Button icon="plus" onClick={() => setEditing({})}>
          {t('trajectories.repair.add')}
        </Button>
      </div>
      {detail.repairPlans.length === 0 ? (
        <p className="section-empty">{t('trajectories.repair.empty')}</p>
      ) : (
        detail.repairPlans.map((plan) => <RepairPlanCard key={plan.id} plan={plan} detail={detail} onEdit={() => setEditing({ plan })} />)
      )}
      <RepairPlanDialog
        open={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        detail={detail}
        plan={editing?.plan}
        onSaved={(plan) => {
          notify(editing?.plan ? t('trajectories.repair.updated') : t('trajectories.repair.created', { title: plan.title }));
          setEditing(null);
        }}
      />
    </section>
  );
}

function RepairPlanCard({ plan, detail, onEdit }: { plan: RepairPlan; detail: TrajectoryDetail; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const { trajectory } = detail;
  const actions = plan.agreementIds.map((id) => detail.agreements.find((a) => a.id === id)).filter((a) => a !== undefined);
  const goals = plan.goalIds.map((id) => detail.goals.find((g) => g.id === id)).filter((g) => g !== undefined);
  return (
    <article className="repair-card" aria-labelledby={`repair-${plan.id}`}>
      <header className="goal-head">
        <div>
          <h3 id={`repair-${plan.id}`}>
            <WorkflowIcon name="repair" />
            {plan.title}
          </h3>
          <p className="goal-meta">
            <span className={`badge repair-status repair-${plan.status}`}>{t(`trajectories.repairStatus.${plan.status}`)}</span>
            <span className="muted small">
              {plan.acknowledgedOn
                ? t('trajectories.repair.acknowledgedOn', { date: formatDay(plan.acknowledgedOn, i18n.language) })
                : t('trajectories.repair.notAcknowledged')}
            </span>
          </p>
        </div>
        <Button variant="quiet" onClick={onEdit} aria-label={t('trajectories.repair.editNamed', { title: plan.title })}>
          {t('trajectories.edit')}
        </Button>
      </header>
      <PrivateText label={t('trajectories.repair.fields.whatHappened')}>
        {plan.whatHappened ? <p className="pre-wrap">{plan.whatHappened}</p> : <p className="muted">{t('trajectories.repair.nothingWritten')}</p>}
      </PrivateText>
      <div className="repair-links">
        <div>
          <h4>{t('trajectories.repair.fields.agreementIds')}</h4>
          {actions.length === 0 ? (
            <p className="muted small">{t('trajectories.repair.noActions')}</p>
          ) : (
            <ul className="plain-list repair-actions">
              {actions.map((a) => (
                <li key={a.id}>
                  <span className="repair-action-text">{a.text}</span>
                  <span className="repair-action-meta">
                    <span className="muted">{ownerLabel(t, a.owner, trajectory.participants, trajectory.kind)}</span>
                    <OutcomeMark outcome={a.review?.outcome ?? null} overdue={detail.overdueAgreementIds.includes(a.id)} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>{t('trajectories.repair.fields.goalIds')}</h4>
          {goals.length === 0 ? (
            <p className="muted small">{t('trajectories.repair.noMonitoringGoals')}</p>
          ) : (
            <ul className="plain-list">
              {goals.map((g) => (
                <li key={g.id}>
                  <WorkflowIcon name="target" /> {g.title}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </article>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, TrajectoryDetail } from '../../../../shared/contract';
import { formatDay } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNavigate } from '../shell/navigation';
import { PlanSessionDialog } from '../trajectories/PlanSessionDialog';

/** After finalising: plan the next session now, so it is ready. */
export function NextSessionSection({ detail }: { detail: TrajectoryDetail | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [planning, setPlanning] = useState(false);
  const [planned, setPlanned] = useState<Session | null>(null);
  return (
    <section className="card workspace-section next-session" aria-labelledby="next-title">
      <h2 id="next-title" tabIndex={-1}>
        {t('sessions.next.title')}
      </h2>
      {planned ? (
        <Notice tone="success">
          <p>{t('sessions.next.planned', { date: formatDay(planned.startsAt, i18n.language) })}</p>
          <Button onClick={() => navigate({ screen: 'session', id: planned.id })}>{t('sessions.next.open')}</Button>
        </Notice>
      ) : (
        <p className="muted">{t('sessions.next.intro')}</p>
      )}
      {detail && (
        <>
          <Button icon="plus" onClick={() => setPlanning(true)}>
            {t('sessions.next.plan')}
          </Button>
          <PlanSessionDialog
            open={planning}
            onOpenChange={setPlanning}
            detail={detail}
            onPlanned={(next) => {
              setPlanning(false);
              setPlanned(next);
            }}
          />
        </>
      )}
    </section>
  );
}

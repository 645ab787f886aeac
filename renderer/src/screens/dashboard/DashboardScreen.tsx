import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../i18n/format';
import { useCall } from '../../session/SessionContext';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';

function greetingKey(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** A calm start: the date, how many clients are active, and the one next step. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const call = useCall();
  const navigate = useNavigate();
  const [activeClients, setActiveClients] = useState<number | null>(null);
  const now = new Date();

  useEffect(() => {
    let current = true;
    void call('clients.list', { archived: 'active', limit: 1 }).then((result) => {
      if (current && result.ok) setActiveClients(result.value.total);
    });
    return () => {
      current = false;
    };
  }, [call]);

  return (
    <>
      <PageHeader title={t(`dashboard.greeting.${greetingKey(now.getHours())}`)} />
      <div className="dashboard">
        <section className="card" aria-labelledby="dashboard-today">
          <h2 id="dashboard-today" className="visually-hidden">
            {t('dashboard.title')}
          </h2>
          <p className="lead">{t('dashboard.today', { date: formatLongDate(now, i18n.language) })}</p>
          {activeClients !== null && (
            <p>{activeClients === 0 ? t('dashboard.noClients') : t('dashboard.activeClients', { count: activeClients })}</p>
          )}
          <div className="button-row">
            <Button variant="primary" icon="plus" onClick={() => navigate({ screen: 'client', id: 'new' })}>
              {t('dashboard.newClient')}
            </Button>
            {activeClients !== 0 && (
              <Button icon="people" onClick={() => navigate({ screen: 'clients' })}>
                {t('dashboard.openClients')}
              </Button>
            )}
          </div>
        </section>
        <p className="muted privacy-note">
          <Icon name="lock" />
          {t('dashboard.privacy')}
        </p>
      </div>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Notice } from '../../ui/Notice';
import { useNavigate } from '../shell/navigation';

/** Settings → Bewaartermijn: trajectories whose retention period has passed, for review. Nothing goes by itself. */
export function RetentionPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const read = useRead('retention.list', { passedOnly: true });
  const items = read.data?.items ?? null;
  const failure = read.error;

  return (
    <section className="card settings-section" aria-labelledby="settings-retention">
      <h2 id="settings-retention">{t('privacy.retention.title')}</h2>
      <p className="muted">{t('privacy.retention.intro')}</p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {!items && !failure && <BusyNote busy label={t('privacy.retention.loading')} />}
      {items?.length === 0 && <p className="empty-line">{t('privacy.retention.empty')}</p>}
      {items && items.length > 0 && (
        <table className="data-table retention-table">
          <caption className="visually-hidden">{t('privacy.retention.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.retention.columns.trajectory')}</th>
              <th scope="col">{t('privacy.retention.columns.participants')}</th>
              <th scope="col">{t('privacy.retention.columns.lastActivity')}</th>
              <th scope="col">{t('privacy.retention.columns.retainUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.trajectoryId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => navigate({ screen: 'trajectory', id: item.trajectoryId })}>
                    {item.title}
                  </button>
                  <span className="row-meta">{t(`trajectories.kind.${item.kind}`)}</span>
                </th>
                <td>
                  <ul className="plain-list">
                    {item.participants.map((participant) => (
                      <li key={participant.clientId}>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => navigate({ screen: 'client', id: participant.clientId })}
                        >
                          {participant.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatDate(item.lastActivity, i18n.language)}</td>
                <td>{formatDate(item.retainUntil, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('privacy.retention.howToErase')}</p>
    </section>
  );
}

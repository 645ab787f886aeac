import { useTranslation } from 'react-i18next';
import type { SessionWorkspace } from '../../../../shared/contract';
import { Icon } from '../../ui/Icon';
import { callName } from './people';
import { SessionStatusActions } from './SessionStatusActions';
import { formatTimeRange } from '../../i18n/format';

interface SessionHeaderProps {
  workspace: SessionWorkspace;
}

/** Who, when and what kind of session, and whose it is when only one partner came. */
export function SessionHeader({ workspace }: SessionHeaderProps) {
  const { t, i18n } = useTranslation();
  const { session, trajectory, attendees } = workspace;
  const individual = attendees.find((p) => p.id === session.individualFor);
  const others = trajectory.kind === 'couple' ? t('sessions.header.otherPartner') : t('sessions.header.others');
  return (
    <section className="card session-header" aria-label={t('sessions.header.label')}>
      <dl className="facts">
        <div>
          <dt>{t('sessions.header.trajectory')}</dt>
          <dd>{trajectory.title}</dd>
        </div>
        <div>
          <dt>{t('sessions.header.time')}</dt>
          <dd>
            {formatTimeRange(session.startsAt, session.durationMinutes, i18n.language)}{' '}
            <span className="muted">({t('sessions.header.minutes', { count: session.durationMinutes })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('sessions.header.kind')}</dt>
          <dd>{t(`sessions.kind.${session.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('sessions.header.attendees')}</dt>
          <dd>{attendees.map(callName).join(', ')}</dd>
        </div>
      </dl>
      {individual ? (
        <div className="audience-banner audience-individual">
          <Icon name="lock" />
          <div>
            <p className="audience-title">{t('sessions.header.individual', { name: callName(individual) })}</p>
            <p>{t('sessions.header.individualText', { name: callName(individual), others })}</p>
          </div>
        </div>
      ) : (
        trajectory.kind !== 'individual' && (
          <div className="audience-banner audience-joint">
            <Icon name="people" />
            <p className="audience-title">{t('sessions.header.joint')}</p>
          </div>
        )
      )}
      <SessionStatusActions session={session} />
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditEvents, type AuditEventName } from '../../../../../shared/contract/audit';
import { apiErrorText } from '../../../i18n/validation';
import { useRead } from '../../../api/useRead';
import { BusyNote } from '../../../ui/BusyNote';
import { SelectField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { Pager } from '../../clients/Pager';
import { useNavigate } from '../../shell/navigation';
import { AuditTable } from './AuditTable';
import { ClientFilter } from './ClientFilter';
import { useClientNames } from './useClientNames';
import { VerifyChain } from './VerifyChain';

const limit = 50;

/** Settings → Logboek: who opened, exported, erased or restored what, and when; optionally for one client. */
export function AuditLogPage({ clientId }: { clientId?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [event, setEvent] = useState<AuditEventName | ''>('');
  const [offset, setOffset] = useState(0);
  const read = useRead('audit.list', { offset, limit, ...(clientId ? { clientId } : {}), ...(event ? { event } : {}) }, { keepPrevious: true });
  const page = read.data ?? null;
  const failure = read.error;
  const names = useClientNames([...(page?.items.flatMap((e) => (e.clientId === null ? [] : [e.clientId])) ?? []), ...(clientId ? [clientId] : [])]);

  return (
    <section className="card settings-section" aria-labelledby="settings-logbook">
      <h2 id="settings-logbook">{t('safety.logbook.title')}</h2>
      <p className="muted">{t('safety.logbook.intro')}</p>
      <div className="toolbar logbook-toolbar">
        <ClientFilter
          clientId={clientId}
          clientName={clientId ? names?.get(clientId) : undefined}
          onChange={(id) => navigate({ screen: 'settings', page: 'logbook', ...(id ? { clientId: id } : {}) })}
        />
        <SelectField
          label={t('safety.logbook.eventFilter')}
          value={event}
          onChange={(change) => {
            setEvent(change.target.value as AuditEventName | '');
            setOffset(0);
          }}
        >
          <option value="">{t('safety.logbook.allEvents')}</option>
          {auditEvents.map((name) => (
            <option key={name} value={name}>
              {t(`safety.logbook.event.${name}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {!page && !failure && <BusyNote busy label={t('safety.logbook.loading')} />}
      {page && page.items.length === 0 && <p className="empty-line">{t('safety.logbook.empty')}</p>}
      {page && page.items.length > 0 && (
        <>
          <AuditTable entries={page.items} names={names} />
          <Pager offset={offset} limit={limit} total={page.total} onOffset={setOffset} />
        </>
      )}
      <h3 className="list-title">{t('safety.logbook.verifyTitle')}</h3>
      <p className="muted">{t('safety.logbook.verifyIntro')}</p>
      <VerifyChain />
    </section>
  );
}

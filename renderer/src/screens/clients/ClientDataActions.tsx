import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { downloadFile } from '../../ui/download';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { downloadPdf } from '../reports/pdfBytes';
import { useNavigate } from '../shell/navigation';
import { fullName } from './clientName';
import { EraseClientDialog } from './EraseClientDialog';
import '../../styles/safety.css';

type Busy = 'json' | 'pdf' | null;

/** The client's own data: export it (AVG art. 15/20), see who opened the file, or erase the client (art. 17). */
export function ClientDataActions({ client }: { client: Client }) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [erasing, setErasing] = useState(false);

  const exportJson = async () => {
    setFailure(null);
    setBusy('json');
    const result = await write('exports.client', { clientId: client.id });
    setBusy(null);
    if (!result.ok) return setFailure(result.error);
    downloadFile(result.value.json, result.value.fileName, 'application/json');
    notify(t('privacy.clientData.downloaded', { fileName: result.value.fileName }));
  };

  const exportPdf = async () => {
    setFailure(null);
    setBusy('pdf');
    const result = await write('exports.clientSummary', { clientId: client.id, language: client.language });
    setBusy(null);
    if (!result.ok) return setFailure(result.error);
    downloadPdf(result.value.pdfBase64, result.value.fileName);
    notify(t('privacy.clientData.downloaded', { fileName: result.value.fileName }));
  };

  return (
    <section className="card client-data" aria-labelledby="client-data-title">
      <h2 id="client-data-title">{t('privacy.clientData.title')}</h2>
      <p className="muted">{t('privacy.clientData.intro')}</p>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      <div className="button-row">
        <Button icon="download" disabled={busy !== null} onClick={() => void exportJson()}>
          {t('privacy.clientData.exportJson')}
        </Button>
        <Button icon="download" disabled={busy !== null} onClick={() => void exportPdf()}>
          {t('privacy.clientData.exportPdf')}
        </Button>
        <Button icon="clipboardList" onClick={() => navigate({ screen: 'settings', page: 'logbook', clientId: client.id })}>
          {t('privacy.clientData.logbook')}
        </Button>
      </div>
      <BusyNote busy={busy !== null} label={t('privacy.clientData.busy')} />
      <div className="erase-row">
        <p className="muted">{t('privacy.clientData.eraseIntro')}</p>
        <Button variant="danger" icon="erase" onClick={() => setErasing(true)}>
          {t('privacy.erase.open')}
        </Button>
      </div>
      {erasing && (
        <EraseClientDialog
          client={client}
          onClose={() => setErasing(false)}
          onErased={() => {
            notify(t('privacy.erase.done', { name: fullName(client) }));
            navigate({ screen: 'clients' });
          }}
        />
      )}
    </section>
  );
}

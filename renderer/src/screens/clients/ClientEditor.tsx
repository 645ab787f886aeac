import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { formatDate } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNotify } from '../../ui/Toasts';
import { useNavigate, type ClientListState } from '../shell/navigation';
import { ArchiveControl } from './ArchiveControl';
import { ClientDataActions } from './ClientDataActions';
import { ClientForm, type ClientValues } from './ClientForm';
import { ClientOverviewPanel } from './ClientOverviewPanel';
import { fullName } from './clientName';

interface ClientEditorProps {
  id: number | 'new';
  list?: ClientListState;
}

/** The page for one client: new or existing, with archiving for existing ones. */
export function ClientEditor({ id, list }: ClientEditorProps) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  // Saving goes back to the list: this page's own reads are only marked old, not asked again on the way out.
  const saveAndLeave = useWrite({ alreadyShown: ['clients.get', 'clients.overview'] });
  const navigate = useNavigate();
  const notify = useNotify();
  const isNew = id === 'new';
  const read = useRead('clients.get', { id: isNew ? 0 : id }, { enabled: !isNew });
  const client = isNew ? null : (read.data ?? null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  // A read that fails after the client was shown (erased a moment ago) leaves the page as it was.
  const readFailure = client ? null : read.error;

  const backToList = () => navigate({ screen: 'clients', list });

  const save = async (values: ClientValues): Promise<ApiError | null> => {
    const result = isNew ? await saveAndLeave('clients.create', values) : await saveAndLeave('clients.update', { id, ...values });
    if (!result.ok) return result.error;
    notify(isNew ? t('client.created', { name: fullName(result.value) }) : t('client.updated'));
    backToList();
    return null;
  };

  const archive = async (archived: boolean) => {
    if (id === 'new') return;
    const result = await write('clients.archive', { id, archived });
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const name = fullName(result.value);
    notify(archived ? t('client.archivedToast', { name }) : t('client.unarchivedToast', { name }));
  };

  const title = isNew ? t('client.newTitle') : client ? fullName(client) : '';
  const back = (
    <Button variant="quiet" icon="back" onClick={backToList}>
      {t('client.backToList')}
    </Button>
  );

  if (!isNew && !client) {
    return (
      <>
        {back}
        {readFailure ? <Notice tone="error">{apiErrorText(t, readFailure)}</Notice> : <BusyNote busy label={t('client.loading')} />}
      </>
    );
  }

  return (
    <>
      {back}
      <PageHeader title={title} focusOnMount={!isNew}>
        {client && <ArchiveControl client={client} onConfirm={(archived) => void archive(archived)} />}
      </PageHeader>
      {client && <p className="muted">{t('client.addedOn', { date: formatDate(client.createdAt, i18n.language) })}</p>}
      {client?.archivedAt && (
        <Notice tone="info">{t('client.archivedNotice', { date: formatDate(client.archivedAt, i18n.language) })}</Notice>
      )}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {client && <ClientOverviewPanel clientId={client.id} />}
      <ClientForm
        client={client ?? undefined}
        submitLabel={isNew ? t('client.create') : t('common.save')}
        onSubmit={save}
        onCancel={backToList}
      />
      {client && <ClientDataActions client={client} />}
    </>
  );
}

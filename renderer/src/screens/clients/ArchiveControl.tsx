import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { fullName } from './clientName';

interface ArchiveControlProps {
  client: Client;
  onConfirm: (archived: boolean) => void;
}

/** Archive or unarchive, after a question that says what will happen; nothing is deleted. */
export function ArchiveControl({ client, onConfirm }: ArchiveControlProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const archiving = client.archivedAt === null;
  const name = fullName(client);
  return (
    <>
      <Button icon="archive" onClick={() => setOpen(true)}>
        {archiving ? t('client.archive') : t('client.unarchive')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={archiving ? t('client.archiveTitle', { name }) : t('client.unarchiveTitle', { name })}
        description={archiving ? t('client.archiveText') : t('client.unarchiveText')}
        confirmLabel={archiving ? t('client.archive') : t('client.unarchive')}
        onConfirm={() => onConfirm(archiving)}
      />
    </>
  );
}

import { Dialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInstantTime } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { useReturnFocus } from '../../ui/useReturnFocus';

interface NoteHistoryDialogProps {
  sessionId: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Every finalised version of the notes, newest first; private text stays marked as private here too. */
export function NoteHistoryDialog({ sessionId, open, onOpenChange }: NoteHistoryDialogProps) {
  const { t, i18n } = useTranslation();
  const read = useRead('sessions.history', { id: sessionId }, { enabled: open });
  const history = read.data ?? null;
  const failure = read.error;
  const returnFocus = useReturnFocus();

  const when = (iso: string) => `${formatDate(iso, i18n.language)}, ${formatInstantTime(iso, i18n.language)}`;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" {...returnFocus}>
          <Dialog.Title className="dialog-title">{t('sessions.history.title')}</Dialog.Title>
          <Dialog.Description className="dialog-text">{t('sessions.history.intro')}</Dialog.Description>
          {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
          {!history && !failure && <BusyNote busy label={t('sessions.history.loading')} />}
          {history && (
            <ol className="version-list">
              {[...history.versions].reverse().map((version) => (
                <li key={version.version} className="version">
                  <h3>
                    {version.kind === 'final'
                      ? t('sessions.history.final', { version: version.version, when: when(version.createdAt) })
                      : t('sessions.history.amendment', { version: version.version, when: when(version.createdAt) })}
                  </h3>
                  {version.reason && <p className="muted">{t('sessions.history.reason', { reason: version.reason })}</p>}
                  <h4>{t('sessions.notes.summary')}</h4>
                  <p className="note-text">{version.summary || t('sessions.history.empty')}</p>
                  <div className="private-zone version-private">
                    <h4>
                      <Icon name="lock" />
                      {t('sessions.notes.private')}
                    </h4>
                    <p className="note-text">{version.privateNotes || t('sessions.history.empty')}</p>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <div className="dialog-actions">
            <Dialog.Close className="button button-secondary">{t('common.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

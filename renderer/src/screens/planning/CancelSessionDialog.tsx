import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { FormDialog } from '../trajectories/FormDialog';
import { ScopeChoice, type Scope } from './ScopeChoice';

interface CancelSessionDialogProps {
  session: Session | null;
  onOpenChange: (open: boolean) => void;
  onCancelled: (session: Session) => void;
}

/** Cancel a session of a series: this one only, or this one and the later planned ones. */
export function CancelSessionDialog({ session, onOpenChange, onCancelled }: CancelSessionDialogProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [scope, setScope] = useState<Scope>('this');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const cancel = async () => {
    if (!session) return;
    setBusy(true);
    setFailure(null);
    const result = await write('sessions.setStatus', { id: session.id, status: 'cancelled', ...(session.seriesId !== null ? { scope } : {}) });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    notify(t('planning.cancel.done', { count: scope === 'following' ? 2 : 1 }));
    onCancelled(result.value);
  };

  return (
    <FormDialog open={session !== null} onOpenChange={onOpenChange} title={t('planning.cancel.title')} description={t('planning.cancel.intro')}>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {session?.seriesId !== null && <ScopeChoice value={scope} onChange={setScope} />}
      <div className="dialog-actions">
        <Button variant="quiet" onClick={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" disabled={busy} onClick={() => void cancel()}>
          {t('planning.cancel.submit')}
        </Button>
      </div>
    </FormDialog>
  );
}

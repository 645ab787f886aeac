import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Trajectory } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useNotify } from '../../ui/Toasts';
import { EditAgreementDialog } from './EditAgreementDialog';

function removeRefusal(t: TFunction, error: ApiError): string {
  if (error.code === 'CONFLICT' && error.reason === 'reviewed') return t('planning.agreement.reviewed');
  if (error.code === 'CONFLICT' && error.reason === 'replaces_renegotiated') return t('planning.agreement.replacesRenegotiated');
  return apiErrorText(t, error);
}

/** Editing and removing agreements wherever they are listed: the two dialogs, and why a removal was refused. */
export function useAgreementCorrections(trajectory: Trajectory | null) {
  const { t } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const [editing, setEditing] = useState<Agreement | null>(null);
  const [removing, setRemoving] = useState<Agreement | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const remove = async (agreement: Agreement) => {
    setFailure(null);
    const result = await write('agreements.remove', { id: agreement.id });
    if (result.ok) {
      notify(t('planning.agreement.removed'));
    } else setFailure(removeRefusal(t, result.error));
  };

  const dialogs: ReactNode = trajectory && (
    <>
      <EditAgreementDialog
        agreement={editing}
        trajectory={trajectory}
        onOpenChange={(open) => !open && setEditing(null)}
        onSaved={() => setEditing(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('planning.agreement.removeTitle')}
        description={t('planning.agreement.removeText', { text: removing?.text ?? '' })}
        confirmLabel={t('planning.agreement.remove')}
        tone="danger"
        onConfirm={() => {
          if (removing) void remove(removing);
          setRemoving(null);
        }}
      />
    </>
  );

  return { edit: setEditing, remove: setRemoving, failure, dialogs };
}

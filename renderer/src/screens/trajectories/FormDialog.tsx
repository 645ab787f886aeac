import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../../ui/useReturnFocus';
import '../../styles/trajectories.css';

interface FormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** A dialog holding one form; Esc or the close button leaves everything as it was. */
export function FormDialog({ open, onOpenChange, title, description, children, wide }: FormDialogProps) {
  const { t } = useTranslation();
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          {...returnFocus}
          className={wide ? 'dialog form-dialog form-dialog-wide' : 'dialog form-dialog'}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="form-dialog-head">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close className="dialog-close" aria-label={t('common.close')}>
              ×
            </Dialog.Close>
          </div>
          {description && <Dialog.Description className="dialog-text">{description}</Dialog.Description>}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

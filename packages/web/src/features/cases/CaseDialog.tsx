import type { ComponentType } from 'react';
import type { CaseDetail } from '@vatra/core';
import { DialogModal } from '../../components/FormModal';
import { dialog } from '../../components/presets';

export interface CaseDialogProps {
  kase: CaseDetail;
  opened: boolean;
  onClose: () => void;
}

/**
 * A step on the case in a dialog (visit, close, reopen, sensitivity). The form mounts only while
 * the dialog is open, so every opening starts from the case as it is now.
 */
export function CaseDialog({
  kase,
  opened,
  onClose,
  title,
  size = dialog.form,
  Form,
}: CaseDialogProps & {
  title: string;
  size?: number;
  Form: ComponentType<{ kase: CaseDetail; onClose: () => void }>;
}) {
  return (
    <DialogModal opened={opened} onClose={onClose} title={title} size={size}>
      {opened && <Form kase={kase} onClose={onClose} />}
    </DialogModal>
  );
}

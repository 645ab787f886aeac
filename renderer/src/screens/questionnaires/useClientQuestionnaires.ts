import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
import { screenLanguage } from './language';

/**
 * The questionnaires a client can answer on their own in this trajectory, as core offers them
 * (fitting its kind, every item with text), asked while a dialog is open, with the one chosen
 * (the first, unless a choice still fits).
 */
export function useClientQuestionnaires(open: boolean, trajectoryId: number) {
  const { i18n } = useTranslation();
  const read = useRead('questionnaires.list', { language: screenLanguage(i18n.language), trajectoryId, forClient: true }, { enabled: open });
  const questionnaires = read.data ?? null;
  const [chosen, setKey] = useState('');
  const key = questionnaires?.some((q) => q.key === chosen) ? chosen : (questionnaires?.[0]?.key ?? '');
  // The dialog's own refusals; a dialog opened again starts without the last one.
  const [refusal, setFailure] = useState<ApiError | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setFailure(null);
  }
  const failure = refusal ?? (open ? read.error : null);
  return { questionnaires, key, setKey, failure, setFailure };
}

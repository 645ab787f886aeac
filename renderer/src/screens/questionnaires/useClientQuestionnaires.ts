import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireSummary } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useFetchRead } from '../../api/useRead';
import { screenLanguage } from './language';

/**
 * The questionnaires a client can answer on their own in this trajectory, as core offers them
 * (fitting its kind, every item with text), loaded each time a dialog opens, with the one chosen
 * (the first, unless a choice still fits).
 */
export function useClientQuestionnaires(open: boolean, trajectoryId: number) {
  const { i18n } = useTranslation();
  const fetchRead = useFetchRead();
  const [questionnaires, setQuestionnaires] = useState<QuestionnaireSummary[] | null>(null);
  const [key, setKey] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    let current = true;
    void fetchRead('questionnaires.list', { language: screenLanguage(i18n.language), trajectoryId, forClient: true }).then((result) => {
      if (!current) return;
      if (!result.ok) return setFailure(result.error);
      const fitting = result.value;
      setQuestionnaires(fitting);
      setKey((k) => (fitting.some((q) => q.key === k) ? k : (fitting[0]?.key ?? '')));
    });
    return () => {
      current = false;
    };
  }, [open, fetchRead, i18n.language, trajectoryId]);

  return { questionnaires, key, setKey, failure, setFailure };
}

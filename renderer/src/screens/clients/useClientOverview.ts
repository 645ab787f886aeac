import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientOverview } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/errors';
import { useFetchRead } from '../../api/useRead';
import { screenLanguage } from '../questionnaires/language';

/** The client whole from core, with the questionnaire titles in the screen's language. */
export function useClientOverview(clientId: number, version: unknown) {
  const fetchRead = useFetchRead();
  const { i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const [overview, setOverview] = useState<ClientOverview | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([fetchRead('clients.overview', { id: clientId }), fetchRead('questionnaires.list', { language })]).then(([loaded, questionnaires]) => {
      if (!current) return;
      if (loaded.ok) {
        setOverview(loaded.value);
        setError(null);
      } else setError(loaded.error);
      if (questionnaires.ok) setTitles(new Map(questionnaires.value.map((q) => [q.key, q.title])));
    });
    return () => {
      current = false;
    };
  }, [fetchRead, clientId, language, version]);

  return { overview, titles, error };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/useRead';
import { screenLanguage } from '../questionnaires/language';

/** The client whole from core, with the questionnaire titles in the screen's language. */
export function useClientOverview(clientId: number) {
  const { i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const overview = useRead('clients.overview', { id: clientId });
  const questionnaires = useRead('questionnaires.list', { language }).data;
  const titles = useMemo(() => new Map((questionnaires ?? []).map((q) => [q.key, q.title])), [questionnaires]);
  return { overview: overview.data ?? null, titles, error: overview.error };
}

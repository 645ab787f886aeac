import { useMemo } from 'react';
import type { QuestionnaireResponse } from '../../../../shared/contract';
import { alertsFor, type RaisedAlert } from '../../../../shared/questionnaires/alerts';
import type { QuestionnaireDefinition } from '../../../../shared/questionnaires/definition';
import { useReads } from '../../api/useRead';

export interface ResponseAlerts {
  response: QuestionnaireResponse;
  definition: QuestionnaireDefinition;
  alerts: RaisedAlert[];
}

const versionOf = (response: Pick<QuestionnaireResponse, 'key' | 'version'>) => `${response.key}@${response.version}`;

/** The responses that raise an alert, in the order given; each questionnaire version is read once. */
export function useAnswerAlerts(responses: readonly QuestionnaireResponse[]): ResponseAlerts[] {
  const wanted = [...new Set(responses.map(versionOf))].sort().join('|');
  const versions = useMemo(
    () =>
      (wanted ? wanted.split('|') : []).map((id) => {
        const [key = '', version] = id.split('@');
        return { key, version: Number(version) };
      }),
    [wanted],
  );
  const details = useReads('questionnaires.get', versions);

  return useMemo(() => {
    const definitions = new Map<string, QuestionnaireDefinition>();
    for (const detail of details) if (detail) definitions.set(versionOf(detail.definition), detail.definition);
    return responses.flatMap((response) => {
      const definition = definitions.get(versionOf(response));
      const alerts = definition ? alertsFor(definition, response.answers) : [];
      return definition && alerts.length > 0 ? [{ response, definition, alerts }] : [];
    });
  }, [responses, details]);
}

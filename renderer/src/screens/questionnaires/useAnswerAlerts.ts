import { useEffect, useMemo, useRef, useState } from 'react';
import type { QuestionnaireResponse } from '../../../../shared/contract';
import { alertsFor, type RaisedAlert } from '../../../../shared/questionnaires/alerts';
import type { QuestionnaireDefinition } from '../../../../shared/questionnaires/definition';
import { useCall } from '../../vault/VaultContext';

export interface ResponseAlerts {
  response: QuestionnaireResponse;
  definition: QuestionnaireDefinition;
  alerts: RaisedAlert[];
}

const versionOf = (response: Pick<QuestionnaireResponse, 'key' | 'version'>) => `${response.key}@${response.version}`;

/** The responses that raise an alert, in the order given; each questionnaire version is looked up once. */
export function useAnswerAlerts(responses: readonly QuestionnaireResponse[]): ResponseAlerts[] {
  const call = useCall();
  const [definitions, setDefinitions] = useState<ReadonlyMap<string, QuestionnaireDefinition>>(() => new Map());
  const asked = useRef(new Set<string>());
  const wanted = [...new Set(responses.map(versionOf))].sort().join('|');

  useEffect(() => {
    for (const id of wanted ? wanted.split('|') : []) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      const [key = '', version] = id.split('@');
      void call('questionnaires.get', { key, version: Number(version) }).then((result) => {
        if (result.ok) setDefinitions((known) => new Map(known).set(id, result.value.definition));
        else asked.current.delete(id); // asked again the next time the responses change
      });
    }
  }, [call, wanted]);

  return useMemo(
    () =>
      responses.flatMap((response) => {
        const definition = definitions.get(versionOf(response));
        const alerts = definition ? alertsFor(definition, response.answers) : [];
        return definition && alerts.length > 0 ? [{ response, definition, alerts }] : [];
      }),
    [responses, definitions],
  );
}

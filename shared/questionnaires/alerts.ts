import type { AnswerAlert, QuestionnaireDefinition } from './definition';
import type { Answers } from './scores';

/** An alert that fired, with the answer that made it fire. */
export interface RaisedAlert {
  itemId: string;
  answer: number;
  message: AnswerAlert['message'];
}

/** The definition's alerts that these answers raise: an answer above the alert's threshold. Open items raise nothing. */
export function alertsFor(definition: Pick<QuestionnaireDefinition, 'alerts'>, answers: Readonly<Answers>): RaisedAlert[] {
  return definition.alerts.flatMap((alert) => {
    const answer = Object.hasOwn(answers, alert.itemId) ? answers[alert.itemId] : null;
    return typeof answer === 'number' && answer > alert.above ? [{ itemId: alert.itemId, answer, message: alert.message }] : [];
  });
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaisedAlert } from '../../../../shared/questionnaires/alerts';
import { localize, type QuestionnaireDefinition } from '../../../../shared/questionnaires/definition';
import { Icon } from '../../ui/Icon';
import { screenLanguage } from './language';
import '../../styles/questionnaires.css';

/**
 * Answers that ask for the practitioner's attention now, such as PHQ-9 question 9: said calmly and
 * clearly, with an icon and words. For the practitioner's screens only; reports never show it.
 */
export function AnswerAlerts({ alerts, children }: { alerts: readonly RaisedAlert[]; children?: ReactNode }) {
  const { i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const messages = [...new Set(alerts.map((alert) => localize(alert.message, language)))];
  if (messages.length === 0) return null;
  return (
    <div className="answer-alert">
      <Icon name="alert" />
      <div>
        {messages.map((message) => (
          <p key={message} className="answer-alert-message">
            {message}
          </p>
        ))}
        {children}
      </div>
    </div>
  );
}

/** The answer as the respondent saw it: `Meerdere dagen (1)`, or the number where the scale has no words for it. */
export function useAnswerText(): (definition: QuestionnaireDefinition, answer: number) => string {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  return (definition, answer) => {
    const label = localize(definition.scale.labels.find((point) => point.value === answer)?.label, language);
    return label ? t('questionnaires.alerts.answer', { label, value: answer }) : String(answer);
  };
}

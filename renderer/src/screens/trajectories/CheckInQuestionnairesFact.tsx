import { useTranslation } from 'react-i18next';
import type { CheckInQuestionnaire } from '../../../../shared/contract';
import { localize } from '../../../../shared/questionnaires/definition';
import { formatDay } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { screenLanguage } from '../questionnaires/language';
import { checkInEveryText } from './checkInEvery';

/** Beside the check-in interval: each check-in questionnaire, how often, and when it is next due (core's rule). */
export function CheckInQuestionnairesFact({ items }: { items: readonly CheckInQuestionnaire[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div>
      <dt>{t('checkIns.facts.title')}</dt>
      <dd>
        {items.length === 0 && <span className="muted">{t('checkIns.facts.none')}</span>}
        <ul className="plain-list">
          {items.map((q) => (
            <li key={q.questionnaireKey}>
              {localize(q.questionnaireTitle, screenLanguage(language))}{' '}
              <span className="muted">({checkInEveryText(t, q)})</span>
              <span className={q.state === 'overdue' ? 'fact-detail fact-due' : 'muted small fact-detail'}>
                {q.state === 'overdue' && <Icon name="alert" />}
                {q.dueOn === null || q.state === null
                  ? t('checkIns.facts.notUnderWay')
                  : t(`checkIns.facts.${q.state === 'planned' ? 'next' : q.state}`, { date: formatDay(q.dueOn, language) })}
              </span>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInRespondent, QuestionnaireDue } from '../../../../shared/contract';
import { useWrite } from '../../api/useWrite';
import { formatDay } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { downloadFile } from '../../ui/download';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { useClientMode } from '../clientMode/clientModeContext';
import { localize } from '../../../../shared/questionnaires/definition';
import { screenLanguage } from '../questionnaires/language';
import { ChooseRespondent } from './ChooseRespondent';

interface QuestionnairesDueProps {
  items: QuestionnaireDue[];
  onOpen: (item: QuestionnaireDue) => void;
}

const listOf = (people: readonly CheckInRespondent[]) => people.map((p) => p.name).join(', ');

/** Check-in questionnaires due or overdue: who answered (never what), forms for the others, or client mode here. */
export function QuestionnairesDue({ items, onOpen }: QuestionnairesDueProps) {
  return (
    <ul className="dash-list">
      {items.map((item) => (
        <DueRow key={`${item.trajectoryId}-${item.questionnaireKey}`} item={item} onOpen={onOpen} />
      ))}
    </ul>
  );
}

function DueRow({ item, onOpen }: { item: QuestionnaireDue; onOpen: (item: QuestionnaireDue) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const write = useWrite();
  const notify = useNotify();
  const clientMode = useClientMode();
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const questionnaire = localize(item.questionnaireTitle, screenLanguage(language));
  const answered = item.respondents.filter((r) => r.answered);
  const waiting = item.respondents.filter((r) => !r.answered);
  const overdue = item.state === 'overdue';
  const names = { questionnaire, title: item.trajectoryTitle };

  const makeForms = async () => {
    setBusy(true);
    setFailure(null);
    const result = await write('forms.create', {
      trajectoryId: item.trajectoryId,
      participantIds: waiting.map((r) => r.participantId),
      questionnaireKey: item.questionnaireKey,
    });
    setBusy(false);
    if (!result.ok) return setFailure(apiErrorText(t, result.error));
    for (const form of result.value.forms) downloadFile(form.html, form.fileName, 'text/html');
    const made = waiting.filter((r) => result.value.forms.some((f) => f.participantId === r.participantId));
    notify(t('checkIns.due.formsMade', { count: made.length, names: listOf(made) }));
  };

  const startClientMode = async (respondent: CheckInRespondent) => {
    if (!clientMode) return;
    setFailure(null);
    const problem = await clientMode.start({
      request: { trajectoryId: item.trajectoryId, participantId: respondent.participantId, questionnaireKey: item.questionnaireKey },
      names: { participant: respondent.name, questionnaire },
    });
    // On success this screen is gone: the client screen took its place.
    if (problem) setFailure(apiErrorText(t, problem));
  };

  return (
    <li className="dash-questionnaire">
      <button type="button" className="dash-link" onClick={() => onOpen(item)}>
        <span className="dash-title">{item.trajectoryTitle}</span>
      </button>
      <span>{questionnaire}</span>
      <span className={overdue ? 'dash-reason dash-reason-overdue' : 'dash-reason'}>
        <Icon name={overdue ? 'alert' : 'calendar'} />
        {t(overdue ? 'checkIns.due.overdue' : 'checkIns.due.dueOn', { date: formatDay(item.dueOn, language) })}
      </span>
      {item.respondents.length > 1 && (
        <span className="dash-detail">
          {t('checkIns.due.answered', { answered: answered.length, total: item.respondents.length })}
          {answered.length > 0 && <> · {t('checkIns.due.answeredBy', { names: listOf(answered) })}</>}
        </span>
      )}
      <span className="dash-detail">{t('checkIns.due.waitingFor', { names: listOf(waiting) })}</span>
      {failure && <Notice tone="error">{failure}</Notice>}
      {item.clientCanAnswer ? (
        <span className="dash-actions">
          <Button
            icon="download"
            disabled={busy}
            aria-label={t('checkIns.due.makeFormsLabel', { ...names, names: listOf(waiting) })}
            onClick={() => void makeForms()}
          >
            {t('checkIns.due.makeForms')}
          </Button>
          {clientMode && (
            <Button
              icon="clipboardList"
              aria-label={t('checkIns.due.letFillInLabel', names)}
              onClick={() => (waiting.length === 1 ? void startClientMode(waiting[0]!) : setChoosing(true))}
            >
              {t('clientMode.start')}
            </Button>
          )}
        </span>
      ) : (
        <span className="dash-detail">{t('checkIns.due.needsText')}</span>
      )}
      <ChooseRespondent
        open={choosing}
        onOpenChange={setChoosing}
        questionnaire={questionnaire}
        respondents={waiting}
        onChoose={(respondent) => startClientMode(respondent)}
      />
    </li>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireDetail, QuestionnaireResponse, QuestionnaireSummary, SessionWorkspace } from '../../../../shared/contract';
import { alertsFor } from '../../../../shared/questionnaires/alerts';
import { localize } from '../../../../shared/questionnaires/definition';
import { apiErrorText } from '../../i18n/validation';
import { useWrite } from '../../api/useWrite';
import { useRead } from '../../api/useRead';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { LetClientFillIn } from '../clientMode/LetClientFillIn';
import { AnswerAlerts } from '../questionnaires/AnswerAlerts';
import { BandLabel } from '../questionnaires/BandLabel';
import { screenLanguage } from '../questionnaires/language';
import { QuestionnaireFill } from '../questionnaires/QuestionnaireFill';
import { ScoreSummary } from '../questionnaires/ScoreSummary';
import { useAnswerAlerts } from '../questionnaires/useAnswerAlerts';
import { callName } from './people';
import { formatNumber } from '../../i18n/format';

const noQuestionnaires: QuestionnaireSummary[] = [];

interface Filling {
  key: string;
  participantId: number;
}

/** Step 5: a participant in the room fills in a questionnaire; the scores are stored with the session. */
export function SessionQuestionnaire({ workspace }: { workspace: SessionWorkspace }) {
  const { t, i18n } = useTranslation();
  // The form closes once the answers are stored: its definition is only marked old, not asked again.
  const write = useWrite({ alreadyShown: ['questionnaires.get'] });
  const notify = useNotify();
  const language = screenLanguage(i18n.language);
  const { session, attendees, trajectory } = workspace;
  // Core offers only the questionnaires that fit this trajectory (no team scale in a couple's session).
  const questionnaires = useRead('questionnaires.list', { language, trajectoryId: trajectory.id }).data ?? noQuestionnaires;
  const answered = useRead('questionnaires.responses', { trajectoryId: trajectory.id }).data;
  const responses = useMemo(() => (answered ?? []).filter((r) => r.sessionId === session.id), [answered, session.id]);
  const [chosenKey, setKey] = useState('');
  const key = chosenKey || (questionnaires[0]?.key ?? '');
  const [participantId, setParticipantId] = useState(attendees[0]?.id ?? 0);
  const [filling, setFilling] = useState<Filling | null>(null);
  const [latest, setLatest] = useState<{ response: QuestionnaireResponse; detail: QuestionnaireDetail } | null>(null);
  const raised = useAnswerAlerts(responses);
  // The definition of the questionnaire being filled in; one opened before in this session opens at once.
  const opened = useRead('questionnaires.get', { key: filling?.key ?? '' }, { enabled: filling !== null });
  const detail = filling && opened.data?.definition.key === filling.key ? opened.data : null;
  const failure = filling ? opened.error : null;

  const begin = () => {
    setLatest(null);
    setFilling({ key, participantId });
    if (opened.error) void opened.reload();
  };

  const nameOf = (id: number) => {
    const participant = attendees.find((p) => p.id === id);
    return participant ? callName(participant) : '';
  };
  const titleOf = (responseKey: string) => questionnaires.find((q) => q.key === responseKey)?.title ?? responseKey;
  const earlier = filling && responses.find((r) => r.participantId === filling.participantId && r.key === filling.key);

  return (
    <section className="card workspace-section" aria-labelledby="questionnaire-title">
      <h2 id="questionnaire-title">{t('sessions.questionnaire.title')}</h2>
      {responses.length > 0 && (
        <ul className="response-list" aria-label={t('sessions.questionnaire.done')}>
          {responses.map((response) => (
            <li key={response.id}>
              <span>
                {t('sessions.questionnaire.doneBy', { title: titleOf(response.key), name: nameOf(response.participantId) })}
              </span>
              <span className="response-score">
                {response.groupOnly
                  ? t('forms.group.onlyGroup')
                  : response.scores.total.score === null
                  ? t('questionnaires.score.none', { count: response.scores.total.missing })
                  : formatNumber(response.scores.total.score, i18n.language)}
                {!response.groupOnly && response.scores.total.band && <BandLabel band={response.scores.total.band} language={language} />}
              </span>
              {response.id !== latest?.response.id && (
                <AnswerAlerts alerts={raised.find((r) => r.response.id === response.id)?.alerts ?? []} />
              )}
            </li>
          ))}
        </ul>
      )}
      {latest && (
        <div className="q-result" role="status">
          <h3>
            {t('sessions.questionnaire.stored', {
              title: localize(latest.detail.definition.title, language),
              name: nameOf(latest.response.participantId),
            })}
          </h3>
          {latest.response.groupOnly ? (
            <p>{t('forms.group.storedAnonymously', { name: nameOf(latest.response.participantId) })}</p>
          ) : (
            <>
              <AnswerAlerts alerts={alertsFor(latest.detail.definition, latest.response.answers)} />
              <ScoreSummary scores={latest.response.scores} definition={latest.detail.definition} />
            </>
          )}
        </div>
      )}
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {filling && detail ? (
        <>
          {earlier && <Notice tone="info">{t('sessions.questionnaire.replaces', { name: nameOf(filling.participantId) })}</Notice>}
          <QuestionnaireFill
            key={`${filling.key}-${filling.participantId}`}
            detail={detail}
            respondent={nameOf(filling.participantId)}
            initial={earlier?.answers}
            onCancel={() => setFilling(null)}
            onSubmit={async (answers) => {
              const result = await write('questionnaires.respond', {
                sessionId: session.id,
                participantId: filling.participantId,
                key: detail.definition.key,
                version: detail.definition.version,
                answers,
              });
              if (!result.ok) return result.error;
              setLatest({ response: result.value, detail });
              setFilling(null);
              notify(t('sessions.questionnaire.savedToast'));
              return null;
            }}
          />
        </>
      ) : (
        <div className="inline-form q-start">
          <SelectField label={t('sessions.questionnaire.which')} value={key} onChange={(event) => setKey(event.target.value)}>
            {questionnaires.map((q) => (
              <option key={q.key} value={q.key}>
                {q.title}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('sessions.questionnaire.respondent')}
            value={participantId}
            onChange={(event) => setParticipantId(Number(event.target.value))}
          >
            {attendees.map((participant) => (
              <option key={participant.id} value={participant.id}>
                {callName(participant)}
              </option>
            ))}
          </SelectField>
          <Button icon="plus" disabled={!key || attendees.length === 0} onClick={begin}>
            {t('sessions.questionnaire.begin')}
          </Button>
          <LetClientFillIn trajectory={trajectory} participants={attendees} sessionId={session.id} />
        </div>
      )}
    </section>
  );
}

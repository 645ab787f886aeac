import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentSeries, Participant, QuestionnaireResponse, ScoreSeries } from '../../../../shared/contract';
import { chartTime, LineChart, seriesStyle, type LineChartSeries } from '../../charts';
import { formatDay } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
import { Notice } from '../../ui/Notice';
import { AnswerAlerts, useAnswerText } from '../questionnaires/AnswerAlerts';
import { GroupFiguresView } from '../questionnaires/GroupFiguresView';
import { useAnswerAlerts, type ResponseAlerts } from '../questionnaires/useAnswerAlerts';

interface InstrumentChart {
  key: string;
  instrument: InstrumentSeries;
  series: LineChartSeries[];
}

/** One chart per questionnaire, a line per respondent, over the questionnaire's interpretation bands. */
function chartsOf(scores: ScoreSeries, participants: readonly Participant[]): InstrumentChart[] {
  const charts = new Map<string, InstrumentChart>();
  for (const respondent of scores.respondents) {
    const index = participants.findIndex((p) => p.id === respondent.participantId);
    const name = participants[index]?.displayName ?? '';
    for (const instrument of respondent.instruments) {
      let chart = charts.get(instrument.key);
      if (!chart) charts.set(instrument.key, (chart = { key: instrument.key, instrument, series: [] }));
      chart.series.push({
        id: `p${respondent.participantId}`,
        label: name,
        style: seriesStyle(index),
        points: instrument.points.map((p) => ({ x: chartTime(p.startsAt), y: p.total })),
      });
    }
  }
  return [...charts.values()];
}

/** Under a questionnaire's chart: its answers that ask for attention, newest first, with who gave them and when. */
function RaisedAlerts({ raised, participants }: { raised: ResponseAlerts[]; participants: readonly Participant[] }) {
  const { t, i18n } = useTranslation();
  const answerText = useAnswerText();
  if (raised.length === 0) return null;
  const newestFirst = [...raised].reverse();
  return (
    <AnswerAlerts alerts={raised.flatMap((r) => r.alerts)}>
      <ul className="answer-alert-where">
        {newestFirst.flatMap(({ response, definition, alerts }) =>
          alerts.map((alert) => (
            <li key={`${response.id}-${alert.itemId}`}>
              {t('questionnaires.alerts.where', {
                name: participants.find((p) => p.id === response.participantId)?.displayName ?? '',
                date: formatDay(response.startsAt, i18n.language),
                answer: answerText(definition, alert.answer),
              })}
            </li>
          )),
        )}
      </ul>
    </AnswerAlerts>
  );
}

// One empty list for every render while the answers load, so the alerts are not worked out again.
const noResponses: readonly QuestionnaireResponse[] = [];

interface QuestionnaireScoresProps {
  trajectoryId: number;
  participants: readonly Participant[];
  /** Buttons beside the heading. */
  actions?: ReactNode;
}

export function QuestionnaireScores({ trajectoryId, participants, actions }: QuestionnaireScoresProps) {
  const { t, i18n } = useTranslation();
  const { data: scores, error } = useRead('questionnaires.scoreSeries', { trajectoryId });
  const { data: groups } = useRead('questionnaires.groupFigures', { trajectoryId });
  // The answers themselves, for the alerts a definition sets on single questions (PHQ-9 question 9).
  const { data: responses = noResponses } = useRead('questionnaires.responses', { trajectoryId });
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const raised = useAnswerAlerts(responses);

  const charts = scores ? chartsOf(scores, participants) : [];
  return (
    <section className="trajectory-section" aria-labelledby="questionnaires-heading">
      <div className="section-head">
        <h2 id="questionnaires-heading">{t('trajectories.questionnaires.title')}</h2>
        {actions && <div className="section-actions">{actions}</div>}
      </div>
      {error && <Notice tone="error">{apiErrorText(t, error)}</Notice>}
      {groups && <GroupFiguresView figures={groups} participants={participants} />}
      {scores && charts.length === 0 && (!groups || groups.instruments.length === 0) && <p className="section-empty">{t('trajectories.questionnaires.empty')}</p>}
      {charts.map(({ key, instrument, series }) => {
        const title = instrument.title[language] || instrument.title.nl || instrument.title.en;
        return (
          <div key={key} className="questionnaire-chart">
            <h3 className="subsection-title">{title}</h3>
            <RaisedAlerts raised={raised.filter((r) => r.response.key === key)} participants={participants} />
            <LineChart
              title={t('trajectories.questionnaires.chartTitle', { title })}
              showTitle={false}
              series={series}
              yDomain={[instrument.range.min, instrument.range.max]}
              yLabel={t(`trajectories.questionnaires.method.${instrument.method}`)}
              bands={instrument.bands.map((band) => ({
                from: band.from,
                to: band.to,
                label: band.label[language] || band.label.nl,
                tone: band.severity,
              }))}
            />
          </div>
        );
      })}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { GroupFigures, GroupInstrument, Participant } from '../../../../shared/contract';
import { chartTime, LineChart, seriesStyle } from '../../charts';
import { formatDate, formatNumber } from '../../i18n/format';

/** A team's anonymous questionnaire: the group mean over time and per round who answered, never one person's score. */
function GroupInstrumentView({ instrument, threshold, participants }: { instrument: GroupInstrument; threshold: number; participants: readonly Participant[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const title = t('forms.group.title', { title: instrument.title[language] || instrument.title.nl });
  const number = (value: number) => formatNumber(value, i18n.language);
  const names = (ids: readonly number[]) => ids.map((id) => participants.find((p) => p.id === id)?.displayName ?? '').filter(Boolean).join(', ');
  const shown = instrument.rounds.filter((r) => r.figures !== null);
  return (
    <div className="questionnaire-chart group-figures">
      <h3 className="subsection-title">{title}</h3>
      <p className="section-hint">{t('forms.group.intro', { threshold })}</p>
      {shown.length > 0 && (
        <LineChart
          title={title}
          showTitle={false}
          series={[{ id: 'group', label: t('forms.group.mean'), style: seriesStyle(0), points: shown.map((r) => ({ x: chartTime(r.date), y: r.figures!.mean })) }]}
          yDomain={[instrument.range.min, instrument.range.max]}
          yLabel={t(`trajectories.questionnaires.method.${instrument.method}`)}
        />
      )}
      <table className="data-table">
        <caption>{t('forms.group.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('forms.group.date')}</th>
            <th scope="col">{t('forms.group.answered')}</th>
            <th scope="col">{t('forms.group.mean')}</th>
            <th scope="col">{t('forms.group.spread')}</th>
            <th scope="col">{t('forms.group.range')}</th>
            <th scope="col">{t('forms.group.change')}</th>
          </tr>
        </thead>
        <tbody>
          {instrument.rounds.map((round) => (
            <tr key={round.roundId}>
              <th scope="row">
                {formatDate(round.date, i18n.language)}
                <div className="cell-hint">{t('forms.group.who', { names: names(round.respondentIds) })}</div>
              </th>
              <td>{round.respondentCount}</td>
              {round.figures ? (
                <>
                  <td>{number(round.figures.mean)}</td>
                  <td>{number(round.figures.spread)}</td>
                  <td>{`${number(round.figures.lowest)}–${number(round.figures.highest)}`}</td>
                  <td>{round.figures.change === null ? '–' : `${round.figures.change > 0 ? '+' : ''}${number(round.figures.change)}`}</td>
                </>
              ) : (
                <td colSpan={4}>{t('forms.group.tooFew')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GroupFiguresView({ figures, participants }: { figures: GroupFigures; participants: readonly Participant[] }) {
  return (
    <>
      {figures.instruments.map((instrument) => (
        <GroupInstrumentView key={instrument.key} instrument={instrument} threshold={figures.threshold} participants={participants} />
      ))}
    </>
  );
}

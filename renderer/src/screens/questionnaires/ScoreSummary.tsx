import { useTranslation } from 'react-i18next';
import { localize, type QuestionnaireDefinition } from '../../../../shared/questionnaires/definition';
import type { GroupScore, QuestionnaireScores } from '../../../../shared/questionnaires/scores';
import { formatNumber } from '../../i18n/format';
import { BandLabel } from './BandLabel';
import { screenLanguage } from './language';

function ScoreLine({ label, score }: { label: string; score: GroupScore }) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  return (
    <div className="score-line">
      <dt>{label}</dt>
      <dd>
        {score.score === null ? (
          <span>{t('questionnaires.score.none', { count: score.missing })}</span>
        ) : (
          <>
            <strong className="score-value">{formatNumber(score.score, i18n.language)}</strong>
            {score.band && <BandLabel band={score.band} language={language} />}
            {score.prorated && <span className="muted small">{t('questionnaires.score.prorated', { count: score.missing })}</span>}
          </>
        )}
      </dd>
    </div>
  );
}

/** The total and each subscale, with the band it falls in. */
export function ScoreSummary({ scores, definition }: { scores: QuestionnaireScores; definition: QuestionnaireDefinition }) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  return (
    <dl className="score-summary">
      <ScoreLine label={t('questionnaires.score.total')} score={scores.total} />
      {definition.scoring.subscales.map((subscale) => {
        const score = scores.subscales[subscale.key];
        return score ? <ScoreLine key={subscale.key} label={localize(subscale.title, language)} score={score} /> : null;
      })}
    </dl>
  );
}

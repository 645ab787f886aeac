import { useTranslation } from 'react-i18next';
import { feedback360Columns, type Feedback360Cell, type Feedback360Result } from '../../../../shared/contract/feedback360';
import { localize } from '../../../../shared/questionnaires/definition';
import { useRead } from '../../api/useRead';
import { formatNumber } from '../../i18n/format';
import { screenLanguage } from '../questionnaires/language';
import { TrustFactorChart } from './TrustFactorChart';

/** Self versus others per trust factor, as core allows it to be shown: a table, a chart and the biggest gaps in words. */
export function RoundResult({ roundId, name }: { roundId: number; name: string }) {
  const { t } = useTranslation();
  const result = useRead('feedback360.result', { roundId }).data;
  if (!result) return null;
  if (!result.closed) return <p className="muted">{t('feedback360.resultLater')}</p>;
  return <ResultView result={result} name={name} />;
}

function CellText({ cell }: { cell: Feedback360Cell }) {
  const { t, i18n } = useTranslation();
  if (!cell.shown) return <span className="hidden-figure">{t(`feedback360.result.because.${cell.because}`)}</span>;
  return (
    <>
      <span className="figure">{formatNumber(cell.score, i18n.language)}</span>
      <span className="muted count">{t('feedback360.result.count', { count: cell.count })}</span>
    </>
  );
}

function ResultView({ result, name }: { result: Feedback360Result; name: string }) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const number = (n: number) => formatNumber(n, i18n.language);
  // A column nobody answered in stays out of the table.
  const columns = feedback360Columns.filter((c) => result.factors.some((f) => f.cells[c].shown || f.cells[c].count > 0));
  return (
    <div className="round-result">
      <h4>{t('feedback360.result.title')}</h4>
      <div className="table-scroll">
        <table className="data-table result-360-table">
          <caption>{t('feedback360.result.caption', { min: result.scale.min, max: result.scale.max })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback360.result.factor')}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(`feedback360.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.factors.map((factor) => (
              <tr key={factor.key}>
                <th scope="row">{localize(factor.title, language)}</th>
                {columns.map((c) => (
                  <td key={c}>
                    <CellText cell={factor.cells[c]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('feedback360.result.rule', { threshold: result.threshold })}</p>
      <TrustFactorChart result={result} />
      <h4>{t('feedback360.result.gapsTitle')}</h4>
      {result.biggestGaps.length === 0 ? (
        <p>{t('feedback360.result.noGaps')}</p>
      ) : (
        <ul className="gaps-360">
          {result.biggestGaps.map((gap) => (
            <li key={gap.key}>
              {t(gap.gap > 0 ? 'feedback360.result.gapOthersHigher' : 'feedback360.result.gapSelfHigher', {
                factor: localize(gap.title, language),
                name,
                self: number(gap.self),
                others: number(gap.others),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

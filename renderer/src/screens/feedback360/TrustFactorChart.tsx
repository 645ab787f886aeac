import { useTranslation } from 'react-i18next';
import { feedback360Columns, type Feedback360Column, type Feedback360Result } from '../../../../shared/contract/feedback360';
import { localize } from '../../../../shared/questionnaires/definition';
import { formatNumber } from '../../i18n/format';
import { screenLanguage } from '../questionnaires/language';

/** Each column has a shape of its own, so nothing rests on colour alone. */
const shapes: Record<Feedback360Column, (x: number, y: number) => string> = {
  self: (x, y) => `M${x - 7},${y}a7,7 0 1,0 14,0a7,7 0 1,0 -14,0`,
  manager: (x, y) => `M${x - 6},${y - 6}h12v12h-12z`,
  peer: (x, y) => `M${x},${y - 7}l7,12h-14z`,
  direct_report: (x, y) => `M${x},${y + 7}l7,-12h-14z`,
  other: (x, y) => `M${x},${y - 7}l7,7l-7,7l-7,-7z`,
  all_others: (x, y) => `M${x - 3},${y - 9}h6v18h-6z`,
};

const width = 320;
const pad = 12;

function Marker({ column, x }: { column: Feedback360Column; x: number }) {
  return <path className={`marker-360 marker-${column}`} d={shapes[column](x, 14)} />;
}

/** Per trust factor a line on the questionnaire's scale with a mark for every column that may be shown; the table is its text. */
export function TrustFactorChart({ result }: { result: Feedback360Result }) {
  const { t, i18n } = useTranslation();
  const language = screenLanguage(i18n.language);
  const { min, max } = result.scale;
  const xOf = (score: number) => pad + ((score - min) / (max - min)) * (width - 2 * pad);
  const present = feedback360Columns.filter((c) => result.factors.some((f) => f.cells[c].shown));
  return (
    <figure className="chart-360" aria-labelledby="chart-360-title">
      <figcaption id="chart-360-title">{t('feedback360.result.chartTitle')}</figcaption>
      <p className="visually-hidden">{t('feedback360.result.chartDescription', { min, max })}</p>
      <ul className="chart-360-legend" aria-hidden="true">
        {present.map((column) => (
          <li key={column}>
            <svg width="20" height="28" viewBox="0 0 20 28">
              <Marker column={column} x={10} />
            </svg>
            {t(`feedback360.columns.${column}`)}
          </li>
        ))}
      </ul>
      <div className="chart-360-rows" aria-hidden="true">
        {result.factors.map((factor) => (
          <div key={factor.key} className="chart-360-row">
            <span className="chart-360-factor">{localize(factor.title, language)}</span>
            <svg viewBox={`0 0 ${width} 40`} className="chart-360-track">
              <line x1={pad} x2={width - pad} y1={14} y2={14} className="track-360" />
              {Array.from({ length: max - min + 1 }, (_, i) => (
                <g key={i}>
                  <line x1={xOf(min + i)} x2={xOf(min + i)} y1={9} y2={19} className="tick-360" />
                  <text x={xOf(min + i)} y={36} textAnchor="middle" className="tick-label-360">
                    {formatNumber(min + i, i18n.language)}
                  </text>
                </g>
              ))}
              {feedback360Columns.map((column) => {
                const cell = factor.cells[column];
                return cell.shown ? <Marker key={column} column={column} x={xOf(cell.score)} /> : null;
              })}
            </svg>
          </div>
        ))}
      </div>
    </figure>
  );
}

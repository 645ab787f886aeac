import type { ReactElement } from 'react';
import { localize, type BandSeverity } from '../../../../shared/questionnaires/definition';
import type { ScoreBand } from '../../../../shared/questionnaires/scores';
import type { Language } from '../../i18n';

/** A small meter: more filled bars for more attention, so the band reads without colour. */
const bars: Record<BandSeverity, number> = { none: 0, mild: 1, moderate: 2, moderately_severe: 3, severe: 4 };

function SeverityMeter({ severity }: { severity: BandSeverity }): ReactElement {
  const filled = bars[severity];
  return (
    <svg className="icon severity-meter" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {[0, 1, 2, 3].map((i) => (
        <rect key={i} x={3 + i * 5} y={16 - i * 4} width="3.5" height={5 + i * 4} rx="1" fill={i < filled ? 'currentColor' : 'none'} />
      ))}
    </svg>
  );
}

/** The band a score falls in: its own words, with a meter for how much attention it asks. */
export function BandLabel({ band, language }: { band: ScoreBand; language: Language }) {
  return (
    <span className={`band band-${band.severity}`}>
      <SeverityMeter severity={band.severity} />
      {localize(band.label, language)}
    </span>
  );
}

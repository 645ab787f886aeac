import { useTranslation } from 'react-i18next';
import type { ErasureCheck } from '../../../../shared/contract';

/** What erasing takes away, as core counted it: whole trajectories, this client's part of shared ones, sessions. */
export function ErasureScope({ check }: { check: ErasureCheck }) {
  const { t } = useTranslation();
  return (
    <div className="erasure-scope">
      <p>{t('privacy.erase.scopeIntro', { name: check.name })}</p>
      <ul>
        <li>{t('privacy.erase.personal')}</li>
        {check.trajectoriesRemoved.length > 0 && (
          <li>
            {t('privacy.erase.trajectoriesRemoved', { count: check.trajectoriesRemoved.length })}
            <ul className="title-list">
              {check.trajectoriesRemoved.map((trajectory) => (
                <li key={trajectory.id}>{trajectory.title}</li>
              ))}
            </ul>
          </li>
        )}
        <li>{t('privacy.erase.sessionsRemoved', { count: check.sessionsRemoved })}</li>
      </ul>
      {check.trajectoriesKept.length > 0 && (
        <>
          <p>{t('privacy.erase.keptIntro', { count: check.trajectoriesKept.length })}</p>
          <ul className="title-list">
            {check.trajectoriesKept.map((trajectory) => (
              <li key={trajectory.id}>{trajectory.title}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t('privacy.erase.tombstone')}</p>
    </div>
  );
}

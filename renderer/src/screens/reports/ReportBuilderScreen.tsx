import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trajectory } from '../../../../shared/contract';
import type { ReportExport, ReportOptions } from '../../../../shared/contract/reports';
import type { ApiError } from '../../../../shared/errors';
import { apiErrorText } from '../../i18n/validation';
import { useFetchRead } from '../../api/useRead';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';
import { ExportHistory } from './ExportHistory';
import { ReportBuilder } from './ReportBuilder';
import { UnprintableWarning } from './UnprintableWarning';
import '../../styles/reports.css';

/** #/trajectories/:id/report — make a progress report of one trajectory, and see the ones made before. */
export function ReportBuilderScreen({ trajectoryId }: { trajectoryId: number }) {
  const { t, i18n } = useTranslation();
  const fetchRead = useFetchRead();
  const navigate = useNavigate();
  const [trajectory, setTrajectory] = useState<Trajectory | null>(null);
  const [options, setOptions] = useState<ReportOptions | null>(null);
  const [exports, setExports] = useState<ReportExport[] | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const language = i18n.language;

  useEffect(() => {
    let current = true;
    void Promise.all([
      fetchRead('trajectories.get', { id: trajectoryId }),
      // Audience names in the screen's language; the report itself speaks the language chosen below.
      fetchRead('reports.options', { trajectoryId, language: language === 'en' ? 'en' : 'nl' }),
    ]).then(([found, offered]) => {
      if (!current) return;
      if (found.ok) setTrajectory(found.value);
      if (offered.ok) setOptions(offered.value);
      else setFailure(offered.error);
    });
    return () => {
      current = false;
    };
  }, [fetchRead, trajectoryId, language]);

  const loadExports = useCallback(async () => {
    const result = await fetchRead('reports.list', { trajectoryId });
    if (result.ok) setExports(result.value);
  }, [fetchRead, trajectoryId]);

  useEffect(() => {
    void loadExports();
  }, [loadExports]);

  return (
    <div className="report-screen">
      <Button variant="quiet" icon="back" onClick={() => navigate({ screen: 'trajectory', id: trajectoryId })}>
        {t('reports.backToTrajectory')}
      </Button>
      <PageHeader title={t('reports.title')} />
      {trajectory && <p className="report-trajectory">{t('reports.trajectory', { title: trajectory.title })}</p>}
      <p className="muted report-intro">{t('reports.intro')}</p>
      <div className="report-privacy" role="note" aria-labelledby="report-privacy-title">
        <Icon name="lock" />
        <p>
          <strong id="report-privacy-title">{t('reports.privacyTitle')}. </strong>
          {t('reports.privacy')}
        </p>
      </div>
      {failure && <Notice tone="error">{apiErrorText(t, failure)}</Notice>}
      {!options && !failure && <BusyNote busy label={t('reports.loading')} />}
      {options && (
        <>
          <UnprintableWarning characters={options.unprintable} />
          <ReportBuilder trajectoryId={trajectoryId} options={options} onExported={() => void loadExports()} />
          <ExportHistory exports={exports} sessions={options.sessions} />
        </>
      )}
    </div>
  );
}

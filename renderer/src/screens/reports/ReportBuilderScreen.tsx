import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { useRead } from '../../api/useRead';
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
  const navigate = useNavigate();
  const language = i18n.language;
  const trajectory = useRead('trajectories.get', { id: trajectoryId }).data;
  // Audience names in the screen's language; the report itself speaks the language chosen below.
  const offered = useRead('reports.options', { trajectoryId, language: language === 'en' ? 'en' : 'nl' });
  const options = offered.data ?? null;
  const failure = options ? null : offered.error;
  // Asked again by an export's own write.
  const exports = useRead('reports.list', { trajectoryId }).data ?? null;

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
          <ReportBuilder trajectoryId={trajectoryId} options={options} />
          <ExportHistory exports={exports} sessions={options.sessions} />
        </>
      )}
    </div>
  );
}

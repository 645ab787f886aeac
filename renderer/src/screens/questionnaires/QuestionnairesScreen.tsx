import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useNavigate } from '../shell/navigation';
import { PracticeItemTexts } from './PracticeItemTexts';
import { QuestionnaireDetailView } from './QuestionnaireDetailView';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { QuestionnaireList } from './QuestionnaireList';
import type { QuestionnaireView } from './views';
import '../../styles/questionnaires.css';

/** The questionnaires section: list, one definition, the editor, or the practice's own item texts. */
export function QuestionnairesScreen({ view = { kind: 'list' } }: { view?: QuestionnaireView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (next: QuestionnaireView) => navigate({ screen: 'questionnaires', view: next });
  const back = (
    <Button variant="quiet" icon="back" onClick={() => open({ kind: 'list' })}>
      {t('questionnaires.backToList')}
    </Button>
  );

  switch (view.kind) {
    case 'list':
      return <QuestionnaireList onOpen={open} />;
    case 'detail':
      return (
        <>
          {back}
          <QuestionnaireDetailView key={view.key} questionnaireKey={view.key} onOpen={open} />
        </>
      );
    case 'new':
    case 'copy':
    case 'edit':
      return (
        <>
          {back}
          <QuestionnaireEditor
            key={view.kind === 'new' ? 'new' : `${view.kind}-${view.key}`}
            start={view.kind === 'new' ? { kind: 'new' } : { kind: view.kind, key: view.key }}
            onDone={(key) => open(key ? { kind: 'detail', key } : { kind: 'list' })}
          />
        </>
      );
    case 'itemTexts':
      return (
        <>
          {back}
          <PracticeItemTexts key={view.key} questionnaireKey={view.key} onDone={() => open({ kind: 'detail', key: view.key })} />
        </>
      );
  }
}

import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedAnswers, Trajectory } from '../../../../shared/contract';
import { maxAnswerFileLength } from '../../../../shared/contract/forms';
import type { ApiError } from '../../../../shared/errors';
import { useRead } from '../../api/useRead';
import { useWrite } from '../../api/useWrite';
import { formatDate } from '../../i18n/format';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useNotify } from '../../ui/Toasts';
import { GiveQuestionnaireDialog } from './GiveQuestionnaireDialog';

const refusals = ['answer_file_damaged', 'other_vault', 'form_unknown', 'already_imported', 'form_expired', 'feedback360_answer_file'] as const;

interface SealedFormsSectionProps {
  trajectory: Trajectory;
}

/** Form files handed to participants, whether they came back, and the place to read an answer file in. */
export function SealedFormsSection({ trajectory }: SealedFormsSectionProps) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const notify = useNotify();
  const picker = useRef<HTMLInputElement>(null);
  const forms = useRead('forms.list', { trajectoryId: trajectory.id }).data ?? null;
  const questionnaires = useRead('questionnaires.list', { language: i18n.language === 'en' ? 'en' : 'nl', archived: 'all' }).data;
  const titles = useMemo(() => new Map((questionnaires ?? []).map((q) => [q.key, q.title])), [questionnaires]);
  const [giving, setGiving] = useState(false);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const nameOf = (participantId: number) => trajectory.participants.find((p) => p.id === participantId)?.displayName ?? '';
  const refusal = (error: ApiError) => {
    const reason = refusals.find((r) => r === error.reason);
    return reason ? t(`forms.sealed.refused.${reason}`) : apiErrorText(t, error);
  };

  const readFile = async (file: File) => {
    setFailure(null);
    if (file.size > maxAnswerFileLength) return setFailure(t('forms.sealed.tooBig'));
    setReading(true);
    const result = await write('forms.importAnswers', { content: await file.text() });
    setReading(false);
    if (!result.ok) return setFailure(refusal(result.error));
    announce(result.value);
  };

  const announce = (answers: ImportedAnswers) => {
    const name = nameOf(answers.participantId);
    notify(t('forms.sealed.imported', { name, questionnaire: titles.get(answers.response.key) ?? answers.response.key }));
    if (answers.selfReports.length > 0) notify(t('forms.sealed.importedSelfReports', { name, count: answers.selfReports.length }), 'info');
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <section
      className={dragging ? 'trajectory-section sealed-forms dropping' : 'trajectory-section sealed-forms'}
      aria-labelledby="forms-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="section-head">
        <h2 id="forms-heading">{t('forms.sealed.title')}</h2>
        <div className="section-actions">
          <Button icon="plus" onClick={() => setGiving(true)}>
            {t('forms.sealed.give')}
          </Button>
          <Button icon="upload" onClick={() => picker.current?.click()} disabled={reading}>
            {t('forms.sealed.importFile')}
          </Button>
          <input
            ref={picker}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label={t('forms.sealed.importFile')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </div>
      </div>
      <p className="muted">{t('forms.sealed.intro')}</p>
      <p className="muted drop-hint">{t('forms.sealed.dropHint')}</p>
      <BusyNote busy={reading} label={t('forms.sealed.reading')} />
      {failure && <Notice tone="error">{failure}</Notice>}
      {forms === null ? null : forms.length === 0 ? (
        <p className="section-empty">{t('forms.sealed.empty')}</p>
      ) : (
        <table className="data-table sealed-forms-table">
          <caption className="visually-hidden">{t('forms.sealed.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forms.sealed.who')}</th>
              <th scope="col">{t('forms.sealed.questionnaire')}</th>
              <th scope="col">{t('forms.sealed.created')}</th>
              <th scope="col">{t('forms.sealed.validUntil')}</th>
              <th scope="col">{t('forms.sealed.state')}</th>
            </tr>
          </thead>
          <tbody>
            {forms.map((form) => (
              <tr key={form.formId}>
                <th scope="row">{nameOf(form.participantId)}</th>
                <td>{titles.get(form.questionnaireKey) ?? form.questionnaireKey}</td>
                <td>{formatDate(form.createdAt, i18n.language)}</td>
                <td>{formatDate(form.expiresAt, i18n.language)}</td>
                <td>{t(`forms.sealed.states.${form.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <GiveQuestionnaireDialog
        open={giving}
        onOpenChange={setGiving}
        trajectory={trajectory}
        onMade={(names) => {
          setGiving(false);
          notify(t('forms.give.made', { count: names.length, names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names) }));
        }}
      />
    </section>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientModeQuestionnaire } from '../../../../shared/contract';
import { itemText, localize } from '../../../../shared/questionnaires/definition';
import type { Answers } from '../../../../shared/questionnaires/scores';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useWrite } from '../../api/useWrite';
import { screenLanguage } from '../questionnaires/language';
import { ItemAnswer } from '../questionnaires/QuestionnaireFill';


/** The one questionnaire, for the client: a greeting, the items one under the other, and one button. */
export function ClientQuestionnaire({ questionnaire }: { questionnaire: ClientModeQuestionnaire }) {
  const { t, i18n } = useTranslation();
  const write = useWrite();
  const language = screenLanguage(i18n.language);
  const { definition, practiceItemTexts, firstName } = questionnaire;
  const context = questionnaire.address === 'u' ? 'u' : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [problem, setProblem] = useState<'noAnswers' | 'failed' | null>(null);
  const [saving, setSaving] = useState(false);
  const answered = definition.items.filter((item) => answers[item.id] != null).length;

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (answered === 0) {
      setProblem('noAnswers');
      event.currentTarget.querySelector('input')?.focus();
      return;
    }
    setSaving(true);
    setProblem(null);
    // Once stored, the questionnaire is asked again and says it was answered: the thanks take its place.
    const result = await write('clientMode.submit', { answers: definition.items.map((item) => ({ itemId: item.id, value: answers[item.id] ?? null })) });
    setSaving(false);
    if (!result.ok) setProblem('failed');
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('clientMode.client.hello', { name: firstName, context })}
      </h1>
      <p className="client-mode-intro">{t('clientMode.client.intro', { context })}</p>
      <form className="q-fill client-mode-form" aria-labelledby="client-mode-title" noValidate onSubmit={(event) => void submit(event)}>
        <h2 id="client-mode-title">{localize(definition.title, language)}</h2>
        {definition.instructions && <p className="q-instructions">{localize(definition.instructions, language)}</p>}
        {definition.items.map((item, index) => (
          <ItemAnswer
            key={item.id}
            name={`client-${item.id}`}
            legend={`${index + 1}. ${itemText(item, practiceItemTexts, language)}`}
            scale={definition.scale}
            value={answers[item.id] ?? null}
            onChange={(value) => {
              setProblem(null);
              setAnswers((current) => ({ ...current, [item.id]: value }));
            }}
          />
        ))}
        <p className="q-progress" role="status">
          {t('questionnaires.fill.progress', { answered, total: definition.items.length })}
        </p>
        {problem && <Notice tone="error">{t(`clientMode.client.${problem}`)}</Notice>}
        <div className="form-actions">
          <Button type="submit" variant="primary" icon="check" aria-disabled={saving || undefined}>
            {t('questionnaires.fill.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

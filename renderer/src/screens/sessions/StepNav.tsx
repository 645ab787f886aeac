import { useTranslation } from 'react-i18next';

const steps = [
  { heading: 'review-title', key: 'review' },
  { heading: 'goals-title', key: 'goals' },
  { heading: 'notes-title', key: 'notes' },
  { heading: 'agreements-title', key: 'agreements' },
  { heading: 'questionnaire-title', key: 'questionnaire' },
  { heading: 'finalise-title', key: 'finalise' },
] as const;

/** The six steps of a session, each a jump to its section (buttons: the address bar holds the route). */
export function StepNav() {
  const { t } = useTranslation();
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="step-nav" aria-label={t('sessions.steps.label')}>
      <ol>
        {steps.map((step) => (
          <li key={step.key}>
            <button type="button" className="link-button" onClick={() => jump(step.heading)}>
              {t(`sessions.steps.${step.key}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

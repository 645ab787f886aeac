import type { formsNl } from '../nl/forms';

/** Clients taking part: group figures, sealed forms, answer files, client mode; in English. */
export const formsEn: typeof formsNl = {
  group: {
    title: '{{title}}: group figures',
    intro: 'The team fills in this questionnaire anonymously. You see who answered, not what; figures only with at least {{threshold}} responses.',
    caption: 'Group figures per round',
    date: 'Date',
    answered: 'Responses',
    mean: 'Average',
    spread: 'Spread',
    range: 'Lowest–highest',
    change: 'Change',
    tooFew: 'Too few responses',
    who: 'Filled in by: {{names}}',
    onlyGroup: 'Anonymous: in group figures only',
    storedAnonymously: 'The answers of {{name}} were stored anonymously. They count towards the team’s group figures.',
  },
};

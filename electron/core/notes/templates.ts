import type { NoteTemplate } from '../../../shared/contract';
import type { Language } from '../../../shared/contract/fields';
import type { NoteTemplateKey } from '../../../shared/domain/session';

type Words = Record<Language, string>;
interface SectionSource {
  key: string;
  target: 'summary' | 'private';
  heading: Words;
  hint: Words;
}
interface TemplateSource {
  name: Words;
  description: Words;
  sections: SectionSource[];
}

const s = (key: string, target: 'summary' | 'private', nl: string, en: string, hintNl: string, hintEn: string): SectionSource => ({
  key,
  target,
  heading: { nl, en },
  hint: { nl: hintNl, en: hintEn },
});

const nextSteps = s('next_steps', 'summary', 'Vervolgstappen', 'Next steps', 'Wat gebeurt er tot de volgende sessie?', 'What happens before the next session?');
const observations = s('observations', 'private', 'Observaties', 'Observations', 'Wat viel je op? Alleen voor jezelf.', 'What did you notice? For yourself only.');

/** The note templates, in the order offered. Summary sections may reach a report; private ones never do. */
const sources: Record<NoteTemplateKey, TemplateSource> = {
  intake: {
    name: { nl: 'Intake', en: 'Intake' },
    description: { nl: 'Eerste kennismaking: hulpvraag, achtergrond en doelen.', en: 'First meeting: request for help, background and goals.' },
    sections: [
      s('request', 'summary', 'Hulpvraag', 'Request for help', 'Waarom nu, en wat moet er anders?', 'Why now, and what should change?'),
      s('goals', 'summary', 'Doelen', 'Goals', 'Waaraan merk je dat het beter gaat?', 'How will you notice things are better?'),
      nextSteps,
      s('background', 'private', 'Achtergrond', 'Background', 'Voorgeschiedenis, context, eerdere hulp.', 'History, context, earlier help.'),
      observations,
      s('hypotheses', 'private', 'Werkhypothesen', 'Working hypotheses', 'Wat zou er spelen?', 'What might be going on?'),
    ],
  },
  regular: {
    name: { nl: 'Sessie', en: 'Session' },
    description: { nl: 'Wat besproken is, inzichten en vervolgstappen.', en: 'What was discussed, insights and next steps.' },
    sections: [
      s('discussed', 'summary', 'Besproken', 'Discussed', 'De onderwerpen van vandaag.', "Today's topics."),
      s('insights', 'summary', 'Inzichten', 'Insights', 'Wat werd duidelijk?', 'What became clear?'),
      nextSteps,
      observations,
      s('for_next_time', 'private', 'Voor de volgende sessie', 'For the next session', 'Waar wil je op terugkomen?', 'What do you want to come back to?'),
    ],
  },
  trust_repair: {
    name: { nl: 'Vertrouwensherstel', en: 'Trust repair' },
    description: { nl: 'Na een schending: erkenning, herstelacties en veiligheid.', en: 'After a breach: acknowledgement, repair actions and safety.' },
    sections: [
      s('acknowledgement', 'summary', 'Erkenning', 'Acknowledgement', 'Wat is erkend, en door wie?', 'What was acknowledged, and by whom?'),
      s('repair_actions', 'summary', 'Herstelacties', 'Repair actions', 'Welke concrete stappen zijn afgesproken?', 'Which concrete steps were agreed?'),
      s('what_helps', 'summary', 'Wat helpt het vertrouwen', 'What helps trust', 'Wat werkt al, wat is nodig?', 'What already works, what is needed?'),
      s('dynamics', 'private', 'Dynamiek', 'Dynamics', 'Patronen tussen de deelnemers.', 'Patterns between the participants.'),
      s('safety', 'private', 'Emotionele veiligheid', 'Emotional safety', 'Signalen, risico’s, zorgen.', 'Signals, risks, concerns.'),
    ],
  },
  evaluation: {
    name: { nl: 'Evaluatie', en: 'Evaluation' },
    description: { nl: 'Voortgang op doelen en afspraken, en hoe verder.', en: 'Progress on goals and agreements, and how to continue.' },
    sections: [
      s('progress', 'summary', 'Voortgang op doelen', 'Progress on goals', 'Scores en wat erachter zit.', 'Ratings and what lies behind them.'),
      s('agreements', 'summary', 'Nakomen van afspraken', 'Keeping agreements', 'Het nakomingspercentage en wat het betekent.', 'The follow-through rate and what it means.'),
      s('going_well', 'summary', 'Wat gaat goed', 'What goes well', 'Benoem wat werkt.', 'Name what works.'),
      nextSteps,
      s('reflection', 'private', 'Reflectie', 'Reflection', 'Jouw eigen blik op het traject.', 'Your own view of the programme.'),
    ],
  },
  closing: {
    name: { nl: 'Afsluitende sessie', en: 'Closing session' },
    description: { nl: 'Wat bereikt is en hoe het vastgehouden wordt.', en: 'What was achieved and how to keep it.' },
    sections: [
      s('achieved', 'summary', 'Wat is bereikt', 'What was achieved', 'Terugblik op doelen en afspraken.', 'Looking back on goals and agreements.'),
      s('keeping_it', 'summary', 'Vasthouden', 'Keeping it up', 'Signalen van terugval en wat dan te doen.', 'Signs of relapse and what to do then.'),
      s('reflection', 'private', 'Reflectie', 'Reflection', 'Wat neem je zelf mee uit dit traject?', 'What do you take away from this programme yourself?'),
    ],
  },
};

export function noteTemplate(key: NoteTemplateKey, language: Language): NoteTemplate {
  const source = sources[key];
  const sections = source.sections.map((section) => ({
    key: section.key,
    heading: section.heading[language],
    hint: section.hint[language],
    target: section.target,
  }));
  const skeleton = (target: 'summary' | 'private') =>
    sections
      .filter((section) => section.target === target)
      .map((section) => `${section.heading}\n\n`)
      .join('\n');
  return {
    key,
    name: source.name[language],
    description: source.description[language],
    sections,
    skeleton: { summary: skeleton('summary'), privateNotes: skeleton('private') },
  };
}

export function noteTemplates(language: Language): NoteTemplate[] {
  return (Object.keys(sources) as NoteTemplateKey[]).map((key) => noteTemplate(key, language));
}

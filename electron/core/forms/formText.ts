import type { ClientAddress } from '../../../shared/contract/practice';
import type { Language } from '../../../shared/contract/fields';

/**
 * Every word a form file shows, in the client's language, at B1: short sentences. Dutch says "je",
 * or "u" all through when the practice chose that. `practice` is the practice's name, or "de
 * praktijk" when it has none: never a fixed title such as "behandelaar".
 */
export interface FormText {
  intro: (p: { name: string; practice: string }) => string;
  private: (practice: string) => string;
  steps: (practice: string) => string[];
  until: (date: string) => string;
  questions: string;
  item: (n: number) => string;
  agreements: string;
  agreementsIntro: string;
  outcomes: { kept: string; partly_kept: string; not_kept: string };
  reflection: string;
  reflectionHint: string;
  save: string;
  saved: (file: string, practice: string) => string;
  expired: (practice: string) => string;
  noAnswers: string;
  noCrypto: string;
  failed: string;
  /** Who the answers go to when the practice has no name. */
  thePractice: string;
}

/** A sentence starts with a capital, also when it starts with "de praktijk". */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const nl: FormText = {
  intro: ({ name, practice }) => `Hallo ${name}. ${capital(practice)} vraagt je deze vragenlijst in te vullen.`,
  private: (practice) => `Je antwoorden blijven op je eigen computer tot je ze zelf opstuurt. Alleen ${practice} kan ze lezen. Dit formulier gebruikt geen internet.`,
  steps: (practice) => [
    'Vul de vragen in. Je mag een vraag overslaan.',
    'Klik onderaan op ‘Antwoorden opslaan’. Je computer bewaart dan een antwoordbestand.',
    `Stuur dat bestand naar ${practice}, bijvoorbeeld per e-mail.`,
  ],
  until: (date) => `Je kunt dit formulier invullen tot en met ${date}.`,
  questions: 'Vragen',
  item: (n) => `Vraag ${n}`,
  agreements: 'Je afspraken',
  agreementsIntro: 'Hoe ging het met deze afspraken sinds de vorige sessie?',
  outcomes: { kept: 'Nagekomen', partly_kept: 'Deels nagekomen', not_kept: 'Nog niet' },
  reflection: 'Wil je nog iets kwijt?',
  reflectionHint: 'Dit mag leeg blijven.',
  save: 'Antwoorden opslaan',
  saved: (file, practice) =>
    `Je antwoordbestand is opgeslagen als ${file}. Stuur dit bestand naar ${practice}. Het is versleuteld: alleen ${practice} kan het openen.`,
  expired: (practice) => `Dit formulier kan niet meer worden ingevuld: de datum is voorbij. Vraag ${practice} om een nieuw formulier.`,
  noAnswers: 'Beantwoord minstens één vraag.',
  noCrypto: 'Deze browser kan je antwoorden niet versleutelen. Open het bestand in een recente browser, zoals Firefox, Chrome, Edge of Safari.',
  failed: 'Het opslaan is niet gelukt. Probeer het nog een keer.',
  thePractice: 'de praktijk',
};

const nlFormal: FormText = {
  ...nl,
  intro: ({ name, practice }) => `Beste ${name}. ${capital(practice)} vraagt u deze vragenlijst in te vullen.`,
  private: (practice) => `Uw antwoorden blijven op uw eigen computer tot u ze zelf opstuurt. Alleen ${practice} kan ze lezen. Dit formulier gebruikt geen internet.`,
  steps: (practice) => [
    'Vul de vragen in. U mag een vraag overslaan.',
    'Klik onderaan op ‘Antwoorden opslaan’. Uw computer bewaart dan een antwoordbestand.',
    `Stuur dat bestand naar ${practice}, bijvoorbeeld per e-mail.`,
  ],
  until: (date) => `U kunt dit formulier invullen tot en met ${date}.`,
  agreements: 'Uw afspraken',
  reflection: 'Wilt u nog iets kwijt?',
  saved: (file, practice) =>
    `Uw antwoordbestand is opgeslagen als ${file}. Stuur dit bestand naar ${practice}. Het is versleuteld: alleen ${practice} kan het openen.`,
  noCrypto: 'Deze browser kan uw antwoorden niet versleutelen. Open het bestand in een recente browser, zoals Firefox, Chrome, Edge of Safari.',
};

const en: FormText = {
  intro: ({ name, practice }) => `Hello ${name}. ${capital(practice)} asks you to fill in this questionnaire.`,
  private: (practice) => `Your answers stay on your own computer until you send them yourself. Only ${practice} can read them. This form does not use the internet.`,
  steps: (practice) => [
    'Answer the questions. You may skip a question.',
    'Click ‘Save answers’ at the bottom. Your computer then keeps an answer file.',
    `Send that file to ${practice}, for example by email.`,
  ],
  until: (date) => `You can fill in this form until ${date}.`,
  questions: 'Questions',
  item: (n) => `Question ${n}`,
  agreements: 'Your agreements',
  agreementsIntro: 'How did these agreements go since the last session?',
  outcomes: { kept: 'Kept', partly_kept: 'Partly kept', not_kept: 'Not yet' },
  reflection: 'Anything else you would like to say?',
  reflectionHint: 'You may leave this empty.',
  save: 'Save answers',
  saved: (file, practice) => `Your answer file was saved as ${file}. Send this file to ${practice}. It is encrypted: only ${practice} can open it.`,
  expired: (practice) => `This form can no longer be filled in: its date has passed. Ask ${practice} for a new one.`,
  noAnswers: 'Answer at least one question.',
  noCrypto: 'This browser cannot encrypt your answers. Open the file in a recent browser, such as Firefox, Chrome, Edge or Safari.',
  failed: 'Saving did not work. Please try again.',
  thePractice: 'the practice',
};

export function formText(language: Language, address: ClientAddress = 'je'): FormText {
  if (language === 'en') return en;
  return address === 'u' ? nlFormal : nl;
}

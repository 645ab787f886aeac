import type { Language, Source } from './texts';

/** A word the glossary rules out, and the word to write instead. */
export interface RuledOut {
  language: Language;
  word: RegExp;
  better: string;
  /** Only in these texts; every text when absent. */
  only?: Source[];
  /** Never in these texts (validated questionnaires keep their official wording). */
  except?: Source[];
  /** Only texts whose key matches, e.g. a questionnaire's source note. */
  key?: RegExp;
}

/** Names kept as published, whatever their spelling: the titles of cited articles. */
export const publishedNames: RegExp[] = [/Psychological safety and learning behavior in work teams/];

const clientFacingAndScreens: Source[] = ['ui', 'report', 'template', 'vocabulary'];

export const ruledOut: RuledOut[] = [
  // Dutch: one word per concept.
  { language: 'nl', word: /\bvervalt\b/i, better: '“te bespreken op …” of “uiterlijk …” (vervallen hoort bij een afspraak die niet meer geldt)' },
  { language: 'nl', word: /geannuleerd|annulering/i, better: '“afgezegd” voor een sessie, “afgebroken” voor een handeling' },
  { language: 'nl', word: /\bbanden?\b/i, better: '“scorecategorie” / “scorecategorieën”' },
  { language: 'nl', word: /\bbehandelaars?\b/i, better: 'de titel die de praktijk zelf kiest, of “je” op de schermen', except: ['questionnaire'] },
  { language: 'nl', word: /\blopende?\b/i, better: '“actief” (status) of “niet afgesloten”' },
  { language: 'nl', word: /\bverlopen\b/i, better: '“te laat” / “had uiterlijk … besproken moeten worden”' },
  { language: 'nl', word: /wachtwoordzin kwijt/i, better: '“Wachtwoordzin vergeten?”' },
  { language: 'nl', word: /\bclient(en|s)?\b/i, better: '“cliënt” / “cliënten”, met trema' },
  { language: 'nl', word: /\breguliere sessie\b/i, better: '“sessie”' },
  // Dutch: English turned into Dutch words.
  { language: 'nl', word: /\bgedeeld door\b/i, better: 'de berekening in gewone woorden, zonder formule' },
  { language: 'nl', word: /\bscoring\b/i, better: '“scoreberekening”' },
  { language: 'nl', word: /\bover (de )?tijd\b|\bdoor de tijd\b/i, better: '“in de loop van de tijd” of “per sessie”' },
  { language: 'nl', word: /%\s+over\b/, better: '“75% van de 8 besproken afspraken”' },
  { language: 'nl', word: /\bte laat eerst\b/i, better: '“oudste eerst”' },
  { language: 'nl', word: /\bhoogstens open vragen\b/i, better: '“maximaal aantal open vragen”' },
  { language: 'nl', word: /\bdie het herstel volgen\b/i, better: '“doelen waarmee je het herstel volgt”' },
  { language: 'nl', word: /\bnagekomen van\b/i, better: '“… van de … besproken afspraken nagekomen”' },
  { language: 'nl', word: /\btraject voor stellen\b/i, better: '“traject als stel”' },
  { language: 'nl', word: /\bniet aangeraakt\b/i, better: '“niet gewijzigd”, met wat je nu kunt doen' },
  // Dutch client-facing text at B1: "je"/"jullie", and no internal terms.
  { language: 'nl', word: /\b(u|uw)\b/, better: '“je” / “jullie” (alleen gevalideerde vragenlijsten houden “u”)', only: clientFacingAndScreens },
  { language: 'nl', word: /\b(u|uw)\b/, better: '“je”: een bronvermelding is voor de praktijk, niet voor wie invult', only: ['questionnaire'], key: /\.source$/ },
  { language: 'nl', word: /\bgedeelde samenvatting\b/i, better: '“samenvatting”: de lezer kent geen andere', only: ['report', 'formal'] },
  // Dutch client documents for a practice that chose "u": "u" all through, never mixed with "je".
  { language: 'nl', word: /\b(je|jij|jou|jouw|jullie)\b/i, better: '“u” / “uw”: de praktijk koos voor “u”', only: ['formal'] },
  { language: 'nl', word: /\bindividueel met beiden\b/i, better: '“met ieder apart”' },
  // English: the glossary's words.
  { language: 'en', word: /\btrajector(y|ies)\b/i, better: '“programme” / “programmes”', except: ['error'] },
  { language: 'en', word: /\bkept[- ]rate\b/i, better: '“follow-through rate”' },
  { language: 'en', word: /\baudiences?\b/i, better: '“recipient”', except: ['error'] },
  { language: 'en', word: /\bkinds?\b/i, better: '“type”', except: ['error'] },
  { language: 'en', word: /\bown period\b/i, better: '“custom period”' },
  { language: 'en', word: /\bcreated at\b/i, better: '“created on”' },
  { language: 'en', word: /\bsession of \{\{/i, better: '“Session on {{date}}”' },
  { language: 'en', word: /\bdivided by\b/i, better: 'the calculation in plain words, without a formula' },
  { language: 'en', word: /\btherapist\b/i, better: 'the title the practice chooses', only: ['report'] },
  // English: en-GB spelling, since English reports are en-GB.
  // "program" stays: British English spells software that way; a course of sessions is a programme (above).
  { language: 'en', word: /\bcolors?\b/i, better: '“colour”' },
  { language: 'en', word: /\bbehaviors?\b/i, better: '“behaviour”' },
  { language: 'en', word: /\bcent(er|ered)\b/i, better: '“centre”' },
  { language: 'en', word: /\bcancel(ed|ing)\b/i, better: '“cancelled” / “cancelling”' },
  { language: 'en', word: /\blabel(ed|ing)\b/i, better: '“labelled” / “labelling”' },
  { language: 'en', word: /\b(favor|honor|humor|neighbor)s?\b/i, better: 'the -our spelling' },
  { language: 'en', word: /\bgray\b/i, better: '“grey”' },
  { language: 'en', word: /\bdefense\b/i, better: '“defence”' },
  { language: 'en', word: /\bcatalog\b/i, better: '“catalogue”' },
  { language: 'en', word: /\bfulfill\b/i, better: '“fulfil”' },
  { language: 'en', word: /\blicense\b/i, better: '“licence” (the noun)' },
  {
    language: 'en',
    word: /\b(organiz|recogniz|finaliz|summariz|prioritiz|analyz|customiz|authoriz|minimiz|maximiz|normaliz|personaliz|categoriz|emphasiz|apologiz|realiz|utiliz|optimiz|synchroniz|standardiz|visualiz|memoriz|anonymiz)/i,
    better: 'the -ise / -yse spelling',
  },
];

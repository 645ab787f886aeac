import type { Feedback360Column, HiddenBecause } from '../../../shared/contract/feedback360';
import type { ClientAddress } from '../../../shared/contract/practice';
import type { ReportLanguage } from './content';

/** Every word of the 360 part of a report, at B1, speaking to the person the round was about. */
export interface Feedback360Words {
  heading: string;
  intro: (p: { answered: number; min: number; max: number; threshold: number }) => string;
  meta: (p: { closedOn: string; answered: number; raters: number }) => string;
  factor: string;
  columns: Record<Feedback360Column, string>;
  figure: (score: string, count: number) => string;
  because: Record<HiddenBecause, string>;
  gapsHeading: string;
  othersHigher: (p: { factor: string; self: string; others: string }) => string;
  selfHigher: (p: { factor: string; self: string; others: string }) => string;
  noGaps: string;
}

const columnsNl = {
  self: 'Zelf',
  manager: 'Leidinggevende (één persoon)',
  peer: 'Collega’s',
  direct_report: 'Medewerkers',
  other: 'Anderen',
  all_others: 'Alle anderen',
};

const becauseNl = {
  no_answers: 'geen antwoord',
  too_few: 'te weinig antwoorden',
  protects_other_group: 'verborgen',
  would_reveal_group: 'verborgen',
};

const nl: Feedback360Words = {
  heading: '360-gradenfeedback',
  intro: ({ answered, min, max, threshold }) =>
    `${answered} mensen gaven antwoord op dezelfde uitspraken over vertrouwen, van ${min} (helemaal oneens) tot ${max} (helemaal eens). Per vertrouwensfactor zie je het gemiddelde: wat je zelf invulde en wat anderen invulden. Een groep staat er alleen in als minstens ${threshold} mensen uit die groep antwoordden. Soms is ook een grotere groep verborgen: anders kon je een kleine groep uitrekenen. Zo blijft ieder antwoord anoniem.`,
  meta: ({ closedOn, answered, raters }) => `Afgesloten op ${closedOn} · ${answered} van ${raters} mensen antwoordden`,
  factor: 'Vertrouwensfactor',
  columns: columnsNl,
  figure: (score, count) => `${score} (${count} ${count === 1 ? 'antwoord' : 'antwoorden'})`,
  because: becauseNl,
  gapsHeading: 'Waar zelf en anderen het meest verschillen',
  othersHigher: ({ factor, self, others }) => `Bij ${factor} zien anderen meer dan je zelf ziet: ${others} tegen ${self}.`,
  selfHigher: ({ factor, self, others }) => `Bij ${factor} zie je jezelf hoger dan anderen je zien: ${self} tegen ${others}.`,
  noGaps: 'Bij elke vertrouwensfactor liggen zelf en anderen dicht bij elkaar, of er waren te weinig antwoorden om te vergelijken.',
};

const nlFormal: Feedback360Words = {
  ...nl,
  intro: ({ answered, min, max, threshold }) =>
    `${answered} mensen gaven antwoord op dezelfde uitspraken over vertrouwen, van ${min} (helemaal oneens) tot ${max} (helemaal eens). Per vertrouwensfactor ziet u het gemiddelde: wat u zelf invulde en wat anderen invulden. Een groep staat er alleen in als minstens ${threshold} mensen uit die groep antwoordden. Soms is ook een grotere groep verborgen: anders kon u een kleine groep uitrekenen. Zo blijft ieder antwoord anoniem.`,
  othersHigher: ({ factor, self, others }) => `Bij ${factor} zien anderen meer dan u zelf ziet: ${others} tegen ${self}.`,
  selfHigher: ({ factor, self, others }) => `Bij ${factor} ziet u uzelf hoger dan anderen u zien: ${self} tegen ${others}.`,
};

const en: Feedback360Words = {
  heading: '360 feedback',
  intro: ({ answered, min, max, threshold }) =>
    `${answered} people answered the same statements about trust, from ${min} (strongly disagree) to ${max} (strongly agree). For each trust factor you see the average: what you filled in yourself and what others filled in. A group is shown only when at least ${threshold} people in it answered. Sometimes a bigger group is hidden too: otherwise a small group could be worked out. That way every answer stays anonymous.`,
  meta: ({ closedOn, answered, raters }) => `Closed on ${closedOn} · ${answered} of ${raters} people answered`,
  factor: 'Trust factor',
  columns: { self: 'Self', manager: 'Manager (one person)', peer: 'Peers', direct_report: 'Direct reports', other: 'Others', all_others: 'All others' },
  figure: (score, count) => `${score} (${count} ${count === 1 ? 'answer' : 'answers'})`,
  because: {
    no_answers: 'no answer',
    too_few: 'too few responses',
    protects_other_group: 'hidden',
    would_reveal_group: 'hidden',
  },
  gapsHeading: 'Where self and others differ most',
  othersHigher: ({ factor, self, others }) => `On ${factor}, others see more than you do yourself: ${others} against ${self}.`,
  selfHigher: ({ factor, self, others }) => `On ${factor}, you rate yourself higher than others do: ${self} against ${others}.`,
  noGaps: 'On every trust factor, self and others are close, or there were too few responses to compare.',
};

export function feedback360Words(language: ReportLanguage, address: ClientAddress | undefined): Feedback360Words {
  if (language === 'en') return en;
  return address === 'u' ? nlFormal : nl;
}

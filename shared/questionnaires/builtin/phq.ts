import type { QuestionnaireDefinitionInput } from '../definition';

/** The four answer options shared by the PHQ-9 and the GAD-7. */
const frequencyScale: QuestionnaireDefinitionInput['scale'] = {
  min: 0,
  max: 3,
  labels: [
    { value: 0, label: { nl: 'Helemaal niet', en: 'Not at all' } },
    { value: 1, label: { nl: 'Meerdere dagen', en: 'Several days' } },
    { value: 2, label: { nl: 'Meer dan de helft van de dagen', en: 'More than half the days' } },
    { value: 3, label: { nl: 'Bijna elke dag', en: 'Nearly every day' } },
  ],
};

const phqLicence = {
  nl: 'Ontwikkeld door dr. Robert L. Spitzer, dr. Janet B.W. Williams, dr. Kurt Kroenke en collega’s, met een educatieve subsidie van Pfizer Inc. Vrij te gebruiken: toestemming voor kopiëren, vertalen, tonen of verspreiden is niet nodig.',
  en: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
};

/**
 * PHQ-9. English as published with the free PHQ screeners; Dutch after the Dutch PHQ-9 of the same
 * screeners, with one form of address throughout: "u", and "zich" where an item describes a state.
 */
export const phq9: QuestionnaireDefinitionInput = {
  key: 'phq-9',
  version: 1,
  title: { nl: 'PHQ-9 (depressieve klachten)', en: 'PHQ-9 (depression)' },
  instructions: {
    nl: 'Hoe vaak heeft u in de afgelopen 2 weken last gehad van één of meer van de volgende problemen?',
    en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  },
  textLicensed: true,
  sharing: 'personal',
  source: {
    nl: `Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606–613. ${phqLicence.nl} De Nederlandse tekst volgt de Nederlandse PHQ-9 uit dezelfde reeks (PHQ Screeners, Pfizer; www.phqscreeners.com); leg hem naast dat exemplaar als je twijfelt over een woord. De tiende vraag (hoe moeilijk deze problemen het dagelijks leven maakten) telt niet mee in de score en is weggelaten. Bij één open vraag wordt de score naar rato berekend; bij meer open vragen is er geen score.`,
    en: `Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606–613. ${phqLicence.en} The tenth question (how difficult these problems made daily life) does not count towards the score and is left out. With one question left open the score is prorated; with more there is no score.`,
  },
  scale: frequencyScale,
  items: [
    { id: 'q1', text: { nl: 'Weinig interesse of plezier in activiteiten', en: 'Little interest or pleasure in doing things' } },
    { id: 'q2', text: { nl: 'Zich neerslachtig, depressief of wanhopig voelen', en: 'Feeling down, depressed, or hopeless' } },
    {
      id: 'q3',
      text: { nl: 'Moeilijk inslapen, moeilijk doorslapen of te veel slapen', en: 'Trouble falling or staying asleep, or sleeping too much' },
    },
    { id: 'q4', text: { nl: 'Zich moe voelen of weinig energie hebben', en: 'Feeling tired or having little energy' } },
    { id: 'q5', text: { nl: 'Weinig eetlust of overmatig eten', en: 'Poor appetite or overeating' } },
    {
      id: 'q6',
      text: {
        nl: 'Zich slecht voelen over uzelf, of het gevoel hebben dat u een mislukkeling bent of dat u uzelf of uw familie teleurgesteld hebt',
        en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      },
    },
    {
      id: 'q7',
      text: {
        nl: 'Moeite om zich te concentreren, bijvoorbeeld bij het lezen van de krant of het kijken naar tv',
        en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      },
    },
    {
      id: 'q8',
      text: {
        nl: 'Zo traag bewegen of zo langzaam spreken dat andere mensen dit opgemerkt hebben? Of het tegenovergestelde: zo zenuwachtig of rusteloos zijn dat u veel meer bewoog dan gebruikelijk',
        en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      },
    },
    {
      id: 'q9',
      text: {
        nl: 'Gedachten dat u beter dood zou kunnen zijn of gedachten om uzelf op een bepaalde manier pijn te doen',
        en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      },
    },
  ],
  scoring: {
    method: 'sum',
    maxMissing: 1,
    bands: [
      { from: 0, to: 4, label: { nl: 'Minimaal', en: 'Minimal' }, severity: 'none' },
      { from: 5, to: 9, label: { nl: 'Licht', en: 'Mild' }, severity: 'mild' },
      { from: 10, to: 14, label: { nl: 'Matig', en: 'Moderate' }, severity: 'moderate' },
      { from: 15, to: 19, label: { nl: 'Matig ernstig', en: 'Moderately severe' }, severity: 'moderately_severe' },
      { from: 20, to: 27, label: { nl: 'Ernstig', en: 'Severe' }, severity: 'severe' },
    ],
  },
  // Whatever the total: any thoughts of death or of self-harm ask for the practitioner's attention now.
  alerts: [
    {
      itemId: 'q9',
      above: 0,
      message: {
        nl: 'Let op: vraag 9 gaat over gedachten aan de dood en aan zichzelf pijn doen, en is met meer dan 0 beantwoord. Bespreek dit nog in deze sessie en volg je veiligheidsprotocol.',
        en: 'Note: question 9 asks about thoughts of being better off dead and of self-harm, and was answered with more than 0. Discuss this during this session and follow your safety protocol.',
      },
    },
  ],
};

/** GAD-7. English as published with the free PHQ screeners; the Dutch is our own faithful translation. */
export const gad7: QuestionnaireDefinitionInput = {
  key: 'gad-7',
  version: 1,
  title: { nl: 'GAD-7 (angstklachten)', en: 'GAD-7 (anxiety)' },
  instructions: {
    nl: 'Hoe vaak heeft u in de afgelopen 2 weken last gehad van de volgende problemen?',
    en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  },
  textLicensed: true,
  sharing: 'personal',
  source: {
    nl: `Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092–1097. ${phqLicence.nl} De Nederlandse tekst is een getrouwe vertaling door Traject, niet de officiële Nederlandse versie. Bij één open vraag wordt de score naar rato berekend; bij meer open vragen is er geen score.`,
    en: `Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092–1097. ${phqLicence.en} The Dutch text is a faithful translation by Traject, not the official Dutch version. With one question left open the score is prorated; with more there is no score.`,
  },
  scale: frequencyScale,
  items: [
    { id: 'q1', text: { nl: 'Zich nerveus, angstig of gespannen voelen', en: 'Feeling nervous, anxious, or on edge' } },
    {
      id: 'q2',
      text: { nl: 'Niet kunnen stoppen met piekeren of het piekeren niet onder controle kunnen houden', en: 'Not being able to stop or control worrying' },
    },
    { id: 'q3', text: { nl: 'Zich te veel zorgen maken over allerlei dingen', en: 'Worrying too much about different things' } },
    { id: 'q4', text: { nl: 'Moeite hebben om te ontspannen', en: 'Trouble relaxing' } },
    { id: 'q5', text: { nl: 'Zo rusteloos zijn dat stilzitten moeilijk is', en: 'Being so restless that it is hard to sit still' } },
    { id: 'q6', text: { nl: 'Snel geërgerd of prikkelbaar zijn', en: 'Becoming easily annoyed or irritable' } },
    { id: 'q7', text: { nl: 'Bang zijn dat er iets vreselijks zou kunnen gebeuren', en: 'Feeling afraid, as if something awful might happen' } },
  ],
  scoring: {
    method: 'sum',
    maxMissing: 1,
    bands: [
      { from: 0, to: 4, label: { nl: 'Minimaal', en: 'Minimal' }, severity: 'none' },
      { from: 5, to: 9, label: { nl: 'Licht', en: 'Mild' }, severity: 'mild' },
      { from: 10, to: 14, label: { nl: 'Matig', en: 'Moderate' }, severity: 'moderate' },
      { from: 15, to: 21, label: { nl: 'Ernstig', en: 'Severe' }, severity: 'severe' },
    ],
  },
};

import type { QuestionnaireDefinitionInput } from '../definition';
import { howWellItFits } from './trustCheckIn';

/**
 * Our own short check-in for a team between sessions: four statements about trust in the team and
 * one NPS item (would I recommend this team as a place to work, the "eNPS"). Answered anonymously:
 * the team sees only what it says together, the NPS only as the group's figure.
 */
export const teamCheckIn: QuestionnaireDefinitionInput = {
  key: 'team-check-in',
  version: 1,
  title: { nl: 'Team-check-in', en: 'Team check-in' },
  instructions: {
    nl: 'Denk aan de afgelopen weken in het team. Geef bij elke uitspraak aan hoe goed die past, van 0 (helemaal niet) tot 10 (helemaal). De laatste vraag gaat over aanraden: 0 is zeer onwaarschijnlijk, 10 is zeer waarschijnlijk. De antwoorden zijn anoniem. De coach ziet alleen wat het team samen antwoordt, en pas als minstens drie mensen hebben geantwoord.',
    en: 'Think of the last few weeks in the team. For each statement, say how well it fits, from 0 (not at all) to 10 (completely). The last question is about recommending: 0 is very unlikely, 10 is very likely. The answers are anonymous. The coach sees only what the team answers together, and only once at least three people have answered.',
  },
  textLicensed: true,
  source: {
    nl: 'Eigen vragenlijst van Traject, vrij te gebruiken. Geen genormeerd instrument. De laatste vraag is een aanbevelingsvraag (eNPS): het percentage aanraders (9 en 10) min het percentage afraders (0 tot en met 6), alleen als groepscijfer.',
    en: 'Traject’s own questionnaire, free to use. Not a normed instrument. The last question is an NPS item (eNPS): the percentage of promoters (9 and 10) minus the percentage of detractors (0 to 6), as a group figure only.',
  },
  scale: howWellItFits,
  items: [
    { id: 'q1', text: { nl: 'In het team doen we wat we afspreken.', en: 'In the team, we do what we agree.' } },
    { id: 'q2', text: { nl: 'In het team kan ik zeggen wat ik denk, ook als dat lastig is.', en: 'In the team, I can say what I think, even when that is difficult.' } },
    { id: 'q3', text: { nl: 'Als er iets misgaat, zeggen we dat eerlijk en lossen we het samen op.', en: 'When something goes wrong, we say so honestly and solve it together.' } },
    { id: 'q4', text: { nl: 'Ik voel me veilig genoeg om in het team een fout toe te geven.', en: 'I feel safe enough to admit a mistake in the team.' } },
    {
      id: 'enps',
      type: 'nps',
      text: {
        nl: 'Hoe waarschijnlijk is het dat ik dit team aanraad bij een vriend of kennis, als plek om te werken?',
        en: 'How likely is it that I would recommend this team to a friend, as a place to work?',
      },
    },
  ],
  // With one statement open the other three still say enough.
  scoring: { method: 'mean', maxMissing: 1 },
};

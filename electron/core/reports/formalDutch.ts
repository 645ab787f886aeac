import type { ReportStrings } from './strings';

/**
 * The Dutch report for a practice that addresses its clients with "u": the same words, with
 * every sentence that speaks to the reader rewritten, not just its pronoun swapped.
 */
export function formalDutch(informal: ReportStrings): ReportStrings {
  return {
    ...informal,
    questionnaires: {
      ...informal.questionnaires,
      groupNote: (threshold) =>
        `Het team vult deze vragenlijst anoniem in. U ziet alleen cijfers van de hele groep, en alleen als minstens ${threshold} mensen hebben geantwoord. Niemand wordt met naam genoemd.`,
    },
  };
}

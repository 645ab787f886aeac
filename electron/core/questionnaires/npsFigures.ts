import type { NpsSeries } from '../../../shared/contract/groupFigures';
import type { QuestionnaireResponse } from '../../../shared/contract/questionnaires';
import { isNpsItem, npsFigure } from '../../../shared/questionnaires/nps';
import { canSee } from '../audience/policy';
import { byQuestionnaire, type DefinitionOf } from './groupFigures';
import { roundsOf } from './rounds';

/**
 * The NPS per round of every NPS item answered in a trajectory. A group figure everywhere, in a team,
 * a couple or an individual trajectory alike: a round shows its NPS only when at least the anonymity
 * threshold answered the item (so a couple's or one client's answer never shows), and no figure
 * says who gave which answer. Pure: the caller passes the trajectory's responses, oldest first.
 */
export function buildNpsSeries(responses: readonly QuestionnaireResponse[], definitionOf: DefinitionOf, threshold: number): NpsSeries[] {
  return [...byQuestionnaire(responses, definitionOf).entries()].flatMap(([key, { newest, responses: answered }]) => {
    const items = newest.items.filter(isNpsItem);
    if (items.length === 0) return [];
    const rounds = roundsOf(answered);
    return items.map((item) => ({
      key,
      title: newest.title,
      itemId: item.id,
      itemText: item.text ?? { nl: '', en: '' },
      rounds: rounds.flatMap((round) => {
        const values = round.responses.map((r) => (Object.hasOwn(r.answers, item.id) ? r.answers[item.id] : null)).filter((v): v is number => typeof v === 'number');
        if (values.length === 0) return [];
        const enough = canSee({ kind: 'joint' }, { kind: 'groupFigures', respondentCount: values.length, threshold });
        return [{ roundId: round.roundId, date: round.date, answered: values.length, figure: enough ? npsFigure(values) : null }];
      }),
    }));
  });
}

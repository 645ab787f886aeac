/** Psychological-safety answers whose mean score is `score` (items 1, 3 and 5 are reverse keyed). */
export function safetyAnswers(score: number) {
  return ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map((itemId) => ({
    itemId,
    value: ['q1', 'q3', 'q5'].includes(itemId) ? 8 - score : score,
  }));
}

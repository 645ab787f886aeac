import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../shared/questionnaires/builtin';

describe('the words of the built-in questionnaires', () => {
  const phq9 = findBuiltin('phq-9')!;

  it('warn about PHQ-9 question 9 naming both thoughts of death and of self-harm, as the question does', () => {
    const alert = phq9.alerts.find((a) => a.itemId === 'q9')!;
    expect(alert.message.nl).toMatch(/dood/);
    expect(alert.message.nl).toMatch(/zichzelf pijn doen/);
    expect(alert.message.en).toMatch(/better off dead/);
    expect(alert.message.en).toMatch(/self-harm/);
  });

  it('address the client with one form in the Dutch PHQ-9: “u”, never “je” and never “zichzelf” next to “u”', () => {
    const texts = [phq9.instructions.nl, ...phq9.items.map((item) => item.text?.nl ?? '')];
    expect(texts.filter((text) => /\b(je|jij|jou|jouw|zichzelf)\b/i.test(text))).toEqual([]);
    expect(texts.some((text) => /\bu\b/.test(text))).toBe(true);
  });

  it('say in the source note where the Dutch PHQ-9 text comes from', () => {
    expect(phq9.source.nl).toMatch(/Nederlandse PHQ-9/);
  });
});

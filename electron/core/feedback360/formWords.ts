import type { RaterRole } from '../../../shared/contract/feedback360';
import type { Language } from '../../../shared/contract/fields';
import type { ClientAddress } from '../../../shared/contract/practice';

/*
 * The opening of a 360 rater's form, at B1: whom it is about (the first name, the only place it
 * appears) and, honestly, who will see what. Dutch says "je", or "u" all through when the practice
 * chose that.
 */

interface Words {
  asks: (practice: string, name: string) => string;
  self: (practice: string) => string;
  manager: (name: string) => string;
  group: (name: string, threshold: number) => string;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const nl: Words = {
  asks: (practice, name) => `${capital(practice)} vraagt je om feedback over ${name}. De vragen gaan over hoe je ${name} ziet in het werk.`,
  self: (practice) => `${capital(practice)} vraagt je deze vragen over jezelf in te vullen. Daarna leg je jouw antwoorden naast die van anderen.`,
  manager: (name) => `Je vult dit in als leidinggevende. ${name} ziet jouw antwoorden apart, als die van de leidinggevende.`,
  group: (name, threshold) =>
    `${name} ziet jouw antwoorden nooit los. Alleen een gemiddelde van minstens ${threshold} mensen wordt getoond, en niemand ziet wie wat heeft gezegd.`,
};

const nlFormal: Words = {
  asks: (practice, name) => `${capital(practice)} vraagt u om feedback over ${name}. De vragen gaan over hoe u ${name} ziet in het werk.`,
  self: (practice) => `${capital(practice)} vraagt u deze vragen over uzelf in te vullen. Daarna legt u uw antwoorden naast die van anderen.`,
  manager: (name) => `U vult dit in als leidinggevende. ${name} ziet uw antwoorden apart, als die van de leidinggevende.`,
  group: (name, threshold) =>
    `${name} ziet uw antwoorden nooit los. Alleen een gemiddelde van minstens ${threshold} mensen wordt getoond, en niemand ziet wie wat heeft gezegd.`,
};

const en: Words = {
  asks: (practice, name) => `${capital(practice)} asks you for feedback on ${name}. The questions are about how you see ${name} at work.`,
  self: (practice) => `${capital(practice)} asks you to answer these questions about yourself. Your answers are then set beside those of others.`,
  manager: (name) => `You answer as the manager. ${name} sees your answers on their own, as the manager’s.`,
  group: (name, threshold) =>
    `${name} never sees your answers on their own. Only an average of at least ${threshold} people is shown, and nobody sees who said what.`,
};

/** The lines that open a rater's form, in place of the greeting by name. */
export function raterIntro(p: { language: Language; address: ClientAddress; role: RaterRole; practice: string; name: string; threshold: number }): string[] {
  const words = p.language === 'en' ? en : p.address === 'u' ? nlFormal : nl;
  if (p.role === 'self') return [words.self(p.practice)];
  return [words.asks(p.practice, p.name), p.role === 'manager' ? words.manager(p.name) : words.group(p.name, p.threshold)];
}

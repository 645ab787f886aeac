import { foldForSearch } from './fold';

// Dutch surname prefixes (tussenvoegsels), longest first so "van den" wins over "van".
const prefixes = [
  'van de', 'van den', 'van der', "van 't", 'van het', 'in de', 'in den', 'in het', "in 't", 'op de', 'op den', 'op het',
  'uit de', 'uit den', 'aan de', 'bij de', 'onder de', 'voor de', 'de la', 'van', 'de', 'den', 'der', 'het', "'t",
  'ten', 'ter', 'te', 'la', 'le', 'du', 'von', 'zu', "d'",
].sort((a, b) => b.length - a.length);

/** "van den Berg" files under B, as in any Dutch practice: the key is "berg van den". */
export function surnameSortKey(lastName: string): string {
  const folded = foldForSearch(lastName);
  for (const prefix of prefixes) {
    if (folded.startsWith(`${prefix} `) && folded.length > prefix.length + 1) {
      return `${folded.slice(prefix.length + 1)} ${prefix}`;
    }
  }
  return folded;
}

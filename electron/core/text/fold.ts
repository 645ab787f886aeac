/** Lower case without diacritics, so "clie" finds "Cliënt" and "Zoë" finds "Zoe". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ĳ/g, 'ij')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

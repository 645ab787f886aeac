// Letters that carry no combining mark to strip but that people type without: Yılmaz, Łukasz, Søren.
const plainLetters: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ĳ: 'ij', Ĳ: 'ij' };

/** Lower case without diacritics, so "clie" finds "Cliënt" and "Zoe" finds "Zoë". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐßæÆœŒĳĲ]/g, (c) => plainLetters[c] ?? c)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export type Strength = 'weak' | 'fair' | 'strong';

/**
 * A rough, honest hint, not a guarantee: length counts most, separate words and a mix of
 * character kinds help. Anything under the minimum of 10 characters is weak.
 */
export function passphraseStrength(passphrase: string): Strength | null {
  if (passphrase.length === 0) return null;
  if (passphrase.length < 10) return 'weak';
  const words = passphrase.trim().split(/\s+/).filter((word) => word.length >= 2).length;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d\s]/].filter((kind) => kind.test(passphrase)).length;
  if (passphrase.length >= 24 || (passphrase.length >= 18 && words >= 4) || (passphrase.length >= 14 && kinds >= 3)) {
    return 'strong';
  }
  if (passphrase.length >= 12 || words >= 3 || kinds >= 3) return 'fair';
  return 'weak';
}

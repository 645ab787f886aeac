import type { AddressPart } from '../../../shared/contract/clientImport';

/** A Dutch postcode as written: four digits, a space, two capitals ("1234ab" → "1234 AB"); anything else as given. */
export function dutchPostcode(text: string): string {
  const match = /^(\d{4})\s*([a-z]{2})$/i.exec(text.trim());
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : text.trim();
}

/** "12" and "a" → "12a", "12" and "2" → "12-2": a letter joins the number, anything else after a hyphen. */
function houseNumberWith(number: string, addition: string): string {
  if (addition === '' || number === '') return number || addition;
  return /^[a-z]$/i.test(addition) || /^[-/ ]/.test(addition) ? `${number}${addition}` : `${number}-${addition}`;
}

const squashed = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * A client's address from a CSV row, the Dutch way: "Kerkstraat 12a, 1234 AB Utrecht". The address column, when
 * it holds something, is the street and number; postcode and city are added unless it already names them.
 */
export function joinAddress(address: string, parts: Record<AddressPart, string>): string {
  const streetLine = address || [parts.street, houseNumberWith(parts.houseNumber, parts.houseNumberAddition)].filter(Boolean).join(' ');
  const place = [dutchPostcode(parts.postalCode), parts.city]
    .filter((part) => part !== '' && !squashed(streetLine).includes(squashed(part)))
    .join(' ');
  return [streetLine, place].filter(Boolean).join(', ');
}

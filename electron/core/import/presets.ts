import type { ColumnMapping, ImportPreset, MappableField } from '../../../shared/contract/clientImport';

/** A header as compared: lower case, no accents, letters and digits only ("E-mailadres" → "emailadres"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The headers each known export uses per field, as headerKey gives them: Traject's own columns, the
 * plain Dutch and English ones most tools and spreadsheets use, and the contact exports of Outlook
 * and Google (which many practices keep their clients in). Street, house number, postcode and city in
 * columns of their own are joined into the address.
 */
const presetHeaders: Record<ImportPreset, Partial<Record<MappableField, string[]>>> = {
  traject: {
    firstName: ['firstname'],
    lastName: ['lastname'],
    email: ['email'],
    phone: ['phone'],
    dateOfBirth: ['dateofbirth'],
    address: ['address'],
  },
  generic_nl: {
    firstName: ['voornaam', 'roepnaam'],
    lastName: ['achternaam', 'naam', 'familienaam', 'geslachtsnaam'],
    email: ['email', 'emailadres', 'mail'],
    phone: ['telefoon', 'telefoonnummer', 'mobiel', 'mobielnummer', 'tel'],
    dateOfBirth: ['geboortedatum', 'geborenop', 'gebdatum'],
    address: ['adres', 'woonadres', 'straatenhuisnummer'],
    street: ['straat', 'straatnaam'],
    houseNumber: ['huisnummer', 'huisnr', 'nr', 'nummer'],
    houseNumberAddition: ['toevoeging', 'huisnummertoevoeging', 'huisnrtoevoeging', 'huisletter'],
    postalCode: ['postcode'],
    city: ['woonplaats', 'plaats', 'plaatsnaam', 'stad'],
  },
  generic_en: {
    firstName: ['firstname', 'givenname', 'forename'],
    lastName: ['lastname', 'surname', 'familyname'],
    email: ['email', 'emailaddress'],
    phone: ['phone', 'phonenumber', 'mobile', 'telephone'],
    dateOfBirth: ['dateofbirth', 'birthdate', 'dob', 'birthday'],
    address: ['address', 'streetaddress'],
    street: ['street', 'streetname'],
    houseNumber: ['housenumber', 'houseno', 'number'],
    houseNumberAddition: ['housenumberaddition', 'addition', 'housenumbersuffix', 'suffix'],
    postalCode: ['postalcode', 'postcode', 'zipcode', 'zip'],
    city: ['city', 'town'],
  },
  outlook: {
    firstName: ['firstname'],
    lastName: ['lastname'],
    email: ['emailaddress'],
    phone: ['mobilephone', 'homephone', 'businessphone'],
    dateOfBirth: ['birthday'],
    street: ['homestreet'],
    postalCode: ['homepostalcode'],
    city: ['homecity'],
  },
  google: {
    firstName: ['givenname', 'firstname'],
    lastName: ['familyname', 'lastname'],
    email: ['email1value'],
    phone: ['phone1value'],
    dateOfBirth: ['birthday'],
    street: ['address1street'],
    postalCode: ['address1postalcode'],
    city: ['address1city'],
  },
};

export function mappingFor(preset: ImportPreset, columns: readonly string[]): ColumnMapping {
  const keys = columns.map(headerKey);
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(presetHeaders[preset]) as [MappableField, string[]][]) {
    // The first alias found wins: Outlook's mobile number before its home number.
    for (const name of names) {
      const index = keys.indexOf(name);
      if (index >= 0) {
        mapping[field] = index;
        break;
      }
    }
  }
  return mapping;
}

/** The preset whose headers name most fields (at least both names), or null. */
export function detectPreset(columns: readonly string[]): ImportPreset | null {
  let best: { preset: ImportPreset; fields: number } | null = null;
  for (const preset of Object.keys(presetHeaders) as ImportPreset[]) {
    const mapping = mappingFor(preset, columns);
    const fields = Object.keys(mapping).length;
    if (mapping.firstName !== undefined && mapping.lastName !== undefined && (!best || fields > best.fields)) best = { preset, fields };
  }
  return best?.preset ?? null;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeClient, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]).toString('base64');
/** Windows-1252 as Excel writes it on a Dutch Windows: ë is 0xEB, é 0xE9, € 0x80. */
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => ({ ë: 0xeb, é: 0xe9, ï: 0xef, '€': 0x80 })[c] ?? c.charCodeAt(0))).toString('base64');

const total = async () => (await invoke(practice.core, 'clients.list', { archived: 'all' })).total;

describe('CSV import of clients: Dutch conventions', () => {
  it('reads semicolons, dd-mm-jjjj dates and a Dutch header, in UTF-8 with a byte-order mark', async () => {
    const csv = 'Voornaam;Achternaam;E-mailadres;Telefoonnummer;Geboortedatum;Adres\r\nChloë;de Vries;chloe@example.nl;06 1234 5678;03-04-1985;Kerkstraat 1, 3511 AB Utrecht\r\n';
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: withBom(csv) });
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ';', preset: 'generic_nl', valid: 1, invalid: 0, duplicates: 0 });
    expect(preview.columns[0]).toBe('Voornaam');
    expect(preview.rows[0]).toEqual({
      line: 2,
      values: { firstName: 'Chloë', lastName: 'de Vries', email: 'chloe@example.nl', phone: '06 1234 5678', dateOfBirth: '1985-04-03', address: 'Kerkstraat 1, 3511 AB Utrecht' },
      problems: [],
      duplicateOf: null,
    });
  });

  it('reads UTF-8 without a byte-order mark and commas with quoted fields that hold a separator, quote or line break', async () => {
    const csv = 'First Name,Last Name,E-mail Address,Mobile Phone,Birthday,Home Street\n"Noor","Smits, van","noor@example.nl","","1-2-1990","Dorpsstraat 2\nAchterom"\n"Jan ""Jantje""",Bakker,,,,\n';
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: utf8(csv) });
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ',', preset: 'outlook' });
    expect(preview.rows.map((r) => [r.line, r.values.firstName, r.values.lastName, r.values.dateOfBirth, r.values.address])).toEqual([
      [2, 'Noor', 'Smits, van', '1990-02-01', 'Dorpsstraat 2\nAchterom'],
      [4, 'Jan "Jantje"', 'Bakker', '', ''],
    ]);
  });

  it('reads Windows-1252, as Excel saves a CSV on a Dutch Windows', async () => {
    const csv = 'Voornaam;Achternaam;Geboortedatum\r\nZoë;Hélène-Dijkstra;31-12-1979\r\n';
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: windows1252(csv) });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rows[0]!.values).toMatchObject({ firstName: 'Zoë', lastName: 'Hélène-Dijkstra', dateOfBirth: '1979-12-31' });
  });

  it('reads tabs and a Google contacts export, and takes a mapping chosen by hand', async () => {
    const google = 'Given Name\tFamily Name\tE-mail 1 - Value\tPhone 1 - Value\nIlse\tRuimschoot\tilse@example.nl\t+31 6 1111 2222\n';
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: utf8(google) });
    expect(preview).toMatchObject({ delimiter: '\t', preset: 'google' });
    expect(preview.rows[0]!.values).toMatchObject({ firstName: 'Ilse', lastName: 'Ruimschoot', email: 'ilse@example.nl', phone: '+31 6 1111 2222' });
    const odd = 'kolom a;kolom b;kolom c\nMaas;Pieter;pieter@example.nl\n';
    const mapped = await invoke(practice.core, 'clients.importPreview', { contentBase64: utf8(odd), mapping: { firstName: 1, lastName: 0, email: 2 } });
    expect(mapped).toMatchObject({ preset: null, mapping: { firstName: 1, lastName: 0, email: 2 } });
    expect(mapped.rows[0]!.values).toMatchObject({ firstName: 'Pieter', lastName: 'Maas', email: 'pieter@example.nl' });
    expect(await failure(practice.core, 'clients.importPreview', { contentBase64: utf8(odd) })).toMatchObject({ field: 'mapping.firstName', reason: 'required' });
    expect(await failure(practice.core, 'clients.importPreview', { contentBase64: utf8(odd), mapping: { firstName: 1, lastName: 7 } })).toMatchObject({
      field: 'mapping.lastName',
      reason: 'no_such_column',
    });
  });
});

describe('CSV import of clients: all or nothing', () => {
  const header = 'Voornaam;Achternaam;E-mailadres;Telefoonnummer;Geboortedatum\n';
  const mixed =
    header +
    'Anouk;Peters;anouk@example.nl;;12-05-1988\n' +
    ';Leeg;;;\n' +
    'Tim;Kok;geen-adres;;\n' +
    'Sara;de Boer;;06-abc;\n' +
    'Lars;Mulder;;;31-02-1990\n' +
    'Ruben;Toekomst;;;01-01-2090\n' +
    'Femke;Jacobs;femke@example.nl;;\n';

  it('lists every bad row with its line and field, and writes nothing', async () => {
    const before = await total();
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: utf8(mixed) });
    expect(preview.rows.filter((r) => r.problems.length).map((r) => [r.line, r.problems])).toEqual([
      [3, [{ field: 'firstName', reason: 'required' }]],
      [4, [{ field: 'email', reason: 'email' }]],
      [5, [{ field: 'phone', reason: 'phone' }]],
      [6, [{ field: 'dateOfBirth', reason: 'date' }]],
      [7, [{ field: 'dateOfBirth', reason: 'date_in_future' }]],
    ]);
    expect(await failure(practice.core, 'clients.import', { contentBase64: utf8(mixed) })).toMatchObject({ code: 'CONFLICT', reason: 'import_invalid' });
    expect(await total()).toBe(before);
  });

  it('with skipInvalid writes the good rows and lists the rest', async () => {
    const before = await total();
    const result = await invoke(practice.core, 'clients.import', { contentBase64: utf8(mixed), skipInvalid: true });
    expect(result.imported).toBe(2);
    expect(result.skipped.map((s) => [s.line, s.field])).toEqual([
      [3, 'firstName'],
      [4, 'email'],
      [5, 'phone'],
      [6, 'dateOfBirth'],
      [7, 'dateOfBirth'],
    ]);
    expect(await total()).toBe(before + 2);
    const anouk = await invoke(practice.core, 'clients.get', { id: result.clientIds[0]! });
    expect(anouk).toMatchObject({ firstName: 'Anouk', lastName: 'Peters', dateOfBirth: '1988-05-12', language: 'nl' });
  });

  it('flags a duplicate of a client in the vault (same name and birth date, or same e-mail) and of an earlier row, and never adds it', async () => {
    const { core } = practice;
    const existing = await makeClient(core, { firstName: 'Eva', lastName: 'Smit', dateOfBirth: '1975-06-30' });
    await makeClient(core, { firstName: 'Ander', lastName: 'Mens', email: 'same@example.nl' });
    const csv =
      header +
      'eva;SMIT;;;30-06-1975\n' +
      'Iemand;Anders;Same@Example.nl;;\n' +
      'Nieuw;Persoon;nieuw@example.nl;;\n' +
      'Nieuw;Persoon;nieuw@example.nl;;\n';
    const preview = await invoke(core, 'clients.importPreview', { contentBase64: utf8(csv) });
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([{ kind: 'client', clientId: existing.id }, { kind: 'client', clientId: expect.any(Number) }, null, { kind: 'line', line: 4 }]);
    expect(preview.duplicates).toBe(3);
    const before = await total();
    expect(await failure(core, 'clients.import', { contentBase64: utf8(csv) })).toMatchObject({ reason: 'import_invalid' });
    expect(await total()).toBe(before);
    const result = await invoke(core, 'clients.import', { contentBase64: utf8(csv), skipInvalid: true });
    expect(result.imported).toBe(1);
    expect(result.skipped.filter((s) => s.reason === 'duplicate').map((s) => s.line)).toEqual([2, 3, 5]);
  });

  it('a clean file imports whole, in one go', async () => {
    const before = await total();
    const result = await invoke(practice.core, 'clients.import', { contentBase64: utf8(`${header}Milan;Visser;;;\nLotte;Bos;;;\n`) });
    expect(result).toMatchObject({ imported: 2, skipped: [] });
    expect(await total()).toBe(before + 2);
  });
});

describe('CSV import of clients: an address in separate columns', () => {
  const addressesOf = async (contentBase64: string) =>
    (await invoke(practice.core, 'clients.importPreview', { contentBase64 })).rows.map((r) => [r.values.firstName, r.values.address]);

  it('joins street, number, addition, postcode and town the Dutch way from a Dutch export (semicolons, Windows-1252)', async () => {
    const csv =
      'Voornaam;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum\r\n' +
      'Chloë;de Vries;Kerkstraat;12;a;1234ab;Utrecht;03-04-1985\r\n' +
      'Hélène;Jansen;Oudegracht;101;2;3511 AB;Utrecht;17-09-1972\r\n' +
      'Sem;Bakker;;;;;Zwolle;\r\n' +
      'Noa;Peeters;;;;;;\r\n';
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: windows1252(csv) });
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', preset: 'generic_nl', valid: 4 });
    expect(preview.mapping).toMatchObject({ street: 2, houseNumber: 3, houseNumberAddition: 4, postalCode: 5, city: 6 });
    expect(preview.rows.map((r) => [r.values.firstName, r.values.address])).toEqual([
      ['Chloë', 'Kerkstraat 12a, 1234 AB Utrecht'],
      ['Hélène', 'Oudegracht 101-2, 3511 AB Utrecht'],
      ['Sem', 'Zwolle'],
      ['Noa', ''],
    ]);
  });

  it('joins them from an English export (commas, UTF-8 with a byte-order mark) and from Outlook’s contacts', async () => {
    const english = 'First Name,Last Name,Street,House Number,Postal Code,City\nLiam,de Boer,Vondellaan,7,2332 AA,Leiden\n';
    expect(await addressesOf(withBom(english))).toEqual([['Liam', 'Vondellaan 7, 2332 AA Leiden']]);
    const outlook = 'First Name,Last Name,Home Street,Home City,Home Postal Code\nFenna,Mulder,Dorpsstraat 2,Deventer,7411aa\n';
    expect(await addressesOf(utf8(outlook))).toEqual([['Fenna', 'Dorpsstraat 2, 7411 AA Deventer']]);
  });

  it('takes an address column as street and number, adding postcode and town unless it names them already', async () => {
    const csv = 'Voornaam;Achternaam;Adres;Postcode;Plaats\nJesse;Smit;Molenweg 4;6711 BC;Ede\nMila;Visser;Molenweg 6, 6711 BC Ede;6711 BC;Ede\n';
    expect(await addressesOf(utf8(csv))).toEqual([
      ['Jesse', 'Molenweg 4, 6711 BC Ede'],
      ['Mila', 'Molenweg 6, 6711 BC Ede'],
    ]);
  });

  it('stores the joined address with the client, and names the address when it is too long', async () => {
    const long = 'Lange'.repeat(60);
    const csv = `Voornaam;Achternaam;Straat;Huisnummer;Postcode;Woonplaats\nIris;Hendriks;Stationsplein;1;3511 CE;Utrecht\nTim;Lang;${long};2;1000 AA;Amsterdam\n`;
    const preview = await invoke(practice.core, 'clients.importPreview', { contentBase64: utf8(csv) });
    expect(preview.rows[1]!.problems).toEqual([{ field: 'address', reason: 'too_long' }]);
    const result = await invoke(practice.core, 'clients.import', { contentBase64: utf8(csv), skipInvalid: true });
    expect(result).toMatchObject({ imported: 1, skipped: [{ line: 3, field: 'address', reason: 'too_long' }] });
    expect(await invoke(practice.core, 'clients.get', { id: result.clientIds[0]! })).toMatchObject({ firstName: 'Iris', address: 'Stationsplein 1, 3511 CE Utrecht' });
  });

  it('takes address parts from a mapping chosen by hand, and refuses a part that names a column the file lacks', async () => {
    const csv = 'naam;voor;weg;no;pc;plaats\nBos;Daan;Hoofdstraat;9;9711 AB;Groningen\n';
    const mapping = { firstName: 1, lastName: 0, street: 2, houseNumber: 3, postalCode: 4, city: 5 };
    expect((await invoke(practice.core, 'clients.importPreview', { contentBase64: utf8(csv), mapping })).rows[0]!.values.address).toBe(
      'Hoofdstraat 9, 9711 AB Groningen',
    );
    expect(await failure(practice.core, 'clients.importPreview', { contentBase64: utf8(csv), mapping: { ...mapping, city: 9 } })).toMatchObject({
      field: 'mapping.city',
      reason: 'no_such_column',
    });
  });
});

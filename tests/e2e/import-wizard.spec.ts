import { expect, type Page } from '@playwright/test';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ });

// A Dutch export: BOM, semicolons, dd-mm-jjjj; line 4 has a birth date that does not exist, line 5 repeats line 2.
const csv = [
  'Voornaam;Achternaam;E-mail;Telefoon;Geboortedatum;Adres',
  'Anneke;van den Berg;anneke@voorbeeld.nl;06-12345678;14-03-1985;Dorpsstraat 1, Utrecht',
  'Joris;Bakker;joris@voorbeeld.nl;;02-11-1979;',
  'Femke;Visser;;;31-02-1990;',
  'Anneke;van den Berg;anneke@voorbeeld.nl;;14-03-1985;',
].join('\r\n');
const file = { name: 'clienten.csv', mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]) };

// Another practice tool's export: street, number, postcode and town each in a column of their own.
const splitAddress = [
  'Voornaam;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats',
  'Ruben;de Jong;Kerkstraat;12;a;1234ab;Utrecht',
  'Lieke;Meijer;Oudegracht;101;;3511 AB;Utrecht',
].join('\r\n');
const splitFile = { name: 'adressen.csv', mimeType: 'text/csv', buffer: Buffer.from(splitAddress, 'utf8') };

test('the import wizard maps the columns, lists the bad row with its line and field, writes nothing, and imports only the good rows when asked', async ({ page, host }) => {
  await page.goto(host.url);
  await createVault(page);

  await test.step('the Dutch columns are recognised and every row is checked', async () => {
    await mainMenu(page).getByRole('button', { name: 'Cliënten' }).click();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect(page.getByRole('heading', { name: 'Cliënten importeren', level: 1 })).toBeFocused();
    await page.getByLabel('CSV-bestand').setInputFiles(file);
    await expect(page.getByText('2 goed, 2 niet te importeren, waarvan 1 dubbel.')).toBeVisible();
    await expect(page.getByLabel('Indeling')).toHaveValue('generic_nl');
    await expect(page.getByLabel('Geboortedatum', { exact: true })).toHaveValue('4');
    const femke = page.getByRole('row', { name: /^4 Femke/ });
    await expect(femke.getByText('Geboortedatum: vul een bestaande datum in.')).toBeVisible();
    const repeated = page.getByRole('row', { name: /^5 Anneke/ });
    await expect(repeated.getByText('Dubbel met regel 2.')).toBeVisible();
    await expect(repeated.getByRole('listitem')).toHaveCount(1);
    await quietScreenshot(page, 'dayui-import-wizard');
    await expectAccessible(page, 'import wizard with a bad row');
  });

  await test.step('all or nothing: with a bad row nothing is written', async () => {
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await expect(page.getByText(/^Er is niets geïmporteerd/)).toBeVisible();
    await page.getByRole('button', { name: 'Terug naar cliënten' }).click();
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toHaveCount(0);
  });

  await test.step('asked to skip the bad rows, the two good ones are added', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByLabel('CSV-bestand').setInputFiles(file);
    await page.getByRole('checkbox', { name: /Alleen de goede regels importeren/ }).check();
    await page.getByRole('button', { name: '2 cliënten importeren' }).click();
    await expect(page.getByRole('heading', { name: 'Cliënten', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Anneke van den Berg' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Joris Bakker' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Femke Visser' })).toHaveCount(0);
  });

  await test.step('an address in separate columns is joined the Dutch way, and follows a column chosen by hand', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByLabel('CSV-bestand').setInputFiles(splitFile);
    await expect(page.getByText('2 goed, 0 niet te importeren, waarvan 0 dubbel.')).toBeVisible();
    const parts = page.getByRole('group', { name: 'Adres in losse kolommen' });
    await expect(parts.getByLabel('Postcode')).toHaveValue('5');
    await expect(page.getByRole('row', { name: /^2 Ruben/ }).getByText('Kerkstraat 12a, 1234 AB Utrecht')).toBeVisible();
    await parts.getByLabel('Woonplaats').selectOption({ label: '(niet gebruiken)' });
    await expect(page.getByRole('row', { name: /^3 Lieke/ }).getByText('Oudegracht 101, 3511 AB', { exact: true })).toBeVisible();
    await quietScreenshot(page, 'dayui-import-adres-in-kolommen');
    await expectAccessible(page, 'import wizard with address parts');
    await page.getByRole('button', { name: 'Terug naar cliënten' }).click();
  });

  await test.step('in English the wizard speaks English', async () => {
    await mainMenu(page).getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await mainMenu(page).getByRole('button', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByLabel('CSV file').setInputFiles(file);
    await expect(page.getByRole('row', { name: /^5 Anneke/ }).getByText('Already in Traject', { exact: false })).toBeVisible();
    await quietScreenshot(page, 'dayui-import-wizard-en');
  });
});

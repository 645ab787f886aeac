import { expect } from '@playwright/test';
import { addDays, localDate } from '../../shared/domain/calendar';
import { createVault, expectAccessible, onNewVault, quietScreenshot } from './helpers';

const test = onNewVault();

const today = localDate(new Date());

test('finalising notes with empty template headings names them first; cancelling changes nothing', async ({ page, host, invoke }) => {
  await page.goto(host.url);
  await createVault(page);
  const client = await invoke<{ id: number }>('clients.create', { firstName: 'Ilse', lastName: 'Verbeek' });
  const trajectory = await invoke<{ id: number }>('trajectories.create', {
    kind: 'individual',
    title: 'Ilse: grenzen stellen op het werk',
    status: 'active',
    participants: [{ clientId: client.id, role: 'client' }],
  });
  const session = await invoke<{ id: number }>('sessions.create', { trajectoryId: trajectory.id, startsAt: `${addDays(today, -1)}T10:00`, status: 'held' });
  // Written on the regular template; two summary headings and one private heading were left empty.
  await invoke('sessions.saveNotes', {
    id: session.id,
    summary: 'Besproken\nDe werkdruk en hoe Ilse nee zegt tegen extra diensten.\n\nInzichten\n\nVervolgstappen\n',
    privateNotes: 'Observaties\n\n',
  });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Trajecten' }).click();
  await page.getByRole('button', { name: 'Ilse: grenzen stellen op het werk' }).click();
  await page.getByRole('region', { name: 'Sessies' }).getByRole('button', { name: /^(ma|di|wo|do|vr|za|zo) / }).first().click();
  await page.getByRole('navigation', { name: 'Stappen in deze sessie' }).getByRole('button', { name: '6. Afronden' }).click();
  const finalise = page.getByRole('region', { name: '6. Afronden' });

  await test.step('the question names the empty headings of each field', async () => {
    await finalise.getByRole('button', { name: 'Sessie afronden' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sessie afronden?' });
    await expect(confirm.getByText('Onder deze kopjes staat nog niets:')).toBeVisible();
    await expect(confirm.getByRole('listitem').filter({ hasText: 'Gedeelde samenvatting' })).toHaveText('Gedeelde samenvatting: Inzichten, Vervolgstappen');
    await expect(confirm.getByRole('listitem').filter({ hasText: 'Privénotities' })).toHaveText('Privénotities: Observaties');
    await expect(confirm.getByText('In een voortgangsrapport worden lege kopjes weggelaten.', { exact: false })).toBeVisible();
    await quietScreenshot(page, 'reports-afronden-lege-kopjes', 'view');
    await expectAccessible(page, 'finalise dialog with empty headings');
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await expect(confirm).toBeHidden();
  });

  await test.step('after cancelling the notes are still a draft', async () => {
    const stored = await invoke<{ notes: { finalisedAt: string | null } }>('sessions.get', { id: session.id });
    expect(stored.notes.finalisedAt).toBeNull();
  });

  await test.step('finalising anyway works', async () => {
    await finalise.getByRole('button', { name: 'Sessie afronden' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sessie afronden?' });
    await confirm.getByRole('button', { name: 'Sessie afronden' }).click();
    await expect(confirm).toBeHidden();
    const stored = await invoke<{ notes: { finalisedAt: string | null } }>('sessions.get', { id: session.id });
    expect(stored.notes.finalisedAt).not.toBeNull();
  });
});

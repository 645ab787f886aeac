import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { traject } from '../support/cli';
import { call, passphrase, removeDir, tempDir } from '../support/tempVault';

// Each command is a process of its own: give them time on a busy machine.
describe('traject calendar and traject import clients', { timeout: 240_000 }, () => {
  let dir: string;
  let vault: string;
  beforeAll(async () => {
    dir = tempDir();
    vault = join(dir, 'vault');
    const core = createCore(vault);
    await call(core, 'vault.create', { passphrase });
    const client = await call<{ id: number }>(core, 'clients.create', { firstName: 'Sanne', lastName: 'de Wit' });
    const trajectory = await call<{ id: number }>(core, 'trajectories.create', {
      kind: 'individual',
      title: 'Loopbaancoaching Sanne',
      participants: [{ clientId: client.id, role: 'client' }],
    });
    await call(core, 'sessions.create', { trajectoryId: trajectory.id, startsAt: '2099-03-03T09:15', durationMinutes: 45 });
    await call(core, 'sessions.create', { trajectoryId: trajectory.id, startsAt: '2099-06-09T09:15', durationMinutes: 45 });
    core.vault.lock();
  });
  afterAll(() => removeDir(dir));

  it('writes the planned sessions as .ics with neutral titles, or with names when asked', async () => {
    const out = join(dir, 'agenda.ics');
    const made = await traject(['calendar', '--vault', vault, '--out', out, '--from', '2099-01-01', '--to', '2099-04-30']);
    expect(made.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Traject-sessie 09:15 (45 min)']);
    expect(readFileSync(out, 'utf8')).not.toMatch(/Sanne|Loopbaan/);

    expect((await traject(['calendar', '--vault', vault, '--out', out, '--with-names'])).code).toBe(0);
    const named = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(named).toEqual(['Traject-sessie 09:15 (45 min): Sanne de Wit · Loopbaancoaching Sanne', 'Traject-sessie 09:15 (45 min): Sanne de Wit · Loopbaancoaching Sanne']);
  });

  it('refuses a date that does not exist, naming the field', async () => {
    const refused = await traject(['calendar', '--vault', vault, '--out', join(dir, 'x.ics'), '--from', '2099-02-30']);
    expect(refused.code).not.toBe(0);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'from' } });
  });

  it('imports nothing from a CSV with a bad row and lists it; --skip-invalid imports the good rows, the address joined from its columns', async () => {
    const csv = join(dir, 'clienten.csv');
    writeFileSync(
      csv,
      '\ufeffVoornaam;Achternaam;E-mailadres;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats\r\n' +
        'Lotte;Visser;lotte@example.nl;14-02-1982;Kerkstraat;12;1234ab;Utrecht\r\nBram;de Graaf;bram@;;Dorpsweg;3;7411 AA;Deventer\r\n',
    );
    const refused = await traject(['import', 'clients', '--vault', vault, csv]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { reason: 'import_invalid' }, rows: [{ line: 3, field: 'email', reason: 'email' }] });
    const listed = await traject(['call', 'clients.list', '{}', '--vault', vault]);
    expect(JSON.parse(listed.stdout).total).toBe(1);

    const imported = await traject(['import', 'clients', '--vault', vault, csv, '--skip-invalid']);
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout) as { clientIds: number[] };
    expect(result).toMatchObject({ imported: 1, skipped: [{ line: 3, field: 'email' }] });
    const lotte = await traject(['call', 'clients.get', JSON.stringify({ id: result.clientIds[0] }), '--vault', vault]);
    expect(JSON.parse(lotte.stdout)).toMatchObject({ firstName: 'Lotte', dateOfBirth: '1982-02-14', address: 'Kerkstraat 12, 1234 AB Utrecht' });
  });
});

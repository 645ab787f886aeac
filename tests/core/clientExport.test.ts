import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientExportSchema, practiceExportSchema, type ClientExport } from '../../shared/export/clientExport';
import { exportClient } from '../../electron/core/privacy/clientExport';
import { tablesReferringToClients } from '../../electron/core/privacy/schemaTables';
import type { Trajectory } from '../../shared/contract';
import {
  invoke,
  makeAgreement,
  makeClient,
  makeGoal,
  makeQuestionnaireResponse,
  makeSession,
  makeTrajectory,
  openPractice,
  type TestPractice,
} from '../support/factories';

const schemaFile = join(import.meta.dirname, '../../shared/export/client-export.schema.json');

describe("a client's data export", () => {
  let p: TestPractice;
  let couple: Trajectory;
  let data: ClientExport;
  beforeAll(async () => {
    p = await openPractice();
    const sanne = await makeClient(p.core, { firstName: 'Sanne', lastName: 'de Vries', email: 'sanne@voorbeeld.nl' });
    const omer = await makeClient(p.core, { firstName: 'Ömer', lastName: 'Yilmaz' });
    couple = await makeTrajectory(p.core, {
      kind: 'couple',
      participants: [
        { clientId: sanne.id, role: 'partner' },
        { clientId: omer.id, role: 'partner' },
      ],
    });
    const [ps, po] = couple.participants;
    const joint = await makeSession(p.core, couple);
    await invoke(p.core, 'sessions.saveNotes', { id: joint.id, summary: 'GEDEELD-JOINT', privateNotes: 'PRIVE-JOINT' });
    const hers = await makeSession(p.core, couple, { attendeeIds: [ps!.id] });
    await invoke(p.core, 'sessions.saveNotes', { id: hers.id, summary: 'GEDEELD-SANNE', privateNotes: 'PRIVE-SANNE' });
    const his = await makeSession(p.core, couple, { attendeeIds: [po!.id] });
    await invoke(p.core, 'sessions.saveNotes', { id: his.id, summary: 'GEDEELD-OMER', privateNotes: 'PRIVE-OMER' });
    await makeAgreement(p.core, his, { owner: { kind: 'participant', participantId: po!.id }, text: 'AFSPRAAK-OMER' });
    await makeAgreement(p.core, joint, { owner: { kind: 'participant', participantId: ps!.id }, text: 'AFSPRAAK-SANNE' });
    const goal = await makeGoal(p.core, couple);
    await invoke(p.core, 'goals.rate', { goalId: goal.id, sessionId: joint.id, participantId: ps!.id, value: 3 });
    await invoke(p.core, 'goals.rate', { goalId: goal.id, sessionId: joint.id, participantId: po!.id, value: 8 });
    await makeQuestionnaireResponse(p.core, joint, po!.id, { key: 'phq-9', value: 1 });
    await makeQuestionnaireResponse(p.core, joint, ps!.id, { key: 'phq-9', value: 0 });
    await invoke(p.core, 'repairPlans.create', { trajectoryId: couple.id, title: 'Herstel na de ontdekking', whatHappened: 'PRIVE-BREUK' });
    await invoke(p.core, 'clients.get', { id: sanne.id });
    data = JSON.parse((await invoke(p.core, 'exports.client', { clientId: sanne.id })).json) as ClientExport;
  });
  afterAll(() => p.close());

  it('covers every table the schema says refers to a client', () => {
    const discovered = tablesReferringToClients(p.core.vault.db());
    expect(discovered).toEqual(expect.arrayContaining(['client', 'participant', 'session', 'rating', 'agreement', 'audit_event', 'questionnaire_response']));
    expect(Object.keys(data.tables).sort()).toEqual([...discovered].sort());
  });

  it('stops, naming the table, when a new table refers to a client and has no export rule', () => {
    const db = p.core.vault.db();
    db.exec('CREATE TABLE client_photo (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES client (id))');
    try {
      expect(() => exportClient(db, 1, new Date())).toThrow(/client_photo/);
    } finally {
      db.exec('DROP TABLE client_photo');
    }
  });

  it("holds her own data and the joint data, never the other partner's own data or private notes", () => {
    const text = JSON.stringify(data);
    for (const present of ['Sanne', 'sanne@voorbeeld.nl', 'GEDEELD-JOINT', 'GEDEELD-SANNE', 'AFSPRAAK-SANNE', 'Herstel na de ontdekking']) {
      expect(text, present).toContain(present);
    }
    for (const absent of ['PRIVE-JOINT', 'PRIVE-SANNE', 'PRIVE-OMER', 'GEDEELD-OMER', 'AFSPRAAK-OMER', 'PRIVE-BREUK', 'Yilmaz']) {
      expect(text, absent).not.toContain(absent);
    }
    const mine = couple.participants[0]!.id;
    expect(data.tables['rating']!.every((r) => r['participant_id'] === mine)).toBe(true);
    expect(data.tables['rating']).toHaveLength(1);
    expect(data.tables['questionnaire_response']!.map((r) => r['participant_id'])).toEqual([mine]);
    expect(data.tables['audit_event']!.some((r) => r['event'] === 'client_opened')).toBe(true);
  });

  it('follows its versioned JSON Schema, kept beside the definition in the repository', () => {
    const generated = `${JSON.stringify(z.toJSONSchema(clientExportSchema), null, 2)}\n`;
    if (process.env['TRAJECT_WRITE_SCHEMA'] === '1') writeFileSync(schemaFile, generated);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
    expect(clientExportSchema.safeParse(data).success).toBe(true);
  });

  it('comes with a readable PDF summary without names in its metadata', async () => {
    const pdf = await invoke(p.core, 'exports.clientSummary', { clientId: couple.participants[0]!.clientId });
    expect(pdf.fileName).toBe(`Gegevens Sanne de Vries ${data.exportedAt.slice(0, 10)}.pdf`);
    const file = join(p.dir, 'summary.pdf');
    writeFileSync(file, Buffer.from(pdf.pdfBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    expect(text).toContain('Overzicht van je gegevens');
    expect(text).toContain('Sanne de Vries');
    expect(text).toContain('Wie je dossier heeft geopend');
    for (const absent of ['PRIVE', 'GEDEELD-OMER', 'Yilmaz']) expect(text).not.toContain(absent);
    const info = execFileSync('pdfinfo', [file]).toString('utf8');
    expect(info).not.toContain('Sanne');
    expect(info).toContain('Overzicht van je gegevens');
  });

  it('exports the whole practice, private notes included, to move it elsewhere', async () => {
    const whole = JSON.parse((await invoke(p.core, 'exports.practice', {})).json) as unknown;
    const parsed = practiceExportSchema.parse(whole);
    expect(JSON.stringify(parsed)).toContain('PRIVE-OMER');
    expect(parsed.tables['client']).toHaveLength(2);
    expect(Object.keys(parsed.tables)).not.toContain('client_fts_data');
  });
});

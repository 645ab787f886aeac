import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldLine } from '../../electron/core/calendar/icsText';
import type { Session, Trajectory } from '../../shared/contract';
import { fixedClock, invoke, makeClient, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

// Wednesday 25 November 2026, 10:00 local time.
let practice: TestPractice;
let couple: Trajectory;
let winter: Session;
let summer: Session;
let cancelled: Session;
const longTitle = 'Relatietherapie; na de verhuizing, met aandacht voor vertrouwen, geld en de schoonfamilie — deel twee';

beforeAll(async () => {
  practice = await openPractice(fixedClock(new Date(2026, 10, 25, 10, 0)));
  const { core } = practice;
  const zoe = await makeClient(core, { firstName: 'Zoë', lastName: 'van der Berg-Çelik' });
  const bram = await makeClient(core, { firstName: 'Bram', lastName: 'Jansen, jr.' });
  couple = await makeTrajectory(core, {
    kind: 'couple',
    title: longTitle,
    participants: [
      { clientId: zoe.id, role: 'partner' },
      { clientId: bram.id, role: 'partner' },
    ],
  });
  await makeSession(core, couple, { startsAt: '2026-11-18T14:00' }); // held, in the past
  winter = await makeSession(core, couple, { startsAt: '2026-12-01T14:00', durationMinutes: 60, status: 'planned' });
  summer = await makeSession(core, couple, { startsAt: '2027-07-06T09:30', durationMinutes: 90, status: 'planned' });
  cancelled = await makeSession(core, couple, { startsAt: '2026-12-08T14:00', status: 'planned' });
  await invoke(core, 'sessions.setStatus', { id: cancelled.id, status: 'cancelled' });
});
afterAll(() => practice.close());

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  ICAL.TimezoneService.register(zone, 'Europe/Amsterdam');
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      startUtc: event.startDate.toJSDate().toISOString(),
      endUtc: event.endDate.toJSDate().toISOString(),
      tzid: event.startDate.zone?.tzid,
      status: v.getFirstPropertyValue('status'),
      sequence: event.sequence,
      stamp: v.getFirstPropertyValue('dtstamp')?.toString(),
    };
  });
}

describe('.ics export', () => {
  it('writes the planned sessions from today with neutral titles, in Amsterdam time, parsed back by ical.js', async () => {
    const file = await invoke(practice.core, 'calendar.export', {});
    expect(file.fileName).toBe('traject-agenda.ics');
    const events = parse(file.ics);
    expect(events.map((e) => [e.summary, e.startUtc, e.endUtc, e.tzid, e.status])).toEqual([
      ['Traject-sessie 14:00 (60 min)', '2026-12-01T13:00:00.000Z', '2026-12-01T14:00:00.000Z', 'Europe/Amsterdam', 'CONFIRMED'],
      ['Traject-sessie 14:00 (60 min)', '2026-12-08T13:00:00.000Z', '2026-12-08T14:00:00.000Z', 'Europe/Amsterdam', 'CANCELLED'],
      ['Traject-sessie 09:30 (90 min)', '2027-07-06T07:30:00.000Z', '2027-07-06T09:00:00.000Z', 'Europe/Amsterdam', 'CONFIRMED'],
    ]);
    expect(file.events).toBe(3);
    const exportedAt = `${new Date(2026, 10, 25, 10, 0).toISOString().slice(0, 19)}Z`;
    expect(events.map((e) => e.stamp)).toEqual([exportedAt, exportedAt, exportedAt]);
    expect(file.ics).not.toMatch(/Zoë|Bram|Relatietherapie/);
  });

  it('ends every line with CRLF and folds none longer than 75 octets', async () => {
    const { ics } = await invoke(practice.core, 'calendar.export', { withNames: true });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('with names, puts the attendees and the title in the event title, escaped and read back whole', async () => {
    const events = parse((await invoke(practice.core, 'calendar.export', { withNames: true })).ics);
    expect(events[0]!.summary).toBe(`Traject-sessie 14:00 (60 min): Zoë van der Berg-Çelik, Bram Jansen, jr. · ${longTitle}`);
  });

  it('keeps one UID per session, so a re-import after rescheduling updates the event', async () => {
    const { core } = practice;
    const before = parse((await invoke(core, 'calendar.export', {})).ics);
    practice.clock.set(new Date(2026, 10, 25, 11, 0));
    await invoke(core, 'sessions.update', { id: winter.id, startsAt: '2026-12-02T16:00' });
    const after = parse((await invoke(core, 'calendar.export', {})).ics);
    practice.clock.set(new Date(2026, 10, 25, 10, 0));
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    expect(new Set(before.map((e) => e.uid)).size).toBe(3);
    const moved = after.find((e) => e.uid === before[0]!.uid)!;
    expect(moved.startUtc).toBe('2026-12-02T15:00:00.000Z');
    expect(moved.sequence).toBeGreaterThan(before[0]!.sequence);
  });

  it('takes only the sessions between two dates', async () => {
    const events = parse((await invoke(practice.core, 'calendar.export', { from: '2027-01-01', to: '2027-12-31' })).ics);
    expect(events.map((e) => e.uid)).toEqual([expect.stringContaining(`session-${summer.id}.`)]);
  });

  it('lists a week of sessions for the calendar view, with their trajectory and attendees', async () => {
    const { entries } = await invoke(practice.core, 'calendar.entries', { from: '2026-11-30', to: '2026-12-06' });
    expect(entries.map((e) => [e.id, e.trajectoryTitle, e.attendeeNames.length, e.startedAt, e.seriesId])).toEqual([[winter.id, longTitle, 2, null, null]]);
  });
});

describe('the audit log', () => {
  it('records a calendar exported with names, and not one with neutral titles (times only)', async () => {
    const { core } = practice;
    const exports = async () => (await invoke(core, 'audit.list', { limit: 500 })).items.filter((e) => e.event === 'calendar_exported');
    const before = (await exports()).length;
    await invoke(core, 'calendar.export', {});
    expect(await exports()).toHaveLength(before);
    const file = await invoke(core, 'calendar.export', { withNames: true });
    const after = await exports();
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ clientId: null, details: { withNames: true, events: file.events } });
  });
});

describe('line folding', () => {
  it('never splits a character: 100 × ë (2 octets each) folds into lines of at most 75 octets that unfold to the same text', () => {
    const line = `SUMMARY:${'ë'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(2);
    expect(folded.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

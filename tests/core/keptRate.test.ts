import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptRateOverview, type ReviewFact } from '../../electron/core/agreements/keptRate';
import { failure, invoke, makeAgreement, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

const a = { kind: 'participant', participantId: 1 } as const;
const all = { kind: 'all' } as const;
const s2 = { sessionId: 2, startsAt: '2026-03-02T10:00' };
const s3 = { sessionId: 3, startsAt: '2026-03-16T10:00' };
const s4 = { sessionId: 4, startsAt: '2026-03-30T10:00' };

describe('kept rate (computed by hand)', () => {
  const reviews: ReviewFact[] = [
    { owner: a, outcome: 'kept', ...s2 },
    { owner: a, outcome: 'partly_kept', ...s2 },
    { owner: a, outcome: 'not_kept', ...s2 },
    { owner: all, outcome: 'kept', ...s2 },
    { owner: a, outcome: 'kept', ...s3 },
    { owner: a, outcome: 'dropped', ...s3 },
    { owner: a, outcome: 'renegotiated', ...s3 },
    { owner: all, outcome: 'not_kept', ...s3 },
    { owner: all, outcome: 'dropped', ...s4 },
  ];
  const overview = keptRateOverview(reviews);

  it('counts partly kept as half and leaves dropped and renegotiated out', () => {
    // A: kept 2, partly 1, not 1 -> (2 + 0.5) / 4
    const forA = overview.byOwner.find((s) => s.owner?.kind === 'participant')!;
    expect(forA.reviewed).toBe(4);
    expect(forA.rate).toBeCloseTo(0.625);
    expect(forA.points.map((p) => [p.date, p.rate, p.cumulativeRate])).toEqual([
      ['2026-03-02', 0.5, 0.5],
      ['2026-03-16', 1, 0.625],
    ]);
  });

  it('gives the whole trajectory per review session and cumulatively', () => {
    // S2: kept 2, partly 1, not 1 -> 2.5 / 4; S3: kept 1, not 1 -> 0.5; together 3.5 / 6.
    expect(overview.overall.points.map((p) => [p.sessionId, p.reviewed, p.rate])).toEqual([
      [2, 4, 0.625],
      [3, 2, 0.5],
    ]);
    expect(overview.overall.points[1]!.cumulativeRate).toBeCloseTo(3.5 / 6);
    expect(overview.overall.rate).toBeCloseTo(3.5 / 6);
  });

  it('draws no point for a session where only dropped or renegotiated agreements were reviewed', () => {
    const forAll = overview.byOwner.find((s) => s.owner?.kind === 'all')!;
    expect(forAll.points.map((p) => p.sessionId)).toEqual([2, 3]);
    expect(forAll.rate).toBe(0.5);
  });

  it('has no rate at all before anything was reviewed', () => {
    expect(keptRateOverview([]).overall).toMatchObject({ rate: null, reviewed: 0, points: [] });
  });
});

describe('kept rate on the trajectory page', () => {
  let practice: TestPractice;
  beforeAll(async () => (practice = await openPractice()));
  afterAll(() => practice.close());

  it('shows the kept rate per owner and overall after reviews', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const [anna, bram] = couple.participants.map((p) => ({ kind: 'participant' as const, participantId: p.id }));
    const first = await makeSession(core, couple, { startsAt: '2026-02-02T10:00' });
    const second = await makeSession(core, couple, { startsAt: '2026-02-16T10:00' });
    const made = [
      await makeAgreement(core, first, { owner: anna! }),
      await makeAgreement(core, first, { owner: anna! }),
      await makeAgreement(core, first, { owner: bram! }),
      await makeAgreement(core, first, { owner: { kind: 'practitioner' } }),
    ];
    const outcomes = ['kept', 'partly_kept', 'not_kept', 'dropped'] as const;
    for (const [i, agreement] of made.entries()) {
      await invoke(core, 'agreements.review', { id: agreement.id, sessionId: second.id, outcome: outcomes[i]! });
    }
    const detail = await invoke(core, 'trajectories.detail', { id: couple.id });
    expect(detail.keptRate.overall.rate).toBeCloseTo(1.5 / 3);
    expect(detail.keptRate.byOwner.map((s) => [s.owner, s.rate])).toEqual([
      [anna, 0.75],
      [bram, 0],
      [{ kind: 'practitioner' }, null],
    ]);
  });

  it('links a renegotiated agreement to the new one made in the review session', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const first = await makeSession(core, trajectory, { startsAt: '2026-04-01T10:00' });
    const second = await makeSession(core, trajectory, { startsAt: '2026-04-08T10:00' });
    const old = await makeAgreement(core, first, { text: 'Elke dag wandelen' });
    const reviewed = await invoke(core, 'agreements.review', {
      id: old.id,
      sessionId: second.id,
      outcome: 'renegotiated',
      note: 'Te veel gevraagd',
      newAgreement: { owner: { kind: 'all' }, text: 'Twee keer per week wandelen', due: { kind: 'next_session' } },
    });
    expect(reviewed.review).toMatchObject({ outcome: 'renegotiated', sessionId: second.id, note: 'Te veel gevraagd' });
    const replacement = await invoke(core, 'agreements.list', { trajectoryId: trajectory.id, state: 'open' });
    expect(replacement).toHaveLength(1);
    expect(replacement[0]).toMatchObject({ id: reviewed.replacedById, replacesId: old.id, madeInSessionId: second.id });
  });

  it('refuses a review in the same or an earlier session, and renegotiating without a new agreement', async () => {
    const { core } = practice;
    const trajectory = await makeTrajectory(core);
    const first = await makeSession(core, trajectory, { startsAt: '2026-05-01T10:00' });
    const agreement = await makeAgreement(core, first);
    expect(await failure(core, 'agreements.review', { id: agreement.id, sessionId: first.id, outcome: 'kept' })).toMatchObject({
      reason: 'review_not_later',
    });
    expect(await failure(core, 'agreements.review', { id: agreement.id, sessionId: first.id, outcome: 'renegotiated' })).toMatchObject({
      field: 'newAgreement',
    });
  });
});

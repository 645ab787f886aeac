import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, GroupFigures, TrajectoryDetail, TrajectoryList } from '../../shared/contract';
import { call, makeVault, removeDir } from '../support/tempVault';

type Vault = Awaited<ReturnType<typeof makeVault>>;

describe('the demo practice', () => {
  let v: Vault;
  let trajectories: TrajectoryList;
  const detailOf = (kind: string) =>
    call<TrajectoryDetail>(v.core, 'trajectories.detail', { id: trajectories.items.find((t) => t.kind === kind)!.id });

  beforeAll(async () => {
    v = await makeVault();
    await call(v.core, 'demo.seed');
    trajectories = await call<TrajectoryList>(v.core, 'trajectories.list', { status: 'all' });
  });
  afterAll(() => {
    v.core.vault.lock();
    removeDir(join(v.dir, '..'));
  });

  it('has a couple, an individual coaching client and a team', () => {
    expect(trajectories.items.map((t) => t.kind).sort()).toEqual(['couple', 'individual', 'team']);
  });

  it('gives the couple eight held sessions, joint and individual, and one planned', async () => {
    const couple = await detailOf('couple');
    const held = couple.sessions.filter((s) => s.status === 'held');
    expect(held).toHaveLength(8);
    expect(held.filter((s) => s.individualFor !== null)).toHaveLength(2);
    expect(couple.sessions.filter((s) => s.status === 'planned')).toHaveLength(1);
  });

  it('has agreements kept and broken, and ratings from both partners on every goal', async () => {
    const couple = await detailOf('couple');
    const outcomes = new Set(couple.agreements.map((a) => a.review?.outcome).filter(Boolean));
    expect([...outcomes].sort()).toEqual(['kept', 'not_kept', 'partly_kept', 'renegotiated']);
    for (const goal of couple.goals) {
      expect(goal.series).toHaveLength(2);
      for (const series of goal.series) expect(series.points.length).toBeGreaterThanOrEqual(6);
    }
    expect(couple.keptRate.overall.rate).toBeGreaterThan(0.5);
    expect(couple.repairPlans).toHaveLength(1);
  });

  it('has the trust check-in taken twice by both partners, and a psychological-safety series for the team', async () => {
    const couple = trajectories.items.find((t) => t.kind === 'couple')!;
    const responses = await call<unknown[]>(v.core, 'questionnaires.responses', { trajectoryId: couple.id });
    expect(responses).toHaveLength(4);
    const team = trajectories.items.find((t) => t.kind === 'team')!;
    // The team answers anonymously: no member has a series of their own, the group has figures per round.
    const series = await call<{ respondents: unknown[] }>(v.core, 'questionnaires.scoreSeries', { trajectoryId: team.id });
    expect(series.respondents).toEqual([]);
    const groups = await call<GroupFigures>(v.core, 'questionnaires.groupFigures', { trajectoryId: team.id });
    const safety = groups.instruments.find((i) => i.key === 'team-psychological-safety')!;
    expect(safety.rounds).toHaveLength(3);
    for (const round of safety.rounds) expect(round).toMatchObject({ respondentCount: 4, figures: { mean: expect.any(Number) } });
  });

  it('gives the dashboard something to show today and this week', async () => {
    const dashboard = await call<Dashboard>(v.core, 'dashboard.get');
    expect(dashboard.sessionsToday.length).toBeGreaterThan(0);
    expect(dashboard.sessionsThisWeek.length).toBeGreaterThan(0);
  });

  it('only goes into an empty vault', async () => {
    expect(await v.core.dispatch('demo.seed', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

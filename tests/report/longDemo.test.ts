import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../shared/contract';
import { invoke, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
let long: Trajectory;

beforeAll(async () => {
  practice = await openPractice();
  await invoke(practice.core, 'demo.seed', { long: true });
  const list = await invoke(practice.core, 'trajectories.list', {});
  long = list.items.find((t) => t.title.includes('verzwegen krediet'))!;
}, 60_000);
afterAll(() => practice.close());

describe('the long demo', () => {
  it('adds a couple with 100 held sessions over two years, with ratings, agreements and questionnaires', async () => {
    const sessions = await invoke(practice.core, 'sessions.list', { trajectoryId: long.id, status: 'held', limit: 200 });
    expect(sessions.total).toBe(100);
    const days = sessions.items.map((s) => Date.parse(s.startsAt.slice(0, 10)));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThan(700);
    const agreements = await invoke(practice.core, 'agreements.list', { trajectoryId: long.id });
    expect(agreements.length).toBeGreaterThan(120);
    const goals = await invoke(practice.core, 'goals.list', { trajectoryId: long.id });
    expect(goals).toHaveLength(3);
  });
});

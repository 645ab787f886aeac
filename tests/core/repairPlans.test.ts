import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, invoke, makeAgreement, makeGoal, makeSession, makeTrajectory, openPractice, type TestPractice } from '../support/factories';

let practice: TestPractice;
beforeAll(async () => (practice = await openPractice()));
afterAll(() => practice.close());

describe('repair plans', () => {
  it('links repair actions and monitoring goals, and adds agreements made for the plan', async () => {
    const { core } = practice;
    const couple = await makeTrajectory(core, { kind: 'couple' });
    const session = await makeSession(core, couple);
    const goal = await makeGoal(core, couple, { trustFactor: 'transparency' });
    const first = await makeAgreement(core, session, { text: 'Telefoon op tafel' });
    const plan = await invoke(core, 'repairPlans.create', {
      trajectoryId: couple.id,
      title: 'Herstel na het verzwegen contact',
      whatHappened: 'Wat er precies gebeurde',
      acknowledgedOn: '2026-05-04',
      agreementIds: [first.id],
      goalIds: [goal.id],
    });
    expect(plan).toMatchObject({ status: 'open', agreementIds: [first.id], goalIds: [goal.id], acknowledgedOn: '2026-05-04' });
    const second = await makeAgreement(core, session, { text: 'Wekelijks bespreken', repairPlanId: plan.id });
    expect(second.repairPlanIds).toEqual([plan.id]);
    const updated = await invoke(core, 'repairPlans.update', { id: plan.id, status: 'in_progress' });
    expect(updated.actions.map((a) => a.text)).toEqual(['Telefoon op tafel', 'Wekelijks bespreken']);
    expect(updated.goals.map((g) => g.id)).toEqual([goal.id]);
    expect(await invoke(core, 'repairPlans.list', { trajectoryId: couple.id })).toEqual([expect.objectContaining({ status: 'in_progress' })]);
  });

  it('refuses an agreement from another trajectory as repair action', async () => {
    const { core } = practice;
    const mine = await makeTrajectory(core);
    const other = await makeTrajectory(core);
    const foreign = await makeAgreement(core, await makeSession(core, other));
    expect(
      await failure(core, 'repairPlans.create', { trajectoryId: mine.id, title: 'Herstel', agreementIds: [foreign.id] }),
    ).toMatchObject({ field: 'agreementIds.0', reason: 'other_trajectory' });
  });
});

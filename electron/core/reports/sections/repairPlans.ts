import type { ReportAgreement, ReportRepairPlan } from '../content';
import { list, sectionHeading, subheading } from '../layout/blocks';
import { drawTable, type Cell } from '../layout/table';
import { theme } from '../layout/theme';
import type { ReportWriter } from '../layout/writer';

/** How many reviewed repair actions a concise report lists, besides the open ones. */
const RECENT_ACTIONS = 3;

/** The repair plan: when it was acknowledged, how it stands, its actions and the goals that follow it. Never what happened. */
export function drawRepairPlans(w: ReportWriter, plans: ReportRepairPlan[], detail: 'concise' | 'full'): void {
  const { t } = w;
  sectionHeading(w, t.sections.repairPlans, 120);
  w.write(t.repair.intro, { colour: theme.colour.muted, after: 8 });
  plans.forEach((plan, i) => {
    if (i > 0) w.space(12);
    const meta = [plan.acknowledgedOn ? t.repair.acknowledgedOn(w.f.date(plan.acknowledgedOn)) : t.repair.notAcknowledged, t.repair.status[plan.status]].join(' · ');
    subheading(w, plan.title, meta, 80);
    const kept = plan.actions.filter((a) => a.outcome === 'kept').length;
    const open = plan.actions.filter((a) => a.outcome === null).length;
    if (plan.actions.length > 0) {
      w.write(t.repair.actionCounts(plan.actions.length, kept, open), { after: 4 });
      const reviewed = plan.actions.filter((a) => a.outcome !== null).sort((a, b) => (a.reviewedOn ?? '').localeCompare(b.reviewedOn ?? ''));
      const shown = detail === 'full' ? plan.actions : [...plan.actions.filter((a) => a.outcome === null), ...reviewed.slice(-RECENT_ACTIONS)];
      drawActions(w, shown);
    }
    if (plan.goals.length > 0) {
      subheading(w, t.repair.goals, undefined, 30);
      list(w, plan.goals);
    }
  });
}

function drawActions(w: ReportWriter, actions: ReportAgreement[]): void {
  const { t, f } = w;
  drawTable(
    w,
    [
      { header: t.repair.actions, weight: 3 },
      { header: t.agreements.owner, weight: 1.2 },
      { header: t.agreements.outcome, weight: 1.6 },
    ],
    actions.map((a) => [
      a.description,
      a.owner,
      a.outcome === null
        ? ({ icon: 'open', parts: [{ text: t.agreements.open, colour: theme.colour.muted }] } satisfies Cell)
        : ({
            icon: a.outcome,
            parts: [
              { text: t.agreements.outcomes[a.outcome], face: 'bold', colour: theme.outcome[a.outcome] },
              ...(a.reviewedOn ? [{ text: f.shortDate(a.reviewedOn), size: theme.size.tiny, colour: theme.colour.muted }] : []),
            ],
          } satisfies Cell),
    ]),
  );
}

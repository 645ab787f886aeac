import { calendarHandlers } from './calendar/handlers';
import { clientHandlers } from './clients/handlers';
import type { Handlers } from './context';
import { demoHandlers } from './demo/handlers';
import { practiceHandlers } from './practice/handlers';
import { questionnaireHandlers } from './questionnaires/handlers';
import { formHandlers } from './forms/handlers';
import { feedback360Handlers } from './feedback360/handlers';
import { clientModeHandlers } from './clientMode/handlers';
import { vaultHandlers } from './vault/handlers';
import { agreementHandlers } from './agreements/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { goalHandlers } from './goals/handlers';
import { noteTemplateHandlers } from './notes/handlers';
import { repairPlanHandlers } from './repairPlans/handlers';
import { reportHandlers } from './reports/handlers';
import { searchHandlers } from './search/handlers';
import { sessionHandlers } from './sessions/handlers';
import { trajectoryHandlers } from './trajectories/handlers';
import { checkInHandlers } from './trajectories/checkInHandlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { privacyHandlers } from './privacy/handlers';

/** Every feature's handlers in one map; the type makes a missing handler a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
  ...practiceHandlers,
  ...clientHandlers,
  ...trajectoryHandlers,
  ...checkInHandlers,
  ...sessionHandlers,
  ...calendarHandlers,
  ...noteTemplateHandlers,
  ...agreementHandlers,
  ...goalHandlers,
  ...repairPlanHandlers,
  ...dashboardHandlers,
  ...searchHandlers,
  ...questionnaireHandlers,
  ...formHandlers,
  ...feedback360Handlers,
  ...clientModeHandlers,
  ...reportHandlers,
  ...demoHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...privacyHandlers,
};

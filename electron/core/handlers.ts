import { clientHandlers } from './clients/handlers';
import type { Handlers } from './context';
import { practiceHandlers } from './practice/handlers';
import { vaultHandlers } from './vault/handlers';

/** Every feature's handlers in one map; the type makes a missing handler a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
  ...practiceHandlers,
  ...clientHandlers,
};

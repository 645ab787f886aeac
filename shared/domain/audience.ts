/**
 * Who a report or view is for. `joint`: the couple or team together (for an individual
 * trajectory, the client). `participant`: one participant alone.
 */
export type Audience = { kind: 'joint' } | { kind: 'participant'; participantId: number };

/** A period by local dates, both ends included; either end may be open. */
export interface Period {
  from?: string;
  to?: string;
}

import { seedCall } from './calls.js';
import type { RequestContext } from './context.js';
import { Commissions } from './commission.js';
import { Lifecycle } from './lifecycle.js';
import { Sink, type RequestRows } from './rows.js';
import { requestSpecs } from './stories.js';

// The demo year of requests as rows, built in memory before anything is written: every request's
// story (stories.ts) and every commission meeting acted out in time order, writing what the
// requests and commissions services would write for each step, dated on the day of the story.
// Pure and deterministic given the demo's "now", the demo cases and the numbers already taken;
// seed-requests.ts inserts the result in one transaction.

export function buildDemoRequests(context: RequestContext): RequestRows {
  const sink = new Sink(context);
  const life = new Lifecycle(sink);
  const commissions = new Commissions(sink, life);
  life.agenda = commissions;
  commissions.scheduleYear();
  for (const spec of requestSpecs(context)) life.start(spec);
  // One open call for applications in Peja, with its applications scored.
  seedCall(sink, life);
  return sink.run();
}

// The worker's slider path (issue 14): a weight move regenerates from the weight step without the result checks;
// its scores and ranks equal a full build of the same spec in a fresh worker session cell for cell, and the
// `checks` request gives the warnings that full build has.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/index.js';
import { withWeights } from '../../web/src/spec-edit.js';
import { EXAMPLES } from '../../web/src/worker/bundled.js';
import type { Reply, ResultView, SpecDocument } from '../../web/src/worker/protocol.js';
import { Session } from '../../web/src/worker/session.js';
import { renderNote } from '../../web/src/worker/view.js';
import { countyPanel } from './county-panel.js';

const { csv, framework } = countyPanel(60, 4, 20);
const encoder = new TextEncoder();
const files = () => [
  { name: 'county.csv', bytes: encoder.encode(csv).buffer as ArrayBuffer },
  { name: 'county.yaml', bytes: encoder.encode(framework).buffer as ArrayBuffer },
];

function imported(session: Session): SpecDocument {
  const reply = session.handle({ type: 'import', files: files(), spec: EXAMPLES[0].spec });
  if (reply.type !== 'import') throw new Error(JSON.stringify(reply));
  return reply.spec;
}

const viewOf = (reply: Reply): ResultView => {
  if (reply.type !== 'build') throw new Error(JSON.stringify(reply));
  return reply.view;
};
const cells = (view: ResultView) => Object.fromEntries(Object.keys(view.scores).map((code) => [code, [Array.from(view.scores[code]), Array.from(view.ranks[code])]]));

describe('worker session: weight slider', () => {
  it('build after a weight move: scores and ranks equal a fresh full build; warnings left to a checks request that equals the full run', () => {
    const session = new Session();
    let spec = imported(session);
    let view = viewOf(session.handle({ type: 'build', spec }));
    expect(view.warnings).not.toBeNull();
    for (const [code, weight] of [['D1', 0.1], ['D2', 0.9], ['x003', 0.2]] as const) {
      spec = withWeights(spec, view, { [code]: weight });
      view = viewOf(session.handle({ type: 'build', spec }));
      expect(view.rerunFrom).toBe('weight');
      expect(view.warnings).toBeNull();
      const fresh = new Session();
      imported(fresh);
      const full = viewOf(fresh.handle({ type: 'build', spec }));
      expect(full.rerunFrom).toBe('impute');
      expect(cells(view)).toEqual(cells(full));
      const checks = session.handle({ type: 'checks', spec });
      expect(checks).toEqual({ type: 'checks', specHash: full.specHash, warnings: full.warnings });
    }
    // The oracle outside the worker: the core's run on the same spec gives the same checks.
    const { analyses: _a, uncertainty: _u, ...steps } = spec;
    const build = (session as unknown as { build: { inputs: Parameters<typeof run>[1] } }).build;
    const checks = session.handle({ type: 'checks', spec });
    expect(checks.type === 'checks' && checks.warnings).toEqual(run(steps, build.inputs).checks.map(renderNote));
  });
});

// npx tsx scripts/bench/checkClearingCases.ts: the bench's stress tests under Node, once each, without
// a browser: how many obligations, defaults and rounds each produces, and whether each still
// produces the cascade it is there to time (exits 1 if not). The timings are the bench's, in Chromium.
import defaultJson from '../../data/ai-capital-loop.json';
import { defaultValues } from '../../src/model/defaults';
import { compileModel } from '../../src/model/engine';
import { runStress } from '../../src/model/stress';
import { validateDataset } from '../../src/model/validate';
import { clearingCases, describeCascade } from './clearingCases';

const checked = validateDataset(defaultJson);
if (!checked.ok) throw new Error('the default dataset is invalid');
let failed = false;
for (const c of clearingCases(checked.dataset)) {
  const outcome = runStress(compileModel(c.dataset, c.at), defaultValues(c.dataset.parameters), c.shocks, { alpha: 1, beta: 1 });
  if (outcome.status !== 'converged') throw new Error(`${c.name} diverges under stress`);
  const cascade = describeCascade(c, outcome);
  console.log(
    `${c.name}: ${cascade.obligations} obligations, ${cascade.defaults} defaults in ${cascade.rounds} rounds (per round ${cascade.perRound.join(', ') || '—'})${cascade.problem ? `  ✗ ${cascade.problem}` : '  ✓'}`,
  );
  failed ||= cascade.problem !== null;
}
process.exit(failed ? 1 : 0);

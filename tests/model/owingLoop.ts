import type { Dataset } from '../../src/model/types';
import { amountFlow, dataset, entity, shareFlow } from './fixtures';

/**
 * investor and customers pay a startup 50 each; the startup owes its cloud `owed` (a payment: 80,
 * within what it receives, unless given more); the cloud spends half of what it receives on chips
 * and owes its bank 30 (undrawn debt service).
 */
export function owingLoop(owed = 80): Dataset {
  return dataset({
    entities: [
      entity('investor', 'source'),
      entity('customers', 'customer'),
      entity('bank', 'source'),
      entity('startup', 'startup'),
      entity('cloud', 'cloud'),
      entity('chip', 'chipmaker'),
      entity('kept', 'sink'),
      entity('costs', 'sink'),
    ],
    flows: [
      amountFlow('investor', 'startup', 50),
      amountFlow('customers', 'startup', 50, 'customer-revenue'),
      { ...amountFlow('startup', 'cloud', owed, 'compute-spend'), obligation: { firmness: 'firm' } },
      shareFlow('startup', 'kept', 'rest', 'leakage'),
      shareFlow('cloud', 'chip', 0.5, 'gpu-purchase'),
      shareFlow('cloud', 'costs', 'rest', 'leakage'),
      shareFlow('chip', 'costs', 'rest', 'leakage'),
    ],
    obligations: [{ id: 'cloud-debt', from: 'cloud', to: 'bank', amount: 30, provenance: { basis: 'assumption' } }],
  });
}

// Part of npm run build: the bundled dataset is validated here, once, instead of in every
// reader's browser. Lists every problem and fails the build if there is one.
import { readFileSync } from 'node:fs';
import { issueText } from '../src/i18n/problemText';
import { parseDatasetJson } from '../src/model/parseDataset';

const file = 'data/ai-capital-loop.json';
const result = parseDatasetJson(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
if (!result.ok) {
  console.error(`${file} is not valid:`);
  for (const error of result.errors) console.error(`  ${issueText(error, 'en')}`);
  process.exit(1);
}
for (const warning of result.warnings) console.warn(`${file} warning: ${issueText(warning, 'en')}`);
console.log(`${file}: valid (${result.dataset.entities.length} entities, ${result.dataset.flows.length} flows)`);

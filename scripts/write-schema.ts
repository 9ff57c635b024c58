// Regenerates data/capital-loop.schema.json from the runtime schema: npm run schema
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/jsonSchema';

const target = new URL('../data/capital-loop.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);

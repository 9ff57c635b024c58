import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import noImportCycle from '../../eslint-rules/noImportCycle.js';

// RuleTester reports through the test framework's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;

// The rule reads the other side of an import from disk, so each case gets real files.
const folder = mkdtempSync(join(tmpdir(), 'cycle-'));
const file = (name: string, text: string) => {
  writeFileSync(join(folder, name), text);
  return join(folder, name);
};
file('typesOnly.ts', "import type { A } from './a';\nexport type B = A;\n");
file('valueImport.ts', "import { a } from './a';\nexport const b = a;\n");
file('commented.ts', "// import { a } from './a';\nexport const c = 1;\n");
file('dynamic.ts', "export const load = () => import('./a');\n");
file('chain1.ts', "export { c2 } from './chain2';\n");
file('chain2.ts', "import type { A } from './a';\nexport const c2: A | null = null;\n");

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const a = file('a.ts', 'export type A = number;\nexport const a = 1;\n');

tester.run('no-import-cycle', noImportCycle, {
  valid: [
    { filename: a, code: "import { c } from './commented';\nexport const a = c;" },
    { filename: a, code: "import { a2 } from './nowhere';\nexport const a = a2;" },
  ],
  invalid: [
    { filename: a, code: "import type { B } from './typesOnly';\nexport type A = B;", errors: [{ messageId: 'cycle' }] },
    { filename: a, code: "import { b } from './valueImport';\nexport const a = b;", errors: [{ messageId: 'cycle' }] },
    { filename: a, code: "import { load } from './dynamic';\nexport const a = load;", errors: [{ messageId: 'cycle' }] },
    { filename: a, code: "import { c2 } from './chain1';\nexport const a = c2;", errors: [{ messageId: 'cycle' }] },
  ],
});

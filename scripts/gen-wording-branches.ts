/**
 * npm run gen:wording-branches — writes src/engine/rules/wordings/branches.generated.ts: each
 * wording rule's alternatives and the literals they require, worked out once here instead of at
 * every start (see branches.ts). Run it after editing a wording rule; a unit test says when.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedBranches } from '../src/engine/rules/wordings/branches.ts';
import { WORDING_RULES } from '../src/engine/rules/wordings/index.ts';

// Run bundled from node_modules/.cache, so the project is where npm runs it from.
const out = join(process.cwd(), 'src/engine/rules/wordings/branches.generated.ts');
if (!existsSync(dirname(out))) {
  console.error(
    'gen:wording-branches: run it from the project root (npm run gen:wording-branches)',
  );
  process.exit(2);
}
writeFileSync(out, generatedBranches(WORDING_RULES));
console.log(`wrote ${out} (${WORDING_RULES.length} rules)`);

import { WORDING_RULES } from '../src/engine/rules/wordings/index.ts';
import { requiredLiterals } from '../src/engine/rules/required-literals.ts';
for (const r of WORDING_RULES) {
  const l = requiredLiterals(r.pattern);
  console.log(
    r.id.padEnd(40),
    l ? l.length + ' ' + l.filter((x) => x.length < 4).join('|') : 'NONE',
  );
}

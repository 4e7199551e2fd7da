/**
 * `npm run docs:rules`: rewrites the rule table in docs/content-checks.md from the rule
 * catalog, formatted as Prettier would, so `prettier --check` and the docs test both pass.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { replaceRulesTable, rulesTable } from './rule-table.ts';

const file = fileURLToPath(new URL('../docs/content-checks.md', import.meta.url));
const options = (await resolveConfig(file)) ?? {};
const next = await format(replaceRulesTable(readFileSync(file, 'utf8'), rulesTable()), {
  ...options,
  filepath: file,
});
writeFileSync(file, next);
process.stdout.write(`docs/content-checks.md: ${rulesTable().split('\n').length - 2} rules\n`);

// npm run docs: writes the README's checks section from each check's meta and its README.md fragment, and its
// sample of `primetime plan` from the code that prints it.
import { readFile, writeFile } from 'node:fs/promises';
import { checksSection } from '../src/docs/checks-section.js';
import { planSection } from '../src/docs/plan-section.js';

const readme = await readFile('README.md', 'utf8');
await writeFile(
  'README.md',
  readme
    .replace(/<!-- checks:start -->[\s\S]*<!-- checks:end -->/, await checksSection())
    .replace(/<!-- plan:start -->[\s\S]*<!-- plan:end -->/, await planSection()),
);

// Writes docs/procedures.md from the procedures' transition tables (`npm run docs`).
import { writeFileSync } from 'node:fs';
import { procedureDocs } from './procedure-docs-content.ts';

writeFileSync(new URL('../docs/procedures.md', import.meta.url), procedureDocs());
console.log('docs/procedures.md written');

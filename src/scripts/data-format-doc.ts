import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { dataFormatMarkdown } from '../modules/import/data-format.doc';

const file = path.join(PROJECT_ROOT, 'docs', 'data-format.md');
fs.writeFileSync(file, dataFormatMarkdown());
console.log(`wrote ${path.relative(process.cwd(), file)}`);

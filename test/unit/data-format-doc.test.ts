import fs from 'node:fs';
import path from 'node:path';
import { dataFormatMarkdown } from '../../src/modules/import/data-format.doc';
import { FILES, columns } from '../../src/modules/import/dataset.files';

describe('docs/data-format.md', () => {
  it('is the one generated from the importer declarations (run `npm run docs:data-format`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'data-format.md'), 'utf8');
    expect(committed).toBe(dataFormatMarkdown());
  });

  it('documents every file and column, with units for money and land', () => {
    const md = dataFormatMarkdown();
    for (const f of FILES) {
      expect(md).toContain(`### ${f.name}`);
      for (const c of columns(f)) expect(md).toContain(`| \`${c.name}\` |`);
    }
    expect(md).toMatch(/`amountYi` \| number \| yes \| 亿元/);
    expect(md).toMatch(/`availableLandMu` \| number \| yes \| 亩/);
  });
});

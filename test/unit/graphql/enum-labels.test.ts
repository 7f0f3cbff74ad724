import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isEnumType, isListType, isObjectType } from 'graphql';
import { labelFieldName, labelOfDescription } from '../../../src/graphql/enum-labels';

const sdl = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');
const schema = buildSchema(sdl);

describe('enum labels (xxxLabel)', () => {
  it('reads the Chinese of a value’s description in each of its three forms', () => {
    expect(labelOfDescription('Registered business scope (中证据)')).toBe('中证据');
    expect(labelOfDescription('缺链: no local producer although there is local demand')).toBe('缺链');
    expect(labelOfDescription('招商组合 (planPortfolio)')).toBe('招商组合');
    expect(labelOfDescription('已办结')).toBe('已办结');
    expect(labelOfDescription('Only English here')).toBeNull();
    expect(labelOfDescription(undefined)).toBeNull();
  });

  it('has Chinese for every value of every enum, with no English words in it', () => {
    const bad: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isEnumType(t) || t.name.startsWith('__')) continue;
      for (const v of t.getValues()) {
        const label = labelOfDescription(v.description);
        if (!label || /[A-Za-z]{3,}/.test(label)) bad.push(`${t.name}.${v.name}: ${v.description ?? ''}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('puts a label beside every enum field an object type returns, named by the one rule', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isObjectType(t) || t.name.startsWith('__')) continue;
      for (const f of Object.values(t.getFields())) {
        if (!isEnumType(getNamedType(f.type)) || f.args.length > 0) continue;
        checked++;
        const name = labelFieldName(f.name, isListType(getNullableType(f.type)));
        if (!t.getFields()[name]) missing.push(`${t.name}.${name}`);
      }
    }
    expect(checked).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });
});

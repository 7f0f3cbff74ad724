import { fulltextQuery, searchText, toSimplified } from '../../src/domain/search-text';

describe('search text', () => {
  it('holds Simplified and Traditional forms and pinyin suffixes at syllable boundaries', () => {
    const t = searchText('南安市阀门');
    expect(t.split(' ')).toEqual(
      expect.arrayContaining([
        '南安市阀门',
        '南安市閥門',
        'nananshifamen',
        'anshifamen',
        'shifamen',
        'famen',
        'men',
        'nasfm',
        'asfm',
        'sfm',
        'fm',
      ]),
    );
  });

  it('holds each Chinese character alone, so a one-character search finds the name', () => {
    expect(searchText('东莞宝凯').split(' ').slice(-4)).toEqual(['东', '莞', '宝', '凯']);
    expect(searchText('ABC阀门').split(' ')).toEqual(expect.arrayContaining(['阀', '门']));
  });

  it('converts Traditional input to Simplified', () => {
    expect(toSimplified('南安市閥門產業')).toBe('南安市阀门产业');
  });

  it('builds phrase queries for Chinese and prefix queries for pinyin', () => {
    expect(fulltextQuery('閥門')).toBe('"阀门"');
    expect(fulltextQuery('  NanAn ')).toBe('nanan*');
    expect(fulltextQuery('nags famen')).toBe('nags* AND famen*');
    // Lucene syntax characters are dropped (the query is a parameter, never Cypher text).
    expect(fulltextQuery('南安"; MATCH (n) //')).toBe('"南安" AND match* AND n*');
    // Several words: each must match, wherever it is.
    expect(fulltextQuery('常州 逆变器')).toBe('"常州" AND "逆变器"');
    expect(fulltextQuery('深圳 famen')).toBe('"深圳" AND famen*');
    // Mixed words, as typed while an input method composes: the Chinese as a phrase, the whole as pinyin.
    expect(fulltextQuery('宝k')).toBe('"宝" AND (baok* OR bk*)');
    expect(fulltextQuery('宝')).toBe('"宝"');
    expect(fulltextQuery('   ')).toBeUndefined();
    expect(fulltextQuery('***')).toBeUndefined();
  });
});

import { DuplicateReason, findDuplicates, nameKey, placeNames, probableGroups } from '../../src/domain/entity-names';
import { probableDuplicateWarnings } from '../../src/modules/import/dataset.validate';

const PLACES = placeNames(['福建省', '南安市', '常州市', '深圳市', '香港特别行政区']);

describe('name keys (企业查重)', () => {
  it('drops leading places, bracketed parts and organisation forms', () => {
    expect(nameKey('常州晖恒逆变器股份有限公司', PLACES)).toBe('晖恒逆变器');
    expect(nameKey('晖恒逆变器（常州）科技有限公司', PLACES)).toBe('晖恒逆变器');
    expect(nameKey('福建南安宏通芯片设计集团有限公司', PLACES)).toBe('宏通芯片设计');
    expect(nameKey('南安市宏通芯片设计有限公司', PLACES)).toBe('宏通芯片设计');
    expect(nameKey('阳光中科（福建）能源股份有限公司', PLACES)).toBe('阳光中科能源');
    expect(nameKey('中国五矿集团有限公司', PLACES)).toBe('五矿');
    expect(nameKey('Ｈｅｌｌｏ　科技有限公司', PLACES)).toBe('Hello'); // full-width letters and spaces
  });

  it('never strips a name to nothing', () => {
    expect(nameKey('南安市公司', PLACES)).toBe('南安市');
    expect(nameKey('（）', PLACES)).toBe('');
  });
});

describe('duplicates', () => {
  const records = [
    { uscc: 'A1', name: '常州晖恒逆变器股份有限公司', cityCode: '320400', executives: ['P1', 'P2'] },
    { uscc: 'A2', name: '晖恒逆变器（常州）有限公司', cityCode: '320400', executives: ['P9'] }, // same city
    { uscc: 'A3', name: '深圳晖恒逆变器科技有限公司', cityCode: '440300', executives: ['P1'] }, // shares P1 with A1
    { uscc: 'A4', name: '深圳晖恒逆变器有限公司', cityCode: '440300', executives: [] }, // same city as A3 only
    { uscc: 'B1', name: '南安市宏通芯片设计有限公司', cityCode: '350583', executives: ['P5'] },
    { uscc: 'B2', name: '上海宏通芯片设计有限公司', cityCode: '310000', executives: ['P6'] }, // name only: possible, not probable
    { uscc: 'C1', name: '本地独一家', cityCode: '350583', executives: ['P5'] }, // shares P5, another name: not a duplicate
  ];
  const places = placeNames(['常州市', '深圳市', '南安市', '上海市']);
  const found = findDuplicates(records, places);

  it('lists possible duplicates with their reasons, probable ones first', () => {
    expect(found.get('A1')).toEqual([
      { uscc: 'A2', name: '晖恒逆变器（常州）有限公司', reasons: [DuplicateReason.SAME_NAME, DuplicateReason.SAME_CITY], probable: true },
      {
        uscc: 'A3',
        name: '深圳晖恒逆变器科技有限公司',
        reasons: [DuplicateReason.SAME_NAME, DuplicateReason.SHARED_EXECUTIVE],
        probable: true,
      },
      { uscc: 'A4', name: '深圳晖恒逆变器有限公司', reasons: [DuplicateReason.SAME_NAME], probable: false },
    ]);
    expect(found.get('B1')).toEqual([
      { uscc: 'B2', name: '上海宏通芯片设计有限公司', reasons: [DuplicateReason.SAME_NAME], probable: false },
    ]);
    expect(found.has('C1')).toBe(false);
  });

  it('groups probable duplicates transitively, and only those', () => {
    const groups = probableGroups(found);
    expect(groups.get('A1')).toEqual(['A1', 'A2', 'A3', 'A4']); // A4 joins through A3 (same city)
    expect(groups.get('A4')).toBe(groups.get('A1'));
    expect(groups.has('B1')).toBe(false);
  });
});

describe('the importer reports probable duplicates of a dataset as warnings', () => {
  it('names both rows and what they share', () => {
    const rows = new Map([
      ['cities', [{ row: 2, values: { code: '320400', name: '常州市', provinceName: '江苏省' } }]],
      [
        'enterprises',
        [
          { row: 2, values: { uscc: 'A1', name: '常州晖恒逆变器股份有限公司', cityCode: '320400' } },
          { row: 3, values: { uscc: 'B1', name: '别的企业有限公司', cityCode: '320400' } },
          { row: 4, values: { uscc: 'A2', name: '晖恒逆变器（常州）有限公司', cityCode: '320400' } },
        ],
      ],
      [
        'executives',
        [
          { row: 2, values: { personId: 'P1', uscc: 'A1' } },
          { row: 3, values: { personId: 'P1', uscc: 'A2' } },
        ],
      ],
    ]);
    expect(probableDuplicateWarnings(rows, new Map([['enterprises', 'enterprises.csv']]))).toEqual([
      'enterprises.csv:2 — enterprise A1 is probably the same firm as A2 (row 4): 名称相同、有共同高管、同城 (疑似重复企业，请核实)',
    ]);
  });
});

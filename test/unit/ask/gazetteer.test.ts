import { buildGazetteer, findMentions, NamedNode } from '../../../src/modules/ask/ask.gazetteer';

const NODES: NamedNode[] = [
  { kind: 'INDUSTRY', key: 'NE', name: '新能源', industryCode: 'NE' },
  { kind: 'INDUSTRY', key: 'EQUIP', name: '高端装备（阀门、模具、汽车配件）', industryCode: 'EQUIP' },
  { kind: 'LINK', key: 'NE-HJT', name: '异质结电池', industryCode: 'NE' },
  { kind: 'LINK', key: 'FD-CENTRAL', name: '中央厨房', industryCode: 'FOOD' },
  { kind: 'ENTERPRISE', key: '91441900MA41F5KE5A', name: '东莞宝凯异质结电池科技有限公司' },
  { kind: 'ENTERPRISE', key: '91320100MAY231CXJF', name: '南京中央厨房集团有限公司' },
  { kind: 'ENTERPRISE', key: '91420100MAC1TEBF4L', name: '德昌车规级电子（深圳）有限公司' },
  { kind: 'ENTERPRISE', key: '91440300MAGXPRNLKJ', name: '深圳德昌车规级电子集团有限公司' },
  { kind: 'PARK', key: 'PK-STD-1', name: '仑苍镇标准化工业园区' },
  { kind: 'TOWN', key: '350583101', name: '仑苍镇' },
];
const PLACES = ['深圳市', '深圳', '南京市', '南京', '东莞市', '东莞'];
const g = buildGazetteer(NODES, PLACES);
const keys = (q: string): string[] => findMentions(q, g).map((m) => `${m.kind}:${m.key}`);

describe('the names of a question (问一问的实体识别)', () => {
  it('finds the longest name first and never two names over the same characters', () => {
    // 东莞宝凯异质结电池科技有限公司 holds 异质结电池; the firm is named, not the link.
    expect(keys('东莞宝凯异质结电池科技有限公司谁能引荐')).toEqual(['ENTERPRISE:91441900MA41F5KE5A']);
    expect(keys('补异质结电池找谁')).toEqual(['LINK:NE-HJT']);
  });

  it('knows a firm by its short name, a chain by the words in its brackets, a park by its everyday name', () => {
    expect(keys('宝凯异质结电池有没有老乡')).toEqual(['ENTERPRISE:91441900MA41F5KE5A']);
    expect(keys('阀门链断在哪')).toEqual(['INDUSTRY:EQUIP']);
    expect(keys('光伏链怎么样')).toEqual(['INDUSTRY:NE']);
    expect(keys('仑苍标准化园区还有多少地')).toEqual(['PARK:PK-STD-1']);
  });

  it('prefers the node named exactly so over a firm whose short name it is', () => {
    // 南京中央厨房集团有限公司's short name is 中央厨房, which is also a link's own name.
    expect(keys('补中央厨房找谁')).toEqual(['LINK:FD-CENTRAL']);
  });

  it('matches full-width and half-width brackets alike, and Latin codes only as whole words', () => {
    expect(keys('德昌车规级电子(深圳)有限公司的情况')).toEqual(['ENTERPRISE:91420100MAC1TEBF4L']);
    expect(keys('ne-hjt 谁能补')).toEqual(['LINK:NE-HJT']);
    expect(keys('xne-hjtx')).toEqual([]);
  });

  it('yields every firm a shared short name fits, so the caller can say it is ambiguous', () => {
    expect(keys('德昌车规级电子谁能引荐')).toEqual(['ENTERPRISE:91420100MAC1TEBF4L', 'ENTERPRISE:91440300MAGXPRNLKJ']);
  });
});

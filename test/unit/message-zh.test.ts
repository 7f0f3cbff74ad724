import 'reflect-metadata';
import { IsInt, Max, MaxLength, Min, validateSync } from 'class-validator';
import { messageZhOf } from '../../src/errors';
import { IsCityCode } from '../../src/domain/validators';
import { coercionZh, fieldLabelZh, fieldProblemZh, limitZh, validationZh } from '../../src/graphql/message-zh';

class Paging {
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @MaxLength(50)
  name = '';

  @IsCityCode()
  cityCode = '350583';
}

/** The Chinese sentences of a Paging object's problems, as the API shows them. */
function problemsOf(p: Partial<Paging>): string[] {
  return validateSync(Object.assign(new Paging(), p)).flatMap((e) => validationZh(e, e.property));
}

describe('messageZh: a sentence about each field, with the bounds that apply', () => {
  it('says the range when a field has both bounds, whichever one failed', () => {
    expect(problemsOf({ first: 0 })).toEqual(['每页条数须在 1 到 100 之间']);
    expect(problemsOf({ first: 1000 })).toEqual(['每页条数须在 1 到 100 之间']);
    expect(problemsOf({ first: 2.5 })).toEqual(['每页条数须为整数']);
    expect(problemsOf({ name: 'x'.repeat(51) })).toEqual(['名称最多 50 个字符']);
    expect(problemsOf({ cityCode: '35' })).toEqual(['城市代码须为 6 位行政区划代码（GB/T 2260，如 350583）']);
  });
  it('names list items by position and unknown fields as written', () => {
    expect(fieldLabelZh('input.mustInclude.1')).toBe('必选企业第 2 项');
    expect(fieldLabelZh('filter.fooBar')).toBe('「fooBar」');
  });
  it('reads graphql-js type errors, limits and our own checks', () => {
    expect(coercionZh('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', 'first')).toBe(
      '每页条数须为整数',
    );
    expect(coercionZh('Value "SIGNEDD" does not exist in "ProjectStage" enum.', 'input.stage')).toBe('阶段不是可选的取值');
    expect(limitZh('Syntax Error: Token limit of 2000 exceeded.', 2000)).toBe('查询过长：词元数超过上限 2000，请拆分查询');
    expect(limitZh('Query depth limit of 12 exceeded, found 13.', 12)).toBe('查询嵌套层数超过上限 12，请减少嵌套');
    expect(fieldProblemZh('after', 'malformed cursor; use a pageInfo.endCursor from a previous page')).toBe(
      '翻页游标不是有效的翻页游标，请使用上一页返回的 pageInfo.endCursor',
    );
    expect(fieldProblemZh('input.reason', 'a reason is required to drop a target (放弃须说明原因)')).toBe('原因有误：放弃须说明原因');
    expect(fieldProblemZh('input.on', 'must not be before 2024-03-01, the date of the current stage')).toBe('日期不能早于 2024-03-01');
  });
  it('takes the error’s own Chinese sentence, else joins the fields’ sentences once each, else the code’s sentence', () => {
    expect(messageZhOf('FORBIDDEN', 'This needs the ANALYST role; the token has VIEWER. 需要「分析」及以上角色。')).toBe(
      '需要「分析」及以上角色。',
    );
    expect(
      messageZhOf('BAD_USER_INPUT', 'Invalid input: first: …', [
        { path: 'first', messageZh: '每页条数须在 1 到 100 之间' },
        { path: 'first', messageZh: '每页条数须在 1 到 100 之间' },
        { path: 'uscc', messageZh: '统一社会信用代码不是有效的统一社会信用代码（18 位，校验位须正确）' },
      ]),
    ).toBe('每页条数须在 1 到 100 之间；统一社会信用代码不是有效的统一社会信用代码（18 位，校验位须正确）。');
    expect(messageZhOf('NOT_FOUND', 'Enterprise not found: 光合新能源')).toBe('要找的记录不存在，请检查编号。');
    expect(messageZhOf('SOMETHING_ELSE', 'x')).toBe('服务器内部错误，请稍后重试或联系管理员。');
  });
});

import { messageZhOf } from '../../src/errors';

describe('messageZh: the Chinese beside every error', () => {
  it('takes the error’s own Chinese sentence when it has one', () => {
    expect(messageZhOf('FORBIDDEN', 'This needs the ANALYST role; the token has VIEWER. 需要「分析」及以上角色。')).toBe(
      '需要「分析」及以上角色。',
    );
    expect(
      messageZhOf(
        'BAD_USER_INPUT',
        'Invalid input: input.mustInclude.0: X has no link that counts in this mode / 该企业在此模式下没有可计入的环节',
        [{ path: 'input.mustInclude.0' }],
      ),
    ).toBe('该企业在此模式下没有可计入的环节');
  });
  it('otherwise says what the code means and names the fields', () => {
    expect(messageZhOf('BAD_USER_INPUT', 'Invalid input: uscc: bad', [{ path: 'uscc' }, { path: 'first' }])).toBe('输入有误：uscc、first');
    expect(messageZhOf('NOT_FOUND', 'Enterprise not found: 光合新能源')).toBe('未找到');
    expect(messageZhOf('SOMETHING_ELSE', 'x')).toBe('服务器内部错误');
  });
});

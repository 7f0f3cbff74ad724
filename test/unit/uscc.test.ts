import { isValidUscc, makeUscc, usccCheckChar, usccProblem } from '../../src/domain/uscc';

describe('USCC (GB 32100-2015)', () => {
  // Check characters worked out by hand from the standard's weights (mod 31).
  it('computes the check character', () => {
    // 9,1,3,5,0,5,8,3,0,0,0,0,0,0,0,0,1 · weights = 9+3+27+135+0+130+128+51+0… +28 = 511; 511 mod 31 = 15; 31-15 = 16 → 'G'
    expect(usccCheckChar('91350583000000001')).toBe('G');
    // all zeros → sum 0 → 31-0 = 31 → '0'
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('accepts a well-formed code and names the problem of a bad one', () => {
    expect(isValidUscc('91350583000000001G')).toBe(true);
    expect(usccProblem('91350583000000001H')).toBe('check character should be G, got H');
    expect(usccProblem('9135058300000000')).toBe('must be 18 characters, got 16');
    expect(usccProblem('91350583000000001I')).toMatch(/alphabet/);
    expect(usccProblem('9135O583000000001G')).toMatch(/alphabet/);
  });

  it('builds codes that validate', () => {
    expect(isValidUscc(makeUscc('9', '1', '440300', 'MA5ABCDE1'))).toBe(true);
  });
});

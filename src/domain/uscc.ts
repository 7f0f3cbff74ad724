/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and upper-case letters without I, O, Z, S, V); the last is a check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new Error(`invalid USCC character "${first17[i]}"`);
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return ALPHABET[c === 31 ? 0 : c];
}

/** Why a string is not a valid USCC, or undefined when it is. */
export function usccProblem(value: string): string | undefined {
  if (value.length !== 18) return `must be 18 characters, got ${value.length}`;
  if (!SHAPE.test(value)) return 'has characters outside the GB 32100 alphabet (0-9, A-Z without I O S V Z) or a non-numeric region code';
  const expected = usccCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return `check character should be ${expected}, got ${value[17]}`;
  return undefined;
}

export function isValidUscc(value: string): boolean {
  return usccProblem(value) === undefined;
}

/** Builds a valid USCC from its parts (used by the demo generator). */
export function makeUscc(regAuthority: string, orgType: string, regionCode: string, orgCode9: string): string {
  const first17 = `${regAuthority}${orgType}${regionCode}${orgCode9}`;
  if (first17.length !== 17) throw new Error('USCC parts must make 17 characters');
  return first17 + usccCheckChar(first17);
}

import { defineQuery } from '../../db/query';

/** The firms of a what-if: their links and what they buy and sell. */
export interface LandingRow {
  firm: { uscc: string; name: string; revenueYi: number | null; chainLeader: boolean | null };
  links: Array<{ code: string; evidence: 'STRONG' | 'MEDIUM' | 'WEAK'; industryCode: string }>;
  sells: Array<{ linkCode: string | null; valueYi: number | null }>;
  buys: Array<{ linkCode: string | null; valueYi: number | null }>;
}
export const LANDING_FIRMS = defineQuery<{ usccs: string[] }, LandingRow>('planning/landing-firms', {
  firm: 'map',
  links: 'map[]',
  sells: 'map[]',
  buys: 'map[]',
});

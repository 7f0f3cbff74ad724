import type { SiteZoning } from '../../domain/assessment.model';
import type { ProposalProps } from './assessment.queries';
import type { ProjectProposal } from './assessment.type';

/** Stored proposal properties as the API names them. */
export function toProposal(p: ProposalProps): ProjectProposal {
  return {
    landMu: p.proposedLandMu,
    factorySqm: p.proposedFactorySqm,
    outputYi: p.proposedOutputYi,
    taxWan: p.proposedTaxWan,
    yearsToFullOutput: p.yearsToFullOutput,
    fundingSecuredShare: p.fundingSecuredShare,
    fundingSources: p.fundingSources,
    products: p.products,
    siteZoning: p.siteZoning as SiteZoning | null,
  };
}

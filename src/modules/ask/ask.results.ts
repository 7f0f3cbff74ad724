/**
 * What the assistant's operations return (schema/assistant.graphql), as the answers read it. Each
 * type mirrors its operation's selection; the test of every tool runs the operation on the demo data.
 */
export interface Named {
  code: string;
  name: string;
}
export interface FirmRef {
  uscc: string;
  name: string;
}
export interface Ref {
  id: string;
  name: string;
}
interface StatusCount {
  status: string;
  statusLabel: string | null;
  count: number;
}

export interface ChainOverviewResult {
  chainGapOverview: Array<{ industry: Named; localSupplyRate: number | null; statusCounts: StatusCount[] }>;
}
export interface LinkGapRow {
  link: Named & { stageLabel: string | null };
  status: string;
  statusLabel: string;
  severity: number;
  localProducers: number;
  localSupplyRate: number | null;
  producers: FirmRef[];
}
export interface ChainGapsResult {
  chainGaps: { industry: Named; localSupplyRate: number | null; statusCounts: StatusCount[]; links: LinkGapRow[] };
}
export interface ChainLinkResult {
  chainLink: {
    code: string;
    name: string;
    stageLabel: string | null;
    industry: Named | null;
    upstream: Array<{ link: Named }>;
    downstream: Array<{ link: Named }>;
    operators: Array<{ evidence: string; enterprise: FirmRef & { isLocal: boolean; isTarget: boolean; city: { name: string } | null } }>;
  } | null;
}
export interface WarmPathRow {
  kindLabel: string | null;
  hops: number;
  strength: number;
  description: string;
  introducer: string | null;
}
export interface RankTargetsResult {
  rankTargets: {
    totalCount: number;
    edges: Array<{
      node: {
        rank: number;
        score: number;
        enterprise: FirmRef & { city: { name: string } | null };
        filledLinks: Array<{ link: Named; statusLabel: string }>;
        warmPaths: WarmPathRow[];
        suggestedParks: Array<{ park: Ref }>;
        reasons: string[];
      };
    }>;
  };
}
export interface WarmPathsResult {
  enterprise: FirmRef | null;
  warmPaths: Array<WarmPathRow & { nodes: Array<{ label: string; key: string; name: string }> }>;
}
export interface EnterpriseResult {
  enterprise:
    | (FirmRef & {
        isLocal: boolean;
        isTarget: boolean;
        targetStatusLabel: string | null;
        revenueYi: number | null;
        listed: boolean;
        chainLeader: boolean;
        ownershipLabel: string | null;
        city: { name: string } | null;
        town: { name: string } | null;
        park: Ref | null;
        links: Array<{ link: Named & { industry: { code: string } | null } }>;
        projects: Array<Ref & { amountYi: number; stageLabel: string }>;
      })
    | null;
}
export interface SearchResult {
  search: Array<{ kind: string; kindLabel: string | null; key: string; name: string }>;
}
export interface PipelineResult {
  pipelineStats: {
    from: string;
    to: string;
    entered: Array<{ stage: string; label: string; count: number; amountYi: number }>;
    task: Array<{ name: string; label: string; target: number | null; done: number; share: number | null }>;
    taskBasis: string;
    atRisk: Array<Ref & { stageLabel: string; days: number; reason: string }>;
  };
}
export interface SimulateResult {
  simulateLanding: {
    targets: FirmRef[];
    links: Array<{ link: Named; changed: boolean; before: { statusLabel: string }; after: { statusLabel: string } }>;
    gapsClosed: Array<Named & { industry: { code: string } | null }>;
    supplyRates: Array<{ industryCode: string; before: number | null; after: number | null }>;
    land: Array<{ park: Ref; usedMu: number; leftMu: number }>;
    unplaced: FirmRef[];
  };
}
export interface PortfolioResult {
  planPortfolio: {
    coverage: number;
    landUsedMu: number;
    landBudgetMu: number | null;
    picks: Array<{ order: number; target: FirmRef; marginalGain: number; landNeedMu: number; park: Ref | null }>;
    guarantee: { statement: string } | null;
  };
}
interface Total {
  totalCount: number;
}
export interface OverviewResult {
  targets: Total;
  chambers: Total;
  domestic: Total;
  overseas: Total;
  hkMacaoTaiwan: Total;
  associations: Total;
  standardizedParks: Total;
  parks: Total;
}
export interface ParkRow extends Ref {
  town: { name: string } | null;
  totalLandMu: number;
  availableLandMu: number;
  attractionRate: number | null;
  standardized: boolean;
}
export interface ParksResult {
  parks: Total & { edges: Array<{ node: ParkRow }> };
}
export interface ParkResult {
  park:
    | (ParkRow & {
        enterpriseCount: number;
        industries: Named[];
        projects: Array<Ref & { stageLabel: string; amountYi: number }>;
      })
    | null;
}
export interface LandResult {
  idleLandTask: { targetMu: number; doneMu: number; share: number; idleLeftMu: number; note: string };
  landBalance: Array<{ key: string; name: string; availableMu: number; demandMu: number; balanceMu: number }>;
}
export interface WarningsResult {
  projectWarnings: {
    on: string;
    counts: { green: number; amber: number; red: number };
    projects: Array<{
      projectId: string;
      projectName: string;
      stageLabel: string | null;
      warning: { colour: string; reasons: Array<{ text: string }> };
    }>;
  };
}
export interface FundsResult {
  funds: Array<{ id: string; name: string; sizeYi: number; committedYi: number; investedYi: number; leftYi: number }>;
}
export interface AssessResult {
  assessProject: {
    project: Ref | null;
    score: number;
    verdictLabel: string;
    vetoes: Array<{ label: string; status: string; fact: string | null }>;
    conditions: string[];
    reasons: string[];
  };
}

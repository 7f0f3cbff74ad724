import * as R from './dataset.rows';
import * as L from './landing.rows';
import * as A from './assessment.rows';
import { ColumnDef, columnsOf } from './columns';
import { BatchWrite, WRITE } from './dataset.queries';

/** One dataset file (a CSV file or a workbook sheet of the same name). */
export interface FileSpec {
  /** File name without extension; also the sheet name in a workbook. */
  name: string;
  kind: 'node' | 'relationship';
  /** What one row is, for the docs. */
  describes: string;
  rowClass: new () => object;
  /** Columns that identify a row; duplicates within the file are reported. */
  key: string[];
  /** Node label whose key the `key` column is (node files only). */
  label?: string;
  /** The query that writes a batch of rows. */
  write: BatchWrite;
  /** A second pass over the same rows once every row of the file exists (e.g. team parents). */
  then?: BatchWrite;
  /** The node's name is indexed for search (a `searchText` property is derived from it). */
  searchable?: boolean;
}

/** In write order: everything a row references is written before it. */
export const FILES: FileSpec[] = [
  {
    name: 'countries',
    kind: 'node',
    describes: 'Country (国家), for overseas chambers',
    rowClass: R.CountryRow,
    key: ['code'],
    label: 'Country',
    write: WRITE.countries,
  },
  {
    name: 'cities',
    kind: 'node',
    describes: 'City (城市), GB/T 2260',
    rowClass: R.CityRow,
    key: ['code'],
    label: 'City',
    write: WRITE.cities,
  },
  {
    name: 'towns',
    kind: 'node',
    describes: "Town or street (镇/街道) of Nan'an",
    rowClass: R.TownRow,
    key: ['code'],
    label: 'Town',
    write: WRITE.towns,
  },
  {
    name: 'industries',
    kind: 'node',
    describes: 'Industry chain (产业链)',
    rowClass: R.IndustryRow,
    key: ['code'],
    label: 'Industry',
    write: WRITE.industries,
    searchable: true,
  },
  {
    name: 'chain_links',
    kind: 'node',
    describes: 'Chain link (环节)',
    rowClass: R.ChainLinkRow,
    key: ['code'],
    label: 'ChainLink',
    write: WRITE.chainLinks,
    searchable: true,
  },
  {
    name: 'councils',
    kind: 'node',
    describes: 'Council linking chambers and associations (商协会经济互动发展促进会)',
    rowClass: R.CouncilRow,
    key: ['id'],
    label: 'Council',
    write: WRITE.councils,
  },
  {
    name: 'parks',
    kind: 'node',
    describes: 'Park or carrier (园区/载体)',
    rowClass: R.ParkRow,
    key: ['id'],
    label: 'Park',
    write: WRITE.parks,
    searchable: true,
  },
  {
    name: 'enterprises',
    kind: 'node',
    describes: 'Enterprise (企业): local, target or other investor',
    rowClass: R.EnterpriseRow,
    key: ['uscc'],
    label: 'Enterprise',
    write: WRITE.enterprises,
    searchable: true,
  },
  {
    name: 'people',
    kind: 'node',
    describes: 'Person (人物): founders and executives',
    rowClass: R.PersonRow,
    key: ['id'],
    label: 'Person',
    write: WRITE.people,
    searchable: true,
  },
  {
    name: 'chambers',
    kind: 'node',
    describes: "Nan'an chamber of commerce (南安商会)",
    rowClass: R.ChamberRow,
    key: ['id'],
    label: 'Chamber',
    write: WRITE.chambers,
    searchable: true,
  },
  {
    name: 'associations',
    kind: 'node',
    describes: 'Industry association (行业协会)',
    rowClass: R.AssociationRow,
    key: ['id'],
    label: 'Association',
    write: WRITE.associations,
    searchable: true,
  },
  {
    name: 'teams',
    kind: 'node',
    describes: 'Team of the 1+2+5+8 organisation (招商组织)',
    rowClass: R.TeamRow,
    key: ['id'],
    label: 'Team',
    write: WRITE.teams,
    then: WRITE.teamParents,
  },
  {
    name: 'signing_events',
    kind: 'node',
    describes: 'Signing event (集中签约活动)',
    rowClass: R.SigningEventRow,
    key: ['id'],
    label: 'SigningEvent',
    write: WRITE.signingEvents,
  },
  {
    name: 'projects',
    kind: 'node',
    describes: 'Investment project (招商项目)',
    rowClass: R.ProjectRow,
    key: ['id'],
    label: 'Project',
    write: WRITE.projects,
    searchable: true,
  },
  {
    name: 'link_supplies',
    kind: 'relationship',
    describes: '(:ChainLink)-[:SUPPLIES_TO]->(:ChainLink)',
    rowClass: R.LinkSupplyRow,
    key: ['fromLink', 'toLink'],
    write: WRITE.linkSupplies,
  },
  {
    name: 'park_positions',
    kind: 'relationship',
    describes: '(:Park)-[:POSITIONED_FOR]->(:Industry|:ChainLink)',
    rowClass: R.ParkPositionRow,
    key: ['parkId', 'industryCode', 'linkCode'],
    write: WRITE.parkPositions,
  },
  {
    name: 'enterprise_links',
    kind: 'relationship',
    describes: '(:Enterprise)-[:OPERATES_IN]->(:ChainLink)',
    rowClass: R.EnterpriseLinkRow,
    key: ['uscc', 'linkCode'],
    write: WRITE.enterpriseLinks,
  },
  {
    name: 'enterprise_supplies',
    kind: 'relationship',
    describes: '(:Enterprise)-[:SUPPLIES]->(:Enterprise)',
    rowClass: R.EnterpriseSupplyRow,
    key: ['supplierUscc', 'customerUscc'],
    write: WRITE.enterpriseSupplies,
  },
  {
    name: 'executives',
    kind: 'relationship',
    describes: '(:Person)-[:EXECUTIVE_OF]->(:Enterprise)',
    rowClass: R.ExecutiveRow,
    key: ['personId', 'uscc'],
    write: WRITE.executives,
  },
  {
    name: 'chamber_members',
    kind: 'relationship',
    describes: '(:Person)-[:MEMBER_OF]->(:Chamber)',
    rowClass: R.ChamberMemberRow,
    key: ['personId', 'chamberId'],
    write: WRITE.chamberMembers,
  },
  {
    name: 'association_members',
    kind: 'relationship',
    describes: '(:Person)-[:MEMBER_OF]->(:Association)',
    rowClass: R.AssociationMemberRow,
    key: ['personId', 'associationId'],
    write: WRITE.associationMembers,
  },
  {
    name: 'team_follows',
    kind: 'relationship',
    describes: '(:Team)-[:FOLLOWS]->(:Enterprise)',
    rowClass: R.TeamFollowRow,
    key: ['teamId', 'uscc'],
    write: WRITE.teamFollows,
  },
  {
    name: 'project_links',
    kind: 'relationship',
    describes: '(:Project)-[:FILLS]->(:ChainLink)',
    rowClass: R.ProjectLinkRow,
    key: ['projectId', 'linkCode'],
    write: WRITE.projectLinks,
  },
  // ---------------------------------------------------------------- after the signature (五池五办)
  {
    name: 'agreements',
    kind: 'relationship',
    describes: 'A project’s agreement terms (协议约定) and lead office, set on the Project',
    rowClass: L.AgreementRow,
    key: ['projectId'],
    write: WRITE.agreements,
  },
  {
    name: 'land_plots',
    kind: 'node',
    describes: 'Land plot (地块) of a park, in the land pool (园区空间资源池)',
    rowClass: L.LandPlotRow,
    key: ['id'],
    label: 'LandPlot',
    write: WRITE.landPlots,
    // Once every plot is in: each park's available land is the sum of its AVAILABLE plots.
    then: WRITE.parkLand,
  },
  {
    name: 'funds',
    kind: 'node',
    describes: 'Industry fund (产业基金), in the fund pool (产业基金资源池)',
    rowClass: L.FundRow,
    key: ['id'],
    label: 'Fund',
    write: WRITE.funds,
  },
  {
    name: 'fund_commitments',
    kind: 'node',
    describes: 'A fund’s commitment to a project (基金出资承诺)',
    rowClass: L.FundCommitmentRow,
    key: ['id'],
    label: 'FundCommitment',
    write: WRITE.fundCommitments,
  },
  {
    name: 'approval_steps',
    kind: 'relationship',
    describes: 'A project’s approval step (审批环节, 前期办)',
    rowClass: L.ApprovalStepRow,
    key: ['projectId', 'code'],
    write: WRITE.approvalSteps,
  },
  {
    name: 'service_requests',
    kind: 'node',
    describes: 'A key project’s service request (项目建设服务诉求, 重点办)',
    rowClass: L.ServiceRequestRow,
    key: ['id'],
    label: 'ServiceRequest',
    write: WRITE.serviceRequests,
  },
  {
    name: 'handoffs',
    kind: 'node',
    describes: 'A project handed from one office to another (五办联动交接)',
    rowClass: L.HandoffRow,
    key: ['id'],
    label: 'Handoff',
    write: WRITE.handoffs,
  },
  {
    name: 'annual_reports',
    kind: 'relationship',
    describes: 'A project’s figures for one year (年度履约报送)',
    rowClass: L.AnnualReportRow,
    key: ['projectId', 'year'],
    write: WRITE.annualReports,
  },
  // ---------------------------------------------------------------- 项目预评估 and the 招商专家库
  {
    name: 'proposals',
    kind: 'relationship',
    describes: 'A project’s proposal terms (项目申报要素) for 项目预评估, set on the Project',
    rowClass: A.ProposalRow,
    key: ['projectId'],
    write: WRITE.proposals,
  },
  {
    name: 'credit_checks',
    kind: 'relationship',
    describes: 'A credit check of a firm (信用核查): 失信被执行人, 经营异常, 重大环保/安全生产违法, with its source and day',
    rowClass: A.CreditCheckRow,
    key: ['uscc', 'checkedOn'],
    write: WRITE.creditChecks,
  },
  {
    name: 'experts',
    kind: 'node',
    describes: 'An expert of the 招商专家库',
    rowClass: A.ExpertRow,
    key: ['id'],
    label: 'Expert',
    write: WRITE.experts,
  },
];

export const FILE_BY_NAME: ReadonlyMap<string, FileSpec> = new Map(FILES.map((f) => [f.name, f]));

export function columns(spec: FileSpec): ColumnDef[] {
  return columnsOf(spec.rowClass);
}

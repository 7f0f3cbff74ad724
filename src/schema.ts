import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { PROJECT_ROOT } from './config';
import type { AppContext } from './graphql/context';
import './graphql/enum-registry';
import { authChecker } from './graphql/auth-checker';
import { attachInputRoles } from './graphql/input-roles';
import { addEnumLabels } from './graphql/enum-labels';
import { AnalysisResolver } from './modules/analysis/analysis.resolver';
import { AskResolver } from './modules/ask/ask.resolver';
import { PipelineResolver } from './modules/pipeline/pipeline.resolver';
import { EnterpriseLedgerFields, LedgerResolver, PersonLedgerFields, ProjectLedgerFields } from './modules/ledger/ledger.resolver';
import { AssociationResolver, ChamberResolver } from './modules/chamber/chamber.resolver';
import { CityResolver, TownResolver } from './modules/city/city.resolver';
import { EnterpriseResolver } from './modules/enterprise/enterprise.resolver';
import { ChainLinkResolver, IndustryResolver } from './modules/industry/industry.resolver';
import { ParkResolver } from './modules/park/park.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { ProjectResolver, SigningEventResolver } from './modules/project/project.resolver';
import { PlanningResolver } from './modules/planning/planning.resolver';
import { ScenarioResolver } from './modules/planning/scenario.resolver';
import { AuditResolver, EnterpriseHistoryField, PersonHistoryField, ProjectHistoryField } from './modules/audit/audit.resolver';
import {
  ChainLinkNodeId,
  CityNodeId,
  CountryNodeId,
  EnterpriseNodeId,
  IndustryNodeId,
  NodeResolver,
  TownNodeId,
} from './modules/node/node.resolver';
import { ImportJobResolver } from './modules/import/import-job.resolver';
import { LandingResolver, ProjectLandingFields } from './modules/landing/landing.resolver';
import { LandPlotFields, LandResolver, ParkLandResolver } from './modules/land/land.resolver';
import { FundResolver, ProjectFundFields } from './modules/fund/fund.resolver';
import { AssessmentResolver, ProjectAssessmentFields } from './modules/assessment/assessment.resolver';
import { ChangesResolver } from './modules/changes/changes.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { SystemResolver } from './modules/system/system.resolver';
import { TeamResolver } from './modules/team/team.resolver';

/**
 * The schema assembly: every feature's resolvers, in one place above the features (the shared
 * plumbing in graphql/ imports none of them). Resolver instances come from the request's scope,
 * so each takes its services in its constructor.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  SystemResolver,
  IndustryResolver,
  ChainLinkResolver,
  EnterpriseResolver,
  PersonResolver,
  ChamberResolver,
  AssociationResolver,
  ParkResolver,
  ProjectResolver,
  SigningEventResolver,
  TeamResolver,
  CityResolver,
  TownResolver,
  SearchResolver,
  AskResolver,
  AnalysisResolver,
  PlanningResolver,
  LandingResolver,
  ProjectLandingFields,
  LandResolver,
  ParkLandResolver,
  LandPlotFields,
  FundResolver,
  AssessmentResolver,
  ChangesResolver,
  ProjectAssessmentFields,
  ProjectFundFields,
  LedgerResolver,
  PipelineResolver,
  ScenarioResolver,
  NodeResolver,
  EnterpriseNodeId,
  IndustryNodeId,
  ChainLinkNodeId,
  CityNodeId,
  TownNodeId,
  CountryNodeId,
  ProjectLedgerFields,
  EnterpriseLedgerFields,
  PersonLedgerFields,
  AuditResolver,
  ImportJobResolver,
  ProjectHistoryField,
  EnterpriseHistoryField,
  PersonHistoryField,
];

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (it depends on the code only). */
export function getSchema(): Promise<GraphQLSchema> {
  // Input fields that read protected fields carry their role (graphql/input-roles.ts).
  attachInputRoles();
  built ??= buildSchema({
    resolvers: RESOLVERS,
    container: ({ context }: { context: AppContext }) => context.scope,
    // Every operation names the least role it needs (@Authorized); a test fails on one that does not.
    authChecker,
    authMode: 'error',
    // type-graphql 2 defaults to no validation; we want class-validator on every argument.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then((schema) => {
    addEnumLabels(schema);
    return schema;
  });
  return built;
}

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
const HEADER = '# Generated from the TypeScript code by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL the code defines, sorted so that the committed file diffs cleanly. */
export async function emittedSdl(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

export function committedSdl(): string | undefined {
  return fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : undefined;
}

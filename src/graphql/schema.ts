import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { AnalysisResolver } from '../modules/analysis/analysis.resolver';
import { AssociationResolver, ChamberResolver } from '../modules/chamber/chamber.resolver';
import { CityResolver, TownResolver } from '../modules/city/city.resolver';
import { EnterpriseResolver } from '../modules/enterprise/enterprise.resolver';
import { ChainLinkResolver, IndustryResolver } from '../modules/industry/industry.resolver';
import { ParkResolver } from '../modules/park/park.resolver';
import { PersonResolver } from '../modules/person/person.resolver';
import { ProjectResolver } from '../modules/project/project.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { SystemResolver } from '../modules/system/system.resolver';
import { TeamResolver } from '../modules/team/team.resolver';

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
  TeamResolver,
  CityResolver,
  TownResolver,
  SearchResolver,
  AnalysisResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    // type-graphql 2 defaults to no validation; we want class-validator on every argument.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return built;
}

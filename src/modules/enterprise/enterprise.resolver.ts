import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Args, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Loaders } from '../../graphql/loaders';
import { DUPLICATE_REASON_ZH } from '../../domain/entity-names';
import { DuplicateService } from '../../graph/duplicates.service';
import { Country } from '../../graph/chamber.type';
import { City, Town } from '../../graph/city.type';
import { Park } from '../../graph/park.type';
import { Project } from '../../graph/project.type';
import { Team } from '../../graph/team.type';
import { EnterpriseKeyArgs, EnterprisesArgs } from './enterprise.input';
import {
  EXECUTIVES_OF_ENTERPRISE,
  FOLLOWERS_OF_ENTERPRISE,
  LINKS_OF_ENTERPRISE,
  PLACES_OF_ENTERPRISE,
  PROJECTS_OF_ENTERPRISE,
} from '../../graph/enterprise.queries';
import { EnterpriseReader, foldedOf } from '../../graph/enterprise-reader.service';
import { foldsFor, selectedFields } from '../../graph/selection';
import { CUSTOMERS_OF_ENTERPRISE, SUPPLIERS_OF_ENTERPRISE } from './enterprise.queries';
import { EnterpriseService } from './enterprise.service';
import {
  Enterprise,
  EnterpriseConnection,
  EnterpriseLink,
  Executive,
  PossibleDuplicate,
  SupplyRelation,
} from '../../graph/enterprise.type';
import { listOf } from '../../graphql/limits';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  constructor(
    private readonly service: EnterpriseService,
    private readonly reader: EnterpriseReader,
    private readonly duplicates: DuplicateService,
    private readonly loaders: Loaders,
  ) {}

  @Authorized(Role.VIEWER)
  @Query(() => Enterprise, { nullable: true, description: 'One enterprise by USCC; null when there is none.' })
  enterprise(@Args() { uscc }: EnterpriseKeyArgs, @Info() info: GraphQLResolveInfo): Promise<Enterprise | null> {
    // The relations selected on the firm come in the same statement (no second round trip).
    return this.reader.byUscc(uscc, foldsFor(selectedFields(info)));
  }

  @Authorized(Role.VIEWER)
  @Query(() => EnterpriseConnection, { description: 'Enterprises, filtered and ordered, a page at a time.' })
  async enterprises(@Args() args: EnterprisesArgs, @Info() info: GraphQLResolveInfo): Promise<InstanceType<typeof EnterpriseConnection>> {
    return new EnterpriseConnection(await this.service.list(args, foldsFor(selectedFields(info, ['edges', 'node']))));
  }

  @FieldResolver(() => City, { nullable: true, description: 'City of registration (注册地).' })
  city(@Root() e: Enterprise): City | null | Promise<City | null> {
    const places = foldedOf(e)?.places;
    return places !== undefined && places !== null ? (places.city ?? null) : this.loaders.pick(PLACES_OF_ENTERPRISE, e.uscc, 'city');
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country of registration, for firms abroad (境外企业).' })
  country(@Root() e: Enterprise): Country | null | Promise<Country | null> {
    const places = foldedOf(e)?.places;
    return places !== undefined && places !== null ? (places.country ?? null) : this.loaders.pick(PLACES_OF_ENTERPRISE, e.uscc, 'country');
  }

  @FieldResolver(() => Town, { nullable: true, description: 'Nan’an town or street (镇/街道), for local firms.' })
  town(@Root() e: Enterprise): Town | null | Promise<Town | null> {
    const places = foldedOf(e)?.places;
    return places !== undefined && places !== null ? (places.town ?? null) : this.loaders.pick(PLACES_OF_ENTERPRISE, e.uscc, 'town');
  }

  @FieldResolver(() => Park, { nullable: true, description: 'Park it is in (所在园区).' })
  park(@Root() e: Enterprise): Park | null | Promise<Park | null> {
    const places = foldedOf(e)?.places;
    return places !== undefined && places !== null ? (places.park ?? null) : this.loaders.pick(PLACES_OF_ENTERPRISE, e.uscc, 'park');
  }

  @FieldResolver(() => [PossibleDuplicate], {
    complexity: listOf(2),
    description: 'Other records that may describe the same firm (疑似重复记录), probable ones first.',
  })
  async possibleDuplicates(@Root() e: Enterprise): Promise<PossibleDuplicate[]> {
    const matches = await this.duplicates.of(e.uscc);
    const found = await this.reader.byUsccs(matches.map((m) => m.uscc));
    return matches.map((m) => ({
      enterprise: found.get(m.uscc)!,
      reasons: m.reasons,
      reasonLabels: m.reasons.map((r) => DUPLICATE_REASON_ZH[r]),
      probable: m.probable,
    }));
  }

  @FieldResolver(() => [EnterpriseLink], { complexity: listOf(3), description: 'Chain links it operates in (经营环节).' })
  links(@Root() e: Enterprise): EnterpriseLink[] | Promise<EnterpriseLink[]> {
    return foldedOf(e)?.links ?? this.loaders.many(LINKS_OF_ENTERPRISE, e.uscc);
  }

  @FieldResolver(() => [Executive], { complexity: listOf(3), description: 'Founders and executives (高管).' })
  executives(@Root() e: Enterprise): Executive[] | Promise<Executive[]> {
    return foldedOf(e)?.executives ?? this.loaders.many(EXECUTIVES_OF_ENTERPRISE, e.uscc);
  }

  @FieldResolver(() => [SupplyRelation], { complexity: listOf(10), description: 'Who supplies it (供应商), largest first.' })
  suppliers(@Root() e: Enterprise): Promise<SupplyRelation[]> {
    return this.loaders.many(SUPPLIERS_OF_ENTERPRISE, e.uscc);
  }

  @FieldResolver(() => [SupplyRelation], { complexity: listOf(10), description: 'Whom it supplies (客户), largest first.' })
  customers(@Root() e: Enterprise): Promise<SupplyRelation[]> {
    return this.loaders.many(CUSTOMERS_OF_ENTERPRISE, e.uscc);
  }

  @FieldResolver(() => [Project], { complexity: listOf(5), description: 'Projects it invests in (投资项目).' })
  projects(@Root() e: Enterprise): Project[] | Promise<Project[]> {
    return foldedOf(e)?.projects ?? this.loaders.many(PROJECTS_OF_ENTERPRISE, e.uscc);
  }

  @FieldResolver(() => [Team], { complexity: listOf(3), description: 'Teams following it (跟踪小组).' })
  async followedBy(@Root() e: Enterprise): Promise<Team[]> {
    return (await this.loaders.many(FOLLOWERS_OF_ENTERPRISE, e.uscc)).map((r) => r.team);
  }
}

import { Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { Town } from '../city/city.type';
import { Enterprise } from '../enterprise/enterprise.type';
import { ChainLink, Industry } from '../industry/industry.type';
import { Project } from '../project/project.type';
import { ParkKeyArgs, ParksArgs } from './park.input';
import { attractionRate, ParkService } from './park.service';
import { Park, ParkConnection } from './park.type';

interface ParkStats {
  town: Town | null;
  enterpriseCount: number;
  projectCount: number;
}

@Resolver(() => Park)
export class ParkResolver {
  @Query(() => Park, { nullable: true, description: 'One park by id; null when there is none.' })
  park(@Args() { id }: ParkKeyArgs, @Ctx() ctx: AppContext): Promise<Park | null> {
    return new ParkService(ctx.gateway).byId(id);
  }

  @Query(() => ParkConnection, { description: 'Parks and carriers (园区/载体), most available land first by default.' })
  async parks(@Args() args: ParksArgs, @Ctx() ctx: AppContext): Promise<InstanceType<typeof ParkConnection>> {
    return new ParkConnection(await new ParkService(ctx.gateway).list(args));
  }

  @FieldResolver(() => Town, { nullable: true, description: 'Town or street (镇/街道).' })
  async town(@Root() p: Park, @Ctx() ctx: AppContext): Promise<Town | null> {
    return (await ctx.loaders.one<ParkStats>('park/stats-of', p.id))?.town ?? null;
  }

  @FieldResolver(() => Int, { description: 'Enterprises in the park (入驻企业数).' })
  async enterpriseCount(@Root() p: Park, @Ctx() ctx: AppContext): Promise<number> {
    return (await ctx.loaders.one<ParkStats>('park/stats-of', p.id))?.enterpriseCount ?? 0;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Attraction rate (招商率) = enterprises / planned slots, 0–1.' })
  async attractionRate(@Root() p: Park, @Ctx() ctx: AppContext): Promise<number | null> {
    const stats = await ctx.loaders.one<ParkStats>('park/stats-of', p.id);
    return attractionRate(stats?.enterpriseCount ?? 0, p.plannedSlots);
  }

  @FieldResolver(() => [Industry], { description: 'Industry chains it is positioned for (产业定位).' })
  async industries(@Root() p: Park, @Ctx() ctx: AppContext): Promise<Industry[]> {
    const rows = await ctx.loaders.many<{ industry: Industry | null }>('park/positions-of', p.id);
    return rows.flatMap((r) => (r.industry ? [r.industry] : []));
  }

  @FieldResolver(() => [ChainLink], { description: 'Chain links it is positioned for.' })
  async links(@Root() p: Park, @Ctx() ctx: AppContext): Promise<ChainLink[]> {
    const rows = await ctx.loaders.many<{ link: ChainLink | null }>('park/positions-of', p.id);
    return rows.flatMap((r) => (r.link ? [r.link] : []));
  }

  @FieldResolver(() => [Enterprise], { description: 'Enterprises in the park, largest first.' })
  enterprises(@Root() p: Park, @Ctx() ctx: AppContext): Promise<Enterprise[]> {
    return ctx.loaders.many<Enterprise>('park/enterprises-of', p.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects landing in the park, largest first.' })
  projects(@Root() p: Park, @Ctx() ctx: AppContext): Promise<Project[]> {
    return ctx.loaders.many<Project>('park/projects-of', p.id);
  }
}

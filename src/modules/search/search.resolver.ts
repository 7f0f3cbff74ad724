import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Authorized, Args, ArgsType, Field, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { SearchService } from './search.service';
import { SearchHit } from './search.type';

@ArgsType()
class SearchArgs {
  @Field({ description: 'What to look for: Simplified or Traditional Chinese, full pinyin or pinyin initials (nanan, nags).' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  text!: string;

  @Field(() => Int, { defaultValue: 10, description: 'How many hits (1–50).' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 10;

  @Field({ nullable: true, description: 'A hit’s cursor: the hits after it (the next page). Up to 500 hits in all.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Authorized(Role.VIEWER)
  @Query(() => [SearchHit], {
    description: 'One search box over enterprises, parks, chambers, projects, chain links, industries and associations.',
  })
  search(@Args() { text, first, after }: SearchArgs): Promise<SearchHit[]> {
    return this.service.search(text, first, after ?? undefined);
  }
}

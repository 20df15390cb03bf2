import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Framework } from './framework.type';

@Resolver((_of) => Framework)
export class FrameworkResolver {
  @Query((_returns) => [Framework], { description: 'The four frameworks, with their item counts.' })
  async frameworks(@Ctx() ctx: Context): Promise<Framework[]> {
    return (await ctx.repos.frameworks.all()) as Framework[];
  }
}

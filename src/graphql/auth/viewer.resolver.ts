import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RegistryError } from '../../graph/registry/errors';
import type { Actor } from '../../graph/registry/tokens';
import type { CityRecord } from '../../graph/records';
import { City } from '../cities/city.type';
import type { Context } from '../context';
import { Viewer } from './viewer.type';

@Resolver((_of) => Viewer)
export class ViewerResolver {
  @Query((_returns) => Viewer, {
    nullable: true,
    description: 'Who the bearer token belongs to; null without a token, UNAUTHENTICATED for a bad or revoked one.',
  })
  async viewer(@Ctx() ctx: Context): Promise<Actor | null> {
    const actor = await ctx.auth.actor();
    if (!actor && ctx.auth.presented)
      throw new RegistryError('UNAUTHENTICATED', 'The bearer token is unknown, malformed or revoked.');
    return actor;
  }

  @FieldResolver((_type) => [City])
  async cities(@Root() actor: Actor, @Ctx() ctx: Context): Promise<CityRecord[]> {
    const cities = await ctx.loaders.city.loadMany(actor.cities);
    return cities.filter((c): c is CityRecord => c !== null && !(c instanceof Error));
  }
}

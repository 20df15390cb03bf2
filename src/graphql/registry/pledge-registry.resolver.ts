import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { reportDue } from '../../graph/registry/forums';
import type { CityRecord, PledgeRecord } from '../../graph/records';
import { City } from '../cities/city.type';
import type { Context } from '../context';
import { Pledge } from '../pledges/pledge.type';
import { PledgeEvent } from './registry.types';

const cityIdsOf = (p: PledgeRecord) => (p.cityIds as string[] | undefined) ?? [p.cityId];

/** The registry's fields on Pledge: joint cities, version, history and what report is due. */
@Resolver((_of) => Pledge)
export class PledgeRegistryResolver {
  @FieldResolver((_type) => [City], { description: 'Every city making the pledge, lead city (`city`) first.' })
  async cities(@Root() pledge: PledgeRecord, @Ctx() ctx: Context): Promise<CityRecord[]> {
    const found = await ctx.loaders.city.loadMany(cityIdsOf(pledge));
    return found.filter((c): c is CityRecord => c !== null && !(c instanceof Error));
  }

  @FieldResolver((_type) => Int, { description: 'Bumps on every change; updates name the version they saw.' })
  version(@Root() pledge: PledgeRecord): number {
    return Number(pledge.version ?? 1);
  }

  @FieldResolver((_type) => [PledgeEvent], { description: 'Every write to the pledge, oldest first.' })
  history(@Root() pledge: PledgeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.pledgeHistory.load(pledge.id);
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description:
      'Date (YYYY-MM-DD) of the review forum the next report is due for: the first forum after the last ' +
      'report; null for pledges not being worked on (COMPLETED, SUSPENDED, WITHDRAWN, DRAFT).',
  })
  async nextReportDue(@Root() pledge: PledgeRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await this.due(pledge, ctx)).nextReportDue;
  }

  @FieldResolver((_type) => Boolean, {
    description: 'PLEDGED or IN_PROGRESS, and no report since a review forum that has passed.',
  })
  async overdue(@Root() pledge: PledgeRecord, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.due(pledge, ctx)).overdue;
  }

  private async due(pledge: PledgeRecord, ctx: Context) {
    const reports = await ctx.loaders.pledgeReports.load(pledge.id);
    return reportDue(
      {
        status: pledge.status,
        pledgedOn: (pledge.pledgedOn as string | null) ?? null,
        reportDates: reports.map((r) => String(r.date)),
      },
      ctx.today,
    );
  }
}

import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { PledgeInput, PledgePatch, ProgressReportInput } from './registry.inputs';
import { PledgePayload, ProgressReportPayload } from './registry.types';

/** The write path. Who may do what is decided in graph/registry/policy.ts; each write is one transaction. */
@Resolver()
export class RegistryResolver {
  @Mutation((_returns) => PledgePayload, {
    description: 'Submits a new pledge (DRAFT or PLEDGED) for cities the token may write for, lead city first.',
  })
  async submitPledge(
    @Arg('input', (_type) => PledgeInput) input: PledgeInput,
    @Arg('idempotencyKey', (_type) => String, {
      nullable: true,
      description: 'Retrying with a key already used returns the first result instead of a second pledge.',
    })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    const pledge = await ctx.repos.registry.submit(await ctx.auth.actor(), { ...input }, idempotencyKey);
    return { pledge };
  }

  @Mutation((_returns) => PledgePayload, {
    description: 'Changes the fields given in the patch; CONFLICT when the pledge is no longer at `version`.',
  })
  async updatePledge(
    @Arg('id', (_type) => ID, { description: 'The pledge.' }) id: string,
    @Arg('version', (_type) => Int, { description: 'The version the change is based on.' }) version: number,
    @Arg('patch', (_type) => PledgePatch) patch: PledgePatch,
    @Ctx() ctx: Context,
  ) {
    return { pledge: await ctx.repos.registry.update(await ctx.auth.actor(), id, version, { ...patch }) };
  }

  @Mutation((_returns) => PledgePayload, {
    description:
      'Moves a pledge along its lifecycle: DRAFT → PLEDGED → IN_PROGRESS → COMPLETED; PLEDGED or IN_PROGRESS → ' +
      'SUSPENDED → IN_PROGRESS; anything but COMPLETED → WITHDRAWN.',
  })
  async setPledgeStatus(
    @Arg('id', (_type) => ID, { description: 'The pledge.' }) id: string,
    @Arg('version', (_type) => Int, { description: 'The version the change is based on.' }) version: number,
    @Arg('status', (_type) => String, { description: 'The new status.' }) status: string,
    @Arg('note', (_type) => String, { nullable: true, description: 'Why, kept in the history.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return { pledge: await ctx.repos.registry.setStatus(await ctx.auth.actor(), id, version, status, note) };
  }

  @Mutation((_returns) => ProgressReportPayload, { description: 'Appends a dated progress report to a pledge.' })
  async addProgressReport(
    @Arg('pledgeId', (_type) => ID, { description: 'The pledge reported on.' }) pledgeId: string,
    @Arg('input', (_type) => ProgressReportInput) input: ProgressReportInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.repos.registry.addReport(await ctx.auth.actor(), pledgeId, { ...input });
  }
}

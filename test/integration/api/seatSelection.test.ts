import { z } from 'zod';
import { createLoaders } from '../../../loaders/createLoaders';
import { dbEnums } from '../../../loaders/dbEnums';
import type { QueryEvent } from '../../../src/db/Database';
import type { Context } from '../../../src/graphql/Context';
import { memberResolvers } from '../../../src/resolvers/member/memberResolvers';
import { describeCorpus } from '../../support/corpus';
import { corpusGraphql } from '../../support/corpusGraphql';

type Seat = { member: { code: string; name?: string; permanent?: boolean }; vote?: string | null; permanent?: boolean; voteSource?: string | null };
type Truth = { code: string; name: string; memberPermanent: boolean; vote: string | null; permanent: boolean; voteSource: string | null };

/**
 * Seat rows read only the fields an operation selects (cypher/fragments/seat.cypher, RowSelection.seat), and
 * they prime the composition loader. Whatever two selections of one operation ask for, under aliases, in a
 * list and on a single resolution, each gets every field it selected, right: the seat keys are those of the
 * whole document, and a seat's member that lacks a field loads it by code.
 */
describeCorpus('seat rows cut to the selection on the real corpus', () => {
  const { app, gql } = corpusGraphql();
  const names: string[] = [];
  beforeAll(() => {
    app().db.onQuery((e: QueryEvent) => names.push(e.name));
  });

  /** Resolution `number`'s seats straight from Cypher, in the composition order (permanent first, then code). */
  const truth = async (number: number): Promise<Truth[]> =>
    (
      await app().db.read(
        {
          name: 'test/seatsDirect',
          text:
            'MATCH (m:Member)-[s:SAT_ON]->(:Resolution {number: $number}) ' +
            'RETURN m.code AS code, m.name AS name, m.permanent AS memberPermanent, s.vote AS vote, s.permanent AS permanent, s.voteSource AS voteSource ' +
            'ORDER BY s.permanent DESC, m.code',
        },
        { number },
        z.object({ code: z.string(), name: z.string(), memberPermanent: z.boolean(), vote: z.string().nullable(), permanent: z.boolean(), voteSource: z.string().nullable() }),
      )
    ).map((t) => ({ ...t, vote: dbEnums.voteFromDb(t.vote) }));

  it('a lean list and a full alias on the same resolutions each get exactly their fields', async () => {
    names.length = 0;
    const { data } = await gql(
      `query Q {
        lean: resolutions(filter: { year: 1993 }, first: 3) { edges { node { number composition { member { code } vote permanent } } } }
        full: resolutionBySymbol(symbol: "S/RES/801 (1993)") {
          number
          a: composition { member { code } }
          b: composition { who: member { code name permanent } voteSource permanent }
        }
      }`,
      {},
    );
    // Both reads of the request carry the keys the whole document selects on seats and members.
    expect(names.filter((n) => n.startsWith('resolution/list'))).toEqual([expect.stringMatching(/#seat:name,memberPermanent,voteSource$/)]);
    const lean = (data.lean as { edges: Array<{ node: { number: number; composition: Seat[] } }> }).edges.map((e) => e.node);
    expect(lean.length).toBe(3);
    for (const node of lean) {
      const t = await truth(node.number);
      expect(t.length).toBeGreaterThan(0);
      expect(node.composition).toEqual(t.map((s) => ({ member: { code: s.code }, vote: s.vote, permanent: s.permanent })));
    }
    const full = data.full as { number: number; a: Seat[]; b: Array<{ who: Seat['member']; voteSource: string | null; permanent: boolean }> };
    expect(lean.map((n) => n.number)).toContain(full.number);
    const t = await truth(full.number);
    expect(full.a).toEqual(t.map((s) => ({ member: { code: s.code } })));
    expect(full.b).toEqual(t.map((s) => ({ who: { code: s.code, name: s.name, permanent: s.memberPermanent }, voteSource: s.voteSource, permanent: s.permanent })));
  });

  it('an operation selecting only codes reads no name, and a lean row still answers a name asked of it', async () => {
    names.length = 0;
    const { data } = await gql('{ resolutions(filter: { year: 1993 }, first: 1) { edges { node { number composition { member { code } } } } } }', {});
    expect(names.filter((n) => n.startsWith('resolution/list'))).toEqual([expect.stringMatching(/#seat:$/)]);
    const number = (data.resolutions as { edges: Array<{ node: { number: number } }> }).edges[0]!.node.number;

    // The same lean rows, read through the composition loader as an operation selecting no name would,
    // then asked for names and flags: the Member resolvers load them by code.
    const loaders = createLoaders(app().db);
    loaders.selection.resolution = new Set();
    loaders.selection.seat = new Set();
    const seats = await loaders.composition.load(number);
    expect(seats.every((s) => s.member.name === undefined && s.member.permanent === undefined && s.voteSource === undefined)).toBe(true);
    const context = { db: app().db, loaders } as unknown as Context;
    const resolve = memberResolvers.Member as Required<{ name: (...a: unknown[]) => Promise<string>; permanent: (...a: unknown[]) => Promise<boolean> }>;
    const answered = await Promise.all(seats.map(async (s) => ({ code: s.member.code, name: await resolve.name(s.member, {}, context, null), permanent: await resolve.permanent(s.member, {}, context, null) })));
    expect(answered).toEqual((await truth(number)).map((s) => ({ code: s.code, name: s.name, permanent: s.memberPermanent })));
  });
});

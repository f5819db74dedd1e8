import { badInput } from '../../errors/AppError';
import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../../graphql/Context';
import { listMissions, listRegimes, missionByAcronym, type MandateRow } from '../../../loaders/missions';
import { pageRequest, toPage } from '../common/pagination';
import { nameSpellings } from '../../ingest/merge/topicName';

/** A resolution the graph links to is always there; a missing one is a broken graph, not a client error. */
async function resolution(loaders: Context['loaders'], number: number) {
  const r = await loaders.resolution.load(number);
  if (!r) throw new Error(`resolution ${number} is linked but missing`);
  return r;
}

const first = (events: MandateRow[], action: MandateRow['action']) => events.find((e) => e.action === action)?.resolution ?? null;

export const missionResolvers: Resolvers = {
  Query: {
    missions: async (_p, { filter, first: size, after }, { db }) => {
      const page = pageRequest(size, after);
      const year = filter?.activeInYear ?? null;
      if (year !== null && (year < 1946 || year > 2100)) throw badInput('`activeInYear` must be a year between 1946 and 2100.', { argument: 'filter.activeInYear' });
      const text = filter?.nameContains?.trim() ?? '';
      const keys = nameSpellings(text);
      if (text !== '' && keys.length === 0) throw badInput('`nameContains` must contain a letter or digit.', { argument: 'filter.nameContains' });
      const params = { kind: filter?.kind ?? null, nameContains: text === '' ? null : { keys, lower: text.toLowerCase() }, year };
      const { rows, total } = await listMissions(db, params, page);
      const { edges, pageInfo } = toPage(rows, page, (node, cursor) => ({ cursor, node }));
      return { edges, pageInfo, totalCount: total };
    },
    mission: async (_p, { acronym }, { db }) => {
      const a = acronym.trim();
      if (a === '' || a.length > 120) throw badInput('`acronym` must be 1 to 120 characters.', { argument: 'acronym' });
      return missionByAcronym(db, a);
    },
    sanctionsRegimes: async (_p, { first: size, after }, { db }) => {
      const page = pageRequest(size, after);
      const { rows, total } = await listRegimes(db, page);
      const { edges, pageInfo } = toPage(rows, page, (node, cursor) => ({ cursor, node }));
      return { edges, pageInfo, totalCount: total };
    },
    sanctionsRegime: (_p, { key }, { loaders }) => {
      if (!/^\d{1,6}$/.test(key)) throw badInput('`key` is the number of the resolution that set up the regime’s committee, e.g. "1267".', { argument: 'key' });
      return loaders.regime.load(key);
    },
  },
  Mission: {
    establishedBy: async (m, _a, { loaders }) => {
      const n = first(await loaders.missionMandates.load(m.key), 'ESTABLISHES');
      return n === null ? null : resolution(loaders, n);
    },
    terminatedBy: async (m, _a, { loaders }) => {
      const n = first(await loaders.missionMandates.load(m.key), 'TERMINATES');
      return n === null ? null : resolution(loaders, n);
    },
    mandates: (m, _a, { loaders }) => loaders.missionMandates.load(m.key),
    lastMandateUntil: async (m, _a, { loaders }) =>
      (await loaders.missionMandates.load(m.key)).reduce<string | null>((max, e) => (e.until !== null && (max === null || e.until > max) ? e.until : max), null),
    succeeds: async (m, _a, { loaders }) => (await loaders.mission.loadMany((await loaders.missionSuccessions.load(m.key)).succeeds)).flatMap((r) => (r && !(r instanceof Error) ? [r] : [])),
    succeededBy: async (m, _a, { loaders }) =>
      (await loaders.mission.loadMany((await loaders.missionSuccessions.load(m.key)).succeededBy)).flatMap((r) => (r && !(r instanceof Error) ? [r] : [])),
  },
  MandateEvent: {
    resolution: (e, _a, { loaders }) => resolution(loaders, e.resolution),
  },
  MissionAction: {
    mission: (e) => ({ key: e.key, acronym: e.acronym, name: e.name, kind: e.kind }),
  },
  SanctionsRegime: {
    establishedBy: async (s, _a, { loaders }) => {
      const n = (await loaders.regimeEvents.load(s.key)).find((e) => e.action === 'ESTABLISHES')?.resolution;
      return n === undefined ? null : resolution(loaders, n);
    },
    resolutions: (s, _a, { loaders }) => loaders.regimeEvents.load(s.key),
    measures: (s, _a, { loaders }) => loaders.regimeMeasures.load(s.key),
  },
  RegimeEvent: {
    resolution: (e, _a, { loaders }) => resolution(loaders, e.resolution),
  },
  SanctionsMeasure: {
    resolution: (e, _a, { loaders }) => resolution(loaders, e.resolution),
  },
  SanctionsAction: {
    regime: (e) => ({ key: e.key, name: e.name, target: e.target }),
    measures: async (e, _a, { loaders }) => (await loaders.regimeMeasures.load(e.key)).filter((m) => m.resolution === e.resolution),
  },
  Resolution: {
    missions: (r, _a, { loaders }) => loaders.missionsByResolution.load(r.number),
    sanctions: (r, _a, { loaders }) => loaders.sanctionsByResolution.load(r.number),
  },
};

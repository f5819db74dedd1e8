import { badInput } from '../../errors/AppError';
import type { ResolutionFilter } from '../../generated/graphql';
import { dbEnums } from '../../../loaders/dbEnums';
import { apostropheFreeSpelling, normaliseTopicName } from '../../ingest/merge/topicName';
import type { ResolutionFilterParams } from '../../../loaders/ResolutionFilterParams';
import { topicFilterKeys } from './topicFilterKeys';

const YEAR_MIN = 1900;
const YEAR_MAX = 2200;

function year(value: number | null | undefined, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < YEAR_MIN || value > YEAR_MAX)
    throw badInput(`filter.${name} must be a year between ${YEAR_MIN} and ${YEAR_MAX}; got ${value}.`, { argument: `filter.${name}` });
  return value;
}

function isoDate(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw badInput(`filter.${name} must be a date written YYYY-MM-DD; got "${value.slice(0, 40)}".`, { argument: `filter.${name}` });
  return value;
}

function memberCode(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code))
    throw badInput(`filter.${name} must be an ISO alpha-3 member code such as "FRA"; got "${value.slice(0, 40)}".`, { argument: `filter.${name}` });
  return code;
}

function resolutionNumber(value: number | null | undefined, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 1) throw badInput(`filter.${name} must be a resolution number (1 or more); got ${value}.`, { argument: `filter.${name}` });
  return value;
}

const MISSION_MAX = 80;

/** Acronyms ("UNAVEM II") and keys ("united-nations-emergency-force") are letters, digits, spaces and hyphens. */
function missionRef(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  const ref = value.trim().replace(/\s+/g, ' ').toUpperCase();
  if (ref.length > MISSION_MAX || !/^[A-Z0-9][A-Z0-9 .'-]*$/.test(ref))
    throw badInput(`filter.${name} must be a mission acronym such as "UNMISS" (letters, digits, spaces, hyphens; at most ${MISSION_MAX}); got "${value.slice(0, 40)}".`, {
      argument: `filter.${name}`,
    });
  return ref;
}

/** Validates a client's filter and turns it into the `$filter` map the Cypher reads (every key present; its topic keys go through withTopicFallback first). */
export function toFilterParams(filter: ResolutionFilter | null | undefined, extra: { topicKey?: string } = {}): ResolutionFilterParams {
  const f = filter ?? {};
  const topic = f.topic === null || f.topic === undefined ? null : normaliseTopicName(f.topic);
  if (topic === '') throw badInput('filter.topic must name a topic (it holds no letter or digit).', { argument: 'filter.topic' });
  const fallback = topic === null ? null : apostropheFreeSpelling(topic);
  const params: ResolutionFilterParams = {
    year: year(f.year, 'year'),
    yearFrom: year(f.yearFrom, 'yearFrom'),
    yearTo: year(f.yearTo, 'yearTo'),
    dateFrom: isoDate(f.dateFrom, 'dateFrom'),
    dateTo: isoDate(f.dateTo, 'dateTo'),
    topicKeys: topic === null ? null : topicFilterKeys(topic),
    topicFallbackKeys: fallback === null ? null : topicFilterKeys(fallback),
    topicKey: extra.topicKey ?? null,
    member: memberCode(f.member, 'member'),
    voteMember: f.memberVote ? memberCode(f.memberVote.member, 'memberVote.member') : null,
    vote: f.memberVote ? dbEnums.voteToDb(f.memberVote.vote) : null,
    hasText: f.hasText ?? null,
    cites: resolutionNumber(f.cites, 'cites'),
    citedBy: resolutionNumber(f.citedBy, 'citedBy'),
    unanimous: f.unanimous ?? null,
    chapterVII: f.chapterVII ?? null,
    mission: missionRef(f.mission, 'mission'),
  };
  if (params.yearFrom !== null && params.yearTo !== null && params.yearFrom > params.yearTo) {
    throw badInput(`filter.yearFrom (${params.yearFrom}) is after filter.yearTo (${params.yearTo}).`, { argument: 'filter.yearFrom' });
  }
  if (params.dateFrom !== null && params.dateTo !== null && params.dateFrom > params.dateTo) {
    throw badInput(`filter.dateFrom (${params.dateFrom}) is after filter.dateTo (${params.dateTo}).`, { argument: 'filter.dateFrom' });
  }
  return params;
}

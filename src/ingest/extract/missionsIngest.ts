import neo4j from 'neo4j-driver';
import { cypher, type CypherQuery } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import { normaliseTopicName } from '../merge/topicName';
import type { ParagraphSet, ResolutionRow } from '../merge/WriteSet';
import { toCypherParams } from '../write/toCypherParams';
import { missionExtractor, type MissionExtraction } from './missions';
import type { MandateDoc } from './missionsText';
import { sanctionsExtractor, type SanctionsExtraction } from './sanctions';

export interface MandateExtraction {
  missions: MissionExtraction;
  sanctions: SanctionsExtraction;
}

/** One resolution with cleaned paragraphs, as the mission and sanctions extractors read it. */
export function mandateDoc(resolution: ResolutionRow, paragraphs: ParagraphSet): MandateDoc {
  const { title, agenda } = resolution.props;
  return {
    number: paragraphs.number,
    date: resolution.date,
    title: typeof title === 'string' ? title : null,
    agenda: typeof agenda === 'string' ? agenda : null,
    paragraphs: paragraphs.paragraphs,
  };
}

/**
 * Both extractors over the run's resolutions, fed in pieces: `define` every doc (number order, as the slices
 * come), then `act` on every doc again in the same order, then `finish`. Acronyms are resolved within the run,
 * so a run over part of the corpus knows only the missions its own texts name.
 */
export function mandateExtractor(): { define(doc: MandateDoc): void; act(doc: MandateDoc): void; finish(): MandateExtraction } {
  const missions = missionExtractor();
  const sanctions = sanctionsExtractor();
  return {
    define: (doc) => missions.define(doc),
    act: (doc) => {
      missions.act(doc);
      sanctions.add(doc);
    },
    finish: () => ({ missions: missions.finish(), sanctions: sanctions.finish() }),
  };
}

const toDate = (iso: string | null) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
};

/**
 * Writes missions, sanctions regimes and the edges from the run's resolutions (`numbers`: those with paragraphs) to them. The run's old
 * edges are dropped first (one statement), then everything is merged in batches, and missions or
 * regimes left without any edge are removed, so re-running changes nothing. Returns rows written per step.
 */
export async function writeMandates(db: Database, numbers: number[], found: MandateExtraction, batchSize: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const step = async <T>(label: string, query: CypherQuery, rows: T[], toParam: (row: T) => unknown = (r) => r) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize).map(toParam);
      await db.writeBatch([{ query, params: toCypherParams({ rows: batch }) as Record<string, unknown> }], 120_000);
    }
    counts[label] = rows.length;
  };
  await db.writeBatch([{ query: cypher('ingest/mergeMissionsClearEdges'), params: toCypherParams({ numbers }) as Record<string, unknown> }], 120_000);
  // nameKey: the name in topic-key form, so the mission filter's nameContains ignores case, accents and punctuation.
  await step('missions', cypher('ingest/mergeMissions'), found.missions.missions, (m) => ({ ...m, nameKey: normaliseTopicName(m.name) }));
  await step('mandates', cypher('ingest/mergeMissionsMandates'), found.missions.mandates, (r) => ({ ...r, until: toDate(r.until) }));
  await step('successions', cypher('ingest/mergeMissionsSuccessions'), found.missions.successions);
  await step('sanctionsRegimes', cypher('ingest/mergeSanctionsRegimes'), found.sanctions.regimes);
  await step('sanctionsEdges', cypher('ingest/mergeSanctionsEdges'), found.sanctions.edges, (r) => ({ ...r, until: toDate(r.until) }));
  await step('sanctionsMeasures', cypher('ingest/mergeSanctionsMeasures'), found.sanctions.measures);
  await db.writeBatch([{ query: cypher('ingest/mergeMissionsDropOrphans'), params: {} }], 120_000);
  return counts;
}

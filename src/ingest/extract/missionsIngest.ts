import neo4j from 'neo4j-driver';
import { cypher, type CypherQuery } from '../../db/CypherQuery';
import type { Database } from '../../db/Database';
import type { WriteSet } from '../merge/WriteSet';
import { toCypherParams } from '../write/toCypherParams';
import { extractMissions, type MissionExtraction } from './missions';
import type { MandateDoc } from './missionsText';
import { extractSanctions, type SanctionsExtraction } from './sanctions';

export interface MandateExtraction {
  missions: MissionExtraction;
  sanctions: SanctionsExtraction;
}

/** The run's resolutions with cleaned paragraphs, as the mission and sanctions extractors read them. */
export function mandateDocs(ws: WriteSet): MandateDoc[] {
  const byNumber = new Map(ws.resolutions.map((r) => [r.number, r]));
  return ws.paragraphs.map((p) => {
    const r = byNumber.get(p.number);
    const title = r?.props.title;
    return { number: p.number, date: r?.date ?? null, title: typeof title === 'string' ? title : null, paragraphs: p.paragraphs };
  });
}

/**
 * Runs both extractors over the run's paragraphs. Acronyms are resolved within the run, so a run over
 * part of the corpus knows only the missions its own texts name.
 */
export function extractMandates(ws: WriteSet): MandateExtraction {
  const docs = mandateDocs(ws);
  return { missions: extractMissions(docs), sanctions: extractSanctions(docs) };
}

const toDate = (iso: string | null) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
};

/**
 * Writes missions, sanctions regimes and the edges from the run's resolutions to them. The run's old
 * edges are dropped first (one statement), then everything is merged in batches, and missions or
 * regimes left without any edge are removed, so re-running changes nothing. Returns rows written per step.
 */
export async function writeMandates(db: Database, ws: WriteSet, found: MandateExtraction, batchSize: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const step = async <T>(label: string, query: CypherQuery, rows: T[], toParam: (row: T) => unknown = (r) => r) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize).map(toParam);
      await db.writeBatch([{ query, params: toCypherParams({ rows: batch }) as Record<string, unknown> }], 120_000);
    }
    counts[label] = rows.length;
  };
  const numbers = ws.paragraphs.map((p) => p.number);
  await db.writeBatch([{ query: cypher('ingest/mergeMissionsClearEdges'), params: toCypherParams({ numbers }) as Record<string, unknown> }], 120_000);
  await step('missions', cypher('ingest/mergeMissions'), found.missions.missions);
  await step('mandates', cypher('ingest/mergeMissionsMandates'), found.missions.mandates, (r) => ({ ...r, until: toDate(r.until) }));
  await step('successions', cypher('ingest/mergeMissionsSuccessions'), found.missions.successions);
  await step('sanctionsRegimes', cypher('ingest/mergeSanctionsRegimes'), found.sanctions.regimes);
  await step('sanctionsEdges', cypher('ingest/mergeSanctionsEdges'), found.sanctions.edges, (r) => ({ ...r, until: toDate(r.until) }));
  await step('sanctionsMeasures', cypher('ingest/mergeSanctionsMeasures'), found.sanctions.measures);
  await db.writeBatch([{ query: cypher('ingest/mergeMissionsDropOrphans'), params: {} }], 120_000);
  return counts;
}

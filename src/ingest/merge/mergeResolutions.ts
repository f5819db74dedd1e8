import type { ResolutionInput, ResolutionSource } from '../model/IngestRecord';

/** Field precedence by source, best first. Votes and members are merged separately (see buildWriteSet). */
const ORDER: Record<string, ResolutionSource[]> = {
  text: ['page', 'cr-unsc', 'unxml', 'dataset'],
  title: ['page', 'unxml', 'dataset', 'dhl'],
  date: ['dataset', 'unxml', 'page', 'dhl'],
  year: ['dataset', 'unxml', 'page', 'dhl', 'cr-unsc'],
  symbol: ['dataset', 'unxml', 'dhl', 'page', 'cr-unsc'],
  meeting: ['dataset', 'unxml', 'page'],
  votes: ['dataset', 'dhl'],
};
const DEFAULT_ORDER: ResolutionSource[] = ['dataset', 'unxml', 'page', 'dhl', 'cr-unsc'];

/** Names of each source as recorded in `provenance`. */
const SOURCE_NAMES: Record<ResolutionSource, string> = { page: 'page', 'cr-unsc': 'cr-unsc', dataset: 'resolutions.jsonl', dhl: 'dhl_votes.jsonl', unxml: 'unxml' };

export interface MergedResolution {
  number: number;
  fields: Omit<ResolutionInput, 'number' | 'source' | 'members' | 'subjects' | 'siteTopics' | 'pageCites' | 'pageCitedBy'>;
  subjects: string[];
  siteTopics: string[] | null;
  provenance: Record<string, string>;
  inputs: ResolutionInput[];
  /** Disagreements between sources that the merge settled, for the report. */
  conflicts: string[];
}

type Field = keyof MergedResolution['fields'];
const FIELDS: Field[] = ['symbol', 'date', 'year', 'title', 'agenda', 'meeting', 'modality', 'votes', 'draft', 'sponsors', 'adoptionNote', 'undlRecord', 'rawText', 'chapterVIIMarkup'];

/**
 * Folds every input about one resolution (dataset line, Library votes, page, CR-UNSC file) into one
 * record, field by field in precedence order, remembering which source gave each field.
 */
export function mergeResolutions(inputs: ResolutionInput[]): MergedResolution {
  const number = inputs[0]?.number ?? 0;
  const fields: Record<string, unknown> = {};
  const provenance: Record<string, string> = {};
  const conflicts: string[] = [];
  // A text whose heading names another resolution is that other resolution's text (the dataset's 542 and 778).
  const wrongText = (i: ResolutionInput) => {
    const heading = i.rawText ? /^\s*Resolution\s+(\d{1,4})\s*\(\d{4}\)/.exec(i.rawText) : null;
    if (!heading || Number(heading[1]) === number) return false;
    conflicts.push(`text: ${SOURCE_NAMES[i.source]} holds the text of resolution ${heading[1]}; not used`);
    return true;
  };
  const usable = inputs.filter((i) => !wrongText(i));
  for (const field of FIELDS) {
    const key = field === 'rawText' ? 'text' : field;
    const order = ORDER[key] ?? DEFAULT_ORDER;
    for (const source of order) {
      const hit = (field === 'rawText' ? usable : inputs).find((i) => i.source === source && i[field] !== undefined);
      if (hit) {
        fields[field] = hit[field];
        if (field === 'rawText') Object.assign(fields, { textSource: hit.textSource, headings: hit.headings });
        provenance[key] = SOURCE_NAMES[source];
        break;
      }
    }
  }
  // The Library's date wins when the dataset's is in another year (770 and 771 are dated 1991 there, 1992 in fact).
  const dataset = inputs.find((i) => i.source === 'dataset' && i.date);
  const dhl = inputs.find((i) => i.source === 'dhl' && i.date);
  if (dataset?.date && dhl?.date && dataset.date.slice(0, 4) !== dhl.date.slice(0, 4)) {
    conflicts.push(`date: resolutions.jsonl ${dataset.date}, dhl_votes.jsonl ${dhl.date}; kept ${dhl.date}`);
    fields.date = dhl.date;
    fields.year = dhl.year;
    fields.symbol = dhl.symbol ?? `S/RES/${number} (${dhl.year})`;
    provenance.date = provenance.year = provenance.symbol = SOURCE_NAMES.dhl;
  }
  const subjects = [...new Set(inputs.flatMap((i) => i.subjects ?? []))];
  if (subjects.length > 0) provenance.subjects = [...new Set(inputs.filter((i) => i.subjects?.length).map((i) => SOURCE_NAMES[i.source]))].join('+');
  const page = inputs.find((i) => i.source === 'page' && i.siteTopics);
  return { number, fields: fields as MergedResolution['fields'], subjects, siteTopics: page?.siteTopics ?? null, provenance, inputs, conflicts };
}

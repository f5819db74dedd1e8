import type { IngestRecord } from '../model/IngestRecord';
import type { ParseResult } from '../model/ParseResult';
import type { Skipped } from '../model/Skipped';
import { parseCsv } from './parseCsv';

/** `council_membership.csv`: `year,code,name,permanent,regional_group`, one row per member and year. */
export function parseMembershipCsv(text: string, file: string): ParseResult {
  const rows = parseCsv(text);
  const records: IngestRecord[] = [];
  const skipped: Skipped[] = [];
  const header = rows.shift()?.fields.map((h) => h.trim()) ?? [];
  const col = (name: string) => header.indexOf(name);
  const [iYear, iCode, iName, iPerm] = [col('year'), col('code'), col('name'), col('permanent')];
  if (iYear < 0 || iCode < 0 || iName < 0 || iPerm < 0) {
    return { records, skipped: [{ file, line: 1, reason: 'header lacks year,code,name,permanent' }] };
  }
  for (const { line, fields } of rows) {
    const year = Number(fields[iYear]);
    const code = (fields[iCode] ?? '').trim();
    const perm = (fields[iPerm] ?? '').trim().toLowerCase();
    if (!Number.isInteger(year) || year < 1945 || year > 2100) skipped.push({ file, line, reason: `bad year "${fields[iYear]}"` });
    else if (!/^[A-Z]{3}$/.test(code)) skipped.push({ file, line, reason: `bad member code "${code}"` });
    else if (perm !== 'true' && perm !== 'false') skipped.push({ file, line, reason: `bad permanent flag "${fields[iPerm]}"` });
    else records.push({ kind: 'membership', origin: { file, line }, membership: { year, code, name: (fields[iName] ?? '').trim() || code, permanent: perm === 'true' } });
  }
  return { records, skipped };
}

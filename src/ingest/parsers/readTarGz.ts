import fs from 'node:fs';
import zlib from 'node:zlib';

export interface TarEntry {
  name: string;
  data: Buffer;
}

const field = (block: Buffer, from: number, length: number) => block.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');

/**
 * The regular files of a gzipped ustar archive, sorted by path. Reads the 512-byte headers (with
 * the ustar prefix and GNU long names); a truncated archive throws, naming where it ends.
 */
export function readTarGz(file: string): TarEntry[] {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const entries: TarEntry[] = [];
  let longName: string | null = null;
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const start = at + 512;
    if (start + size > tar.length) throw new Error(`archive truncated inside "${name}"`);
    const data = tar.subarray(start, start + size);
    longName = null;
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '\0') entries.push({ name, data: Buffer.from(data) });
    at = start + Math.ceil(size / 512) * 512;
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

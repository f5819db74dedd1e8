/**
 * The edges the fixture page test/fixtures/ingest/pages/resolution_2900.txt gives once the data directory's
 * resolutions are in the graph: [cited, sources]. Its text cites all six; its Related list all but 1989.
 */
export const PAGE_2900_CITES: Array<[number, string[]]> = [
  [1267, ['text', 'page']],
  [1373, ['text', 'page']],
  [1989, ['text']],
  [2178, ['text', 'page']],
  [2253, ['text', 'page']],
  [2379, ['text', 'page']],
];

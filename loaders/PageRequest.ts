/** A validated page request: `limit` rows starting at `offset` (validated by src/resolvers/common/pagination.ts). */
export interface PageRequest {
  offset: number;
  limit: number;
}

import type { z } from 'zod';
import type { CypherQuery } from '../../src/db/CypherQuery';
import type { Params, QueryRunner } from '../../src/db/Database';

export interface RecordedQuery {
  name: string;
  text: string;
  params: Params;
}

/**
 * A QueryRunner with no database: it records every query (name, Cypher text, parameters) and answers
 * with rows from `answer`, checked against the caller's row schema exactly as Database does.
 */
export class RecordingRunner implements QueryRunner {
  readonly calls: RecordedQuery[] = [];

  constructor(private readonly answer: (name: string, params: Params) => unknown[] = () => []) {}

  async read<T>(query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]> {
    this.calls.push({ name: query.name, text: query.text, params });
    return this.answer(query.name, params).map((r) => row.parse(r));
  }

  write<T>(query: CypherQuery, params: Params, row: z.ZodType<T>): Promise<T[]> {
    return this.read(query, params, row);
  }
}

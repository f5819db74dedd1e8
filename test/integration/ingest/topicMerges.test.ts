import { z } from 'zod';
import { createDatabase, startApp } from '../../../src/app/startApp';
import type { Database } from '../../../src/db/Database';
import { canonicalTopicKey, normaliseTopicName } from '../../../src/ingest/merge/topicName';
import { createLogger } from '../../../src/logger';
import { describeCorpus } from '../../support/corpus';
import { testConfig } from '../../support/testConfig';

/**
 * Issue 12, topics: on the corpus as ingested, how many topics folded several source forms (case,
 * punctuation, accents, Unicode form) per kind, printed for docs/graph-model.md; no two topics of a kind
 * share a normalised name, and every source form's old-style key resolves to its topic.
 */
const Row = z.object({ key: z.string(), kind: z.string(), name: z.string(), sourceNames: z.array(z.string()).nullable() });

describeCorpus('topics merged across case and punctuation', () => {
  let db: Database;
  let topics: Array<z.infer<typeof Row>> = [];

  beforeAll(async () => {
    db = createDatabase(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }));
    topics = await db.read({ name: 'test/topics', text: 'MATCH (t:Topic) RETURN t.key AS key, t.kind AS kind, t.name AS name, t.sourceNames AS sourceNames ORDER BY key' }, {}, Row);
  });
  afterAll(() => db.close());

  it('keeps one topic per kind and normalised name, with its source forms', () => {
    expect(topics.length).toBeGreaterThan(2000);
    const byKind = new Map<string, { topics: number; merged: number; forms: number; capitalsOnly: number }>();
    const seen = new Map<string, string>();
    for (const t of topics) {
      const k = byKind.get(t.kind) ?? { topics: 0, merged: 0, forms: 0, capitalsOnly: 0 };
      const forms = t.sourceNames ?? [];
      k.topics++;
      k.forms += forms.length;
      if (forms.length > 1) k.merged++;
      if (forms.some((f) => !/\p{Ll}/u.test(f))) k.capitalsOnly++;
      byKind.set(t.kind, k);
      const norm = `${t.kind}:${normaliseTopicName(t.name)}`;
      expect(seen.get(norm) ?? null).toBeNull();
      seen.set(norm, t.key);
      expect(t.key).toBe(norm);
      expect(forms.length).toBeGreaterThan(0);
      for (const f of forms) expect(canonicalTopicKey(`${t.kind}:${f.trim().toLowerCase()}`)).toBe(t.key);
    }
    const lines = [...byKind].map(([kind, k]) => `${kind}: ${k.topics} topics from ${k.forms} source forms; ${k.merged} topics merged ${k.forms - k.topics + k.merged} forms; ${k.capitalsOnly} shown title-cased from capitals`);
    process.stdout.write(`[topics] ${lines.join('\n[topics] ')}\n`);
    expect(byKind.get('subject')?.merged ?? 0).toBeGreaterThan(0);
  });

  it('shows capitals-only subject terms in title case', () => {
    const capitals = topics.filter((t) => !/\p{Ll}/u.test(t.name) && /\p{Lu}{2}/u.test(t.name));
    const examples = ['Terrorism', "Côte d'Ivoire", 'Question of Palestine'].filter((n) => topics.some((t) => t.kind === 'subject' && t.name === n));
    process.stdout.write(`[topics] names still in capitals only (acronyms): ${capitals.map((t) => t.name).join(', ')}\n[topics] title-cased examples present: ${examples.join(', ')}\n`);
    expect(topics.find((t) => t.key === 'subject:terrorism')).toMatchObject({ name: 'Terrorism', sourceNames: ['TERRORISM'] });
    expect(capitals.filter((t) => /\s/.test(t.name))).toEqual([]);
  });

  it('resolves keys and names issued before the merge to the merged topic (topic(key:), node(id:), topic(name:))', async () => {
    const app = await startApp(testConfig({ NEO4J_URI: process.env.NEO4J_CORPUS_URI ?? '' }), createLogger('silent'));
    try {
      const gql = async (query: string, variables: Record<string, unknown>) => {
        const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return (await res.json()) as { data?: Record<string, { key: string; name: string; sourceNames?: string[] } | null>; errors?: Array<{ extensions?: { code?: string } }> };
      };
      const oldId = Buffer.from("Topic:subject:côte d'ivoire", 'utf8').toString('base64');
      const res = await gql(
        'query($old: ID!, $id: ID!) { byKey: topic(key: $old) { key name sourceNames } byName: topic(name: "COTE D\'IVOIRE", kind: SUBJECT) { key name } node(id: $id) { ... on Topic { key name } } agenda: topic(key: "agenda:international tribunal--rwanda") { key name sourceNames } }',
        { old: "subject:côte d'ivoire", id: oldId },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.byKey).toEqual({ key: 'subject:cote divoire', name: "Côte d'Ivoire", sourceNames: ["COTE D'IVOIRE", "CÔTE D'IVOIRE"] });
      expect(res.data?.byName).toEqual({ key: 'subject:cote divoire', name: "Côte d'Ivoire" });
      expect(res.data?.node).toEqual({ key: 'subject:cote divoire', name: "Côte d'Ivoire" });
      expect(res.data?.agenda).toEqual({ key: 'agenda:international tribunal rwanda', name: 'International Tribunal — Rwanda', sourceNames: ['INTERNATIONAL TRIBUNAL--RWANDA', 'International Tribunal — Rwanda'] });
      const bad = await gql('query { topic(name: "x", key: "site:x") { key } }', {});
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await app.stop();
    }
  });
});

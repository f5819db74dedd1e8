import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../../../../src/graphql/loadTypeDefs';
import { projectRoot } from '../../../../src/projectRoot';
import { exampleTabs } from '../../../../web/src/playground/exampleTabs';

// The explorer and the playground use only the public API: every document they send must validate against our SDL.
describe('web client GraphQL documents', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildSchema(loadTypeDefs());
  });

  const dir = path.join(projectRoot(), 'web', 'src', 'explorer', 'graphql');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));

  it('finds the explorer documents', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining(['graph.graphql', 'moreCitations.graphql', 'path.graphql', 'resolution.graphql', 'search.graphql']),
    );
    // The browse pages (web/src/explorer/pages/browse/browseQueries.ts).
    expect(files).toEqual(expect.arrayContaining(['years.graphql', 'year.graphql', 'topics.graphql', 'topic.graphql', 'members.graphql', 'member.graphql', 'memberVotes.graphql', 'meeting.graphql']));
    // The missions and sanctions pages (web/src/explorer/pages/missions/missionQueries.ts).
    expect(files).toEqual(expect.arrayContaining(['missions.graphql', 'mission.graphql', 'sanctionsRegimes.graphql', 'sanctionsRegime.graphql']));
  });

  it.each(files)('explorer %s validates against the schema', (file) => {
    const errors = validate(schema, parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('opens the playground with search, chain, path and graph examples that validate', () => {
    const roots = exampleTabs.map((tab) => {
      const errors = validate(schema, parse(tab.query));
      expect(errors.map((e) => e.message)).toEqual([]);
      if (tab.variables) expect(() => JSON.parse(tab.variables ?? '')).not.toThrow();
      return /\{\s*(\w+)/.exec(tab.query.replace(/^#.*$/gm, ''))?.[1];
    });
    expect(roots).toEqual(expect.arrayContaining(['search', 'citationChain', 'citationPaths', 'citationGraph']));
  });
});

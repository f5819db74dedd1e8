import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { citationNodeKeys } from '../../graphql/rowSelection';
import { selectedFields, type SelectedField } from '../../graphql/selectedFields';
import { EDGE_PROPERTIES } from '../../../loaders/citations';
import type { CitationPageRequest, ResolutionPagePlan } from '../../../loaders/prefetchResolutionPage';
import type { ResolutionListPlan } from '../../../loaders/resolutionList';
import { pageRequest, type PageRequest } from '../common/pagination';

/** The page a connection field will load, or null when its arguments are bad (its resolver reports that). */
function pageOf(field: SelectedField | undefined): PageRequest | null {
  if (!field) return null;
  try {
    return pageRequest(field.args.first as number | null | undefined, field.args.after as string | null | undefined);
  } catch {
    return null;
  }
}

/** The first `name` field among `fields`; further aliases with other arguments go through the loaders. */
const pick = (fields: SelectedField[], name: string) => fields.find((f) => f.name === name);

/**
 * The properties of the edges themselves (verb, paragraph, context…) a citation connection selection
 * (`cites` or `citedBy`, given by its field nodes) reads, in {@link EDGE_PROPERTIES} order: its page reads
 * only those (see `CitationPageKey.edgeKeys`), none when it selects only `node` and `cursor`.
 */
function selectedEdgeProperties(info: GraphQLResolveInfo, connection: readonly FieldNode[]): string[] {
  const names = new Set(
    selectedFields(info, connection, 'CitationConnection')
      .filter((f) => f.name === 'edges')
      .flatMap((edges) => selectedFields(info, edges.nodes, 'CitationEdge').map((f) => f.name)),
  );
  return EDGE_PROPERTIES.filter((p) => names.has(p));
}

/**
 * What a citation connection selection (`cites` or `citedBy`, given by its field nodes) reads besides its
 * page: which properties of its edges, and which row keys of its nodes. The look-ahead and the field
 * resolvers both key citation pages by these, so a primed page is found by the resolver it was fetched for.
 */
export function citationSelection(info: GraphQLResolveInfo, connection: readonly FieldNode[]): Pick<CitationPageRequest, 'edgeKeys' | 'nodeKeys'> {
  const known = selectionByNodes.get(connection);
  if (known && known.variables === info.variableValues) return known.selection;
  const selection = { edgeKeys: selectedEdgeProperties(info, connection), nodeKeys: citationNodeKeys(info, connection) };
  selectionByNodes.set(connection, { variables: info.variableValues, selection });
  return selection;
}

/**
 * citationSelection's answers by field-node list. graphql-js hands every item of a list the same `fieldNodes`
 * array for a field within one execution (its subfield collection is memoised per execution), and the compiled
 * executor (src/graphql/compiledExecution.ts) the same array in every execution of one compiled operation, so the
 * `cites` resolver of each of the 20 cited resolutions of the nested workload walked the same selection
 * again; the answer depends only on those nodes, the operation's fragments and the variables, checked here
 * by identity. Callers only read the arrays.
 */
const selectionByNodes = new WeakMap<readonly FieldNode[], { variables: GraphQLResolveInfo['variableValues']; selection: Pick<CitationPageRequest, 'edgeKeys' | 'nodeKeys'> }>();

/** The page a citation connection field will load, with what it reads of edges and nodes. */
function citationPageOf(info: GraphQLResolveInfo, field: SelectedField | undefined): CitationPageRequest | null {
  const page = pageOf(field);
  return page && field ? { ...page, ...citationSelection(info, field.nodes) } : null;
}

/**
 * Looks ahead at the selection under a `resolution(...)` field: the topics, composition and citation
 * pages its field resolvers will load, and the `cites` page under each cited resolution. Null when none
 * is selected: then the plain resolution loader is the cheaper query.
 */
export function planResolutionPage(info: GraphQLResolveInfo): ResolutionPagePlan | null {
  const fields = selectedFields(info, info.fieldNodes, 'Resolution');
  const cites = pick(fields, 'cites');
  let nestedCites: CitationPageRequest | null = null;
  if (cites) {
    const edges = pick(selectedFields(info, cites.nodes, 'CitationConnection'), 'edges');
    const node = edges && pick(selectedFields(info, edges.nodes, 'CitationEdge'), 'node');
    nestedCites = node ? citationPageOf(info, pick(selectedFields(info, node.nodes, 'Resolution'), 'cites')) : null;
  }
  const plan: ResolutionPagePlan = {
    withTopics: pick(fields, 'topics') !== undefined,
    withComposition: pick(fields, 'composition') !== undefined,
    cites: citationPageOf(info, cites),
    citedBy: citationPageOf(info, pick(fields, 'citedBy')),
    nestedCites,
  };
  return plan.withTopics || plan.withComposition || plan.cites || plan.citedBy ? plan : null;
}

/**
 * Looks ahead at the selection under a field returning a `ResolutionConnection` (`resolutions`,
 * `Topic.resolutions`): whether any resolution of its page, under any alias, selects `topics` or
 * `composition`, so that the list query brings them along (loaders/resolutionList.ts).
 */
export function planResolutionList(info: GraphQLResolveInfo): ResolutionListPlan {
  const resolutionFields = selectedFields(info, info.fieldNodes, 'ResolutionConnection')
    .filter((f) => f.name === 'edges')
    .flatMap((edges) => selectedFields(info, edges.nodes, 'ResolutionEdge'))
    .filter((f) => f.name === 'node')
    .flatMap((node) => selectedFields(info, node.nodes, 'Resolution'));
  return {
    withTopics: resolutionFields.some((f) => f.name === 'topics'),
    withComposition: resolutionFields.some((f) => f.name === 'composition'),
  };
}

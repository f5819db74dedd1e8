import type { ApolloServerPlugin } from '@apollo/server';
import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

type Scope = 'PUBLIC' | 'PRIVATE';
interface Hint {
  maxAge?: number | undefined;
  scope?: Scope | undefined;
  inheritMaxAge?: boolean;
}

/** Apollo's CachePolicy arithmetic (@apollo/server cachePolicy.js): `restrict` keeps the lower age and PRIVATE. */
function restrict(policy: Hint, hint: Hint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

function replace(policy: Hint, hint: Hint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

/** A `@cacheControl` directive's hint, read as Apollo's cache-control plugin reads it. */
function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const arg = (name: string) => directive.arguments!.find((a) => a.name.value === name)?.value;
  const scopeValue = arg('scope');
  const scope = scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = arg('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = arg('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope };
}

function typeHint(type: GraphQLNamedType): Hint {
  const found = hintOf(type.astNode?.directives) ?? type.extensionASTNodes.map((n) => hintOf(n.directives)).find((h) => h !== undefined);
  return found ?? {};
}

/** The hint one resolved field adds to the response, as Apollo's willResolveField computes it for that field. */
function fieldHint(field: GraphQLField<unknown, unknown>, isRoot: boolean, defaultMaxAge: number): Hint {
  const policy: Hint = {};
  let inheritMaxAge = false;
  const target = getNamedType(field.type);
  if (isCompositeType(target)) {
    const annotation = typeHint(target);
    replace(policy, annotation);
    inheritMaxAge = !!annotation.inheritMaxAge;
  }
  const annotation = hintOf(field.astNode?.directives) ?? {};
  if (annotation.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (annotation.scope) replace(policy, { scope: annotation.scope });
  } else replace(policy, annotation);
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) restrict(policy, { maxAge: defaultMaxAge });
  return policy;
}

/**
 * The cache policy of one operation, from its selection alone: every field the operation can resolve
 * (through fragments, honouring @skip/@include with these variables) restricts it as Apollo's
 * cache-control plugin does when that field resolves. Apollo's plugin does this per resolved field at run
 * time; here the walk is made once per operation. Where the two could differ, this one is stricter: a
 * field under a fragment on a type that never comes back, or under a null or empty parent, still counts
 * (a shorter max-age or no-store, never a longer one); a field selected on an interface counts with the
 * hints of every type implementing it. Resolvers cannot set dynamic hints (`info.cacheControl` is absent);
 * none does. With today's hints (only `ServerInfo`, reached only from the root) the result is Apollo's.
 */
export function operationCachePolicy(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultMaxAge: number,
): Hint {
  const policy: Hint = {};
  const root = schema.getRootType(operation.operation);
  if (!root) return policy;
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // Introspection fields are not wrapped by Apollo's plugin hooks, so they add no hint.
        if (name.startsWith('__')) continue;
        const owners = isAbstractType(parent) ? schema.getPossibleTypes(parent) : isObjectType(parent) ? [parent] : [];
        const defs = owners.map((t) => t.getFields()[name]).filter((f) => f !== undefined);
        for (const def of defs) restrict(policy, fieldHint(def, isRoot, defaultMaxAge));
        const target = defs[0] ? getNamedType(defs[0].type) : undefined;
        if (selection.selectionSet && target && isCompositeType(target)) walk(selection.selectionSet, target, false, seen);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) continue;
        if (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value)) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!condition || !isCompositeType(condition)) continue;
        walk(fragment.selectionSet, condition, isRoot, selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen);
      }
    }
  };
  walk(operation.selectionSet, root, true, new Set());
  return policy;
}

/** Whether a document uses @skip or @include anywhere, so that its policy may depend on the variables. */
function hasConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
}

const CACHEABLE_HEADER = /^max-age=(\d+), (public|private)$/;

/**
 * Replaces Apollo's ApolloServerPluginCacheControl (install `ApolloServerPluginCacheControlDisabled` beside
 * it): the same `cache-control` header, written by the same rules, from {@link operationCachePolicy}
 * computed once per operation document (per request only when @skip/@include make it depend on the
 * variables). Apollo's plugin hooks every field that resolves (`willResolveField`), and the mere presence
 * of that hook makes Apollo wrap every resolver of the schema, default ones included: on a list of a few
 * hundred resolutions that per-field work was about 2-3 % of our server's CPU (docs/performance.md).
 */
export function createOperationCachePolicyPlugin(defaultMaxAge: number): ApolloServerPlugin {
  const memo = new WeakMap<DocumentNode, Map<string, Hint> | null>();
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ schema, document, operation, operationName, request, overallCachePolicy }) {
          // As Apollo's plugin: a policy some earlier hook already set is left alone.
          if (overallCachePolicy.maxAge !== undefined || overallCachePolicy.scope !== undefined) return;
          // No operation to run (several in the document and none named): execution answers 400 with the reason.
          if (!operation) return;
          let byOperation = memo.get(document);
          if (byOperation === undefined) {
            byOperation = hasConditions(document) ? null : new Map();
            memo.set(document, byOperation);
          }
          const key = operationName ?? '';
          let hint = byOperation?.get(key);
          if (!hint) {
            const fragments: Record<string, FragmentDefinitionNode> = {};
            for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
            hint = operationCachePolicy(schema, operation, fragments, request.variables ?? {}, defaultMaxAge);
            byOperation?.set(key, hint);
          }
          overallCachePolicy.restrict(hint);
        },
        // Apollo's willSendResponse, unchanged: an existing header (a response cache hit's) is honoured.
        async willSendResponse({ response, overallCachePolicy }) {
          const existing = response.http.headers.get('cache-control');
          const match = existing ? CACHEABLE_HEADER.exec(existing) : null;
          if (existing && existing !== 'no-store' && !match) return;
          const policy: Hint = {};
          replace(policy, overallCachePolicy);
          if (match) restrict(policy, { maxAge: Number(match[1]), scope: match[2] === 'public' ? 'PUBLIC' : 'PRIVATE' });
          const cacheable = policy.maxAge !== undefined && policy.maxAge !== 0;
          if (cacheable && existing !== 'no-store' && response.body.kind === 'single' && !response.body.singleResult.errors) {
            response.http.headers.set('cache-control', `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`);
          } else {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}

import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** One field a query selects on an object type: its schema name, coerced arguments and nodes. */
export interface SelectedField {
  name: string;
  args: Record<string, unknown>;
  /** Every node that asks for it (the same field can be selected in several fragments). */
  nodes: FieldNode[];
}

type Variables = GraphQLResolveInfo['variableValues'];

function included(node: Parameters<typeof getDirectiveValues>[1], variables: Variables): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * The fields selected under `nodes` on the object type `typeName`, through inline fragments and named
 * fragments, honouring @skip and @include, with arguments coerced as execution will (defaults
 * applied). Aliases of one field with different arguments come back as separate entries. A look-ahead
 * for prefetching: what it returns only guides which rows to fetch early, never what is answered.
 */
export function selectedFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], typeName: string): SelectedField[] {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return [];
  const fields = type.getFields();
  const found = new Map<string, SelectedField>();
  const visit = (set: SelectionSetNode | undefined, seenFragments: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === 'Field') {
        const def = fields[selection.name.value];
        if (!def) continue;
        const args = getArgumentValues(def, selection, info.variableValues);
        const key = `${selection.name.value}(${JSON.stringify(args)})`;
        const entry = found.get(key) ?? { name: selection.name.value, args, nodes: [] };
        entry.nodes.push(selection);
        found.set(key, entry);
      } else if (selection.kind === 'InlineFragment') {
        if (!selection.typeCondition || selection.typeCondition.name.value === typeName) visit(selection.selectionSet, seenFragments);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (!fragment || seenFragments.has(name) || fragment.typeCondition.name.value !== typeName) continue;
        visit(fragment.selectionSet, new Set([...seenFragments, name]));
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return [...found.values()];
}

import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { badInput } from '../../errors/AppError';
import type { CostModel } from './costModel';

/** Costs above this are reported as this: the query is refused either way, and JSON has no Infinity. */
export const COST_CEILING = 1e12;

/**
 * The estimated cost of one operation under `model`, after `variables` are coerced (the caller passes
 * coerced values; see createCostLimitPlugin). Linear in the document: each fragment is costed once per
 * list size it inherits. Throws BAD_USER_INPUT when a `first` is outside 1..maxFirst, naming the field.
 */
export function computeQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  model: CostModel,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const fragmentCosts = new Map<string, number>();

  const add = (a: number, b: number) => Math.min(a + b, COST_CEILING);
  const mul = (a: number, b: number) => Math.min(a * b, COST_CEILING);

  const selectionCost = (parent: GraphQLCompositeType, set: SelectionSetNode, inherited: number | null, path: string): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        total = add(total, fieldCost(parent, sel, inherited, path));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total = add(total, selectionCost(type, sel.selectionSet, inherited, path));
      } else {
        const key = `${sel.name.value}@${inherited ?? ''}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(sel.name.value);
          const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
          cost = fragment && type && isCompositeType(type) ? selectionCost(type, fragment.selectionSet, inherited, path) : 0;
          fragmentCosts.set(key, cost);
        }
        total = add(total, cost);
      }
    }
    return total;
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, inherited: number | null, parentPath: string): number => {
    const name = node.name.value;
    if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const def = parent.getFields()[name];
    if (!def) return 0;
    const path = parentPath ? `${parentPath}.${node.alias?.value ?? name}` : (node.alias?.value ?? name);
    const key = `${parent.name}.${name}`;
    const args = getArgumentValues(def, node, variables);

    const first = typeof args.first === 'number' ? args.first : null;
    if (first !== null && (first < 1 || first > model.maxFirst)) {
      throw badInput(`\`first\` on \`${path}\` must be between 1 and ${model.maxFirst}, got ${first}.`, {
        argument: 'first',
        path,
        min: 1,
        max: model.maxFirst,
        // Raised from a plugin, so Apollo needs telling that this is the client's fault.
        http: { status: 400 },
      });
    }
    const limit = typeof args.limit === 'number' ? args.limit : null;
    const steps = typeof args.maxDepth === 'number' ? args.maxDepth : typeof args.depth === 'number' ? args.depth : 0;

    const named = getNamedType(def.type);
    const traversal = mul(model.traversalStepCost, Math.max(steps, 0));
    if (!node.selectionSet || !isCompositeType(named)) return traversal;

    const sized = first ?? limit ?? model.resultCaps[key] ?? null;
    if (isListType(getNullableType(def.type))) {
      // Every object in the list counts 1, plus what is selected inside it.
      // A lookup by a list of IDs (`nodes(ids:)`) returns one item per ID.
      const byIds = Array.isArray(args.ids) ? args.ids.length : null;
      const size = byIds ?? model.listSizes[key] ?? sized ?? inherited ?? model.defaultListSize;
      return add(traversal, mul(Math.max(size, 0), add(1, selectionCost(named, node.selectionSet, null, path))));
    }
    // A connection or a traversal result: its size applies to the lists inside it (edges, nodes, entries).
    return add(add(traversal, 1), selectionCost(named, node.selectionSet, sized === null ? null : Math.max(sized, 0), path));
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost(root, operation.selectionSet, null, '');
}

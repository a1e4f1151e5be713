/**
 * GitHub's GraphQL rate-limit cost, computed from the parsed operation before it runs
 * (docs.github.com "Rate limits and node limits for the GraphQL API"): add up the requests needed to fill every
 * connection assuming each reaches its first/last limit (a nested connection needs one request per parent node),
 * divide by 100, round, and charge at least 1. The same walk enforces GitHub's paging rules: every connection needs
 * first or last (1..100), and a query may ask for at most 500,000 nodes.
 */
import {
  FragmentDefinitionNode,
  getNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  valueFromASTUntyped,
  GraphQLNamedType,
} from 'graphql';
import { GitHubError } from './access';

export interface QueryCost {
  /** Points charged: max(1, round(requests / 100)). */
  cost: number;
  /** Requests GitHub would need to fill every connection. */
  requests: number;
  nodeCount: number;
}

const MAX_PAGE = 100;
const MAX_NODES = 500_000;

export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): QueryCost {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const totals = { requests: 0, nodeCount: 0 };

  const argument = (value: ValueNode | undefined): unknown => (value ? valueFromASTUntyped(value, variables) : undefined);

  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | null | undefined, parents: number, visiting: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        walk(selection.selectionSet, type, parents, visiting);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (fragment && !visiting.has(name)) {
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), parents, new Set(visiting).add(name));
        }
        continue;
      }
      if (!parentType || !(isObjectType(parentType) || isInterfaceType(parentType))) {
        continue;
      }
      const definition = parentType.getFields()[selection.name.value];
      if (!definition) {
        continue;
      }
      const type = getNamedType(definition.type);
      let multiplier = parents;
      const isConnection = type.name.endsWith('Connection') && definition.args.some((a) => a.name === 'first');
      if (isConnection) {
        const byName = (name: string) => argument(selection.arguments?.find((a) => a.name.value === name)?.value);
        const first = byName('first');
        const last = byName('last');
        const size = typeof first === 'number' ? first : typeof last === 'number' ? last : undefined;
        const name = selection.name.value;
        if (size === undefined) {
          throw new GitHubError(
            'MISSING_PAGINATION_BOUNDARIES',
            `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
          );
        }
        if (size > MAX_PAGE || size < 0) {
          throw new GitHubError(
            'EXCESSIVE_PAGINATION',
            `Requesting ${size} records on the \`${name}\` connection exceeds the \`${typeof first === 'number' ? 'first' : 'last'}\` limit of ${MAX_PAGE} records.`,
          );
        }
        totals.requests += parents;
        totals.nodeCount += parents * size;
        multiplier = parents * size;
      }
      if (selection.selectionSet) {
        walk(selection.selectionSet, type, multiplier, visiting);
      }
    }
  };

  walk(operation.selectionSet, root, 1, new Set());
  if (totals.nodeCount > MAX_NODES) {
    throw new GitHubError(
      'MAX_NODE_LIMIT_EXCEEDED',
      `This query requests up to ${totals.nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`,
    );
  }
  return { cost: Math.max(1, Math.round(totals.requests / 100)), ...totals };
}

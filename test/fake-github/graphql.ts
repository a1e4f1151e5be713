/**
 * Running one GraphQL request the way GitHub does: parse and validate against GitHub's schema (with or without the
 * live-only items(query:) argument), price it, charge the token's budget, execute over the in-memory state, and
 * report errors in GitHub's shape (`type` next to `message`, no `data` when the request never ran).
 */
import {
  DocumentNode,
  execute,
  FragmentDefinitionNode,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { GitHubError, Viewer } from './access';
import { queryCost, QueryCost } from './cost';
import { RequestContext } from './resolvers/context';
import { fieldResolver, typeResolver } from './resolvers/index';
import { githubSchema } from './schema';
import { GitHubState } from './state';
import { Switches } from './switches';
import { isoDate } from './time';

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

interface ErrorJson {
  type?: string;
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse {
  body: { data?: unknown; errors?: ErrorJson[] };
  operationName?: string;
  cost?: number;
}

/** A request that parsed and validated, ready to run; the server checks `isMutation` before deciding on faults. */
export interface PreparedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName?: string;
  variables: Record<string, unknown>;
  isMutation: boolean;
}

export function prepareGraphQL(request: GraphQLRequestBody, switches: Switches): PreparedOperation | GraphQLResponse {
  if (typeof request.query !== 'string' || !request.query.trim()) {
    return { body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] } };
  }
  const schema = githubSchema({ itemsQuery: switches.itemsQuery, issueDependencies: switches.issueDependencies, projectItemHistory: switches.projectItemHistory });
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    const syntax = error as GraphQLError;
    return { body: { errors: [{ message: syntax.message, locations: syntax.locations }] } };
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  const name = operation?.name?.value ?? operationName;
  const invalid = validate(schema, document);
  if (invalid.length > 0) {
    return { operationName: name, body: { errors: invalid.map(githubValidationError) } };
  }
  if (!operation) {
    return { operationName: name, body: { errors: [{ message: 'An operation name is required when the document has several operations.' }] } };
  }
  const variables = typeof request.variables === 'object' && request.variables !== null ? (request.variables as Record<string, unknown>) : {};
  return { schema, document, operation, operationName: name, variables, isMutation: operation.operation === 'mutation' };
}

/** graphql-js words two common validation errors differently from GitHub; the rest pass through. */
function githubValidationError(error: GraphQLError): ErrorJson {
  const unknownArgument = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\.$/.exec(error.message);
  if (unknownArgument) {
    const [, argument, typeName, fieldName] = unknownArgument;
    return {
      path: [],
      extensions: { code: 'argumentNotAccepted', name: fieldName, typeName: 'Field', argumentName: argument, parentType: typeName },
      locations: error.locations,
      message: `Field '${fieldName}' doesn't accept argument '${argument}'`,
    };
  }
  const unknownField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(error.message);
  if (unknownField) {
    const [, fieldName, typeName] = unknownField;
    return {
      path: [],
      extensions: { code: 'undefinedField', typeName, fieldName },
      locations: error.locations,
      message: `Field '${fieldName}' doesn't exist on type '${typeName}'`,
    };
  }
  return { message: error.message, locations: error.locations };
}

export interface ExecutionEnvironment {
  state: GitHubState;
  viewer: Viewer;
  origin: string;
  switches: Switches;
}

export async function executeGraphQL(prepared: PreparedOperation, env: ExecutionEnvironment): Promise<GraphQLResponse> {
  const { operationName } = prepared;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of prepared.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments[definition.name.value] = definition;
    }
  }
  let price: QueryCost;
  try {
    price = queryCost(prepared.schema, prepared.operation, fragments, prepared.variables);
  } catch (error) {
    return { operationName, body: { errors: [errorJson(error as Error)] } };
  }
  const now = env.state.now();
  const budget = env.viewer.token.budgets.graphql;
  if (now >= budget.resetAt) {
    budget.used = 0;
    budget.resetAt = new Date(now.getTime() + 3_600_000);
  }
  const dryRun = isDryRun(prepared);
  if (!dryRun && budget.used + price.cost > budget.limit) {
    return { operationName, cost: price.cost, body: { errors: [rateLimitedError(env.viewer)] } };
  }
  if (!dryRun) {
    budget.used += price.cost;
  }
  const context: RequestContext = {
    ...env.viewer,
    state: env.state,
    origin: env.origin,
    switches: env.switches,
    today: isoDate(now),
    rateLimit: {
      cost: price.cost,
      nodeCount: price.nodeCount,
      limit: budget.limit,
      used: budget.used,
      remaining: budget.limit - budget.used,
      resetAt: budget.resetAt,
    },
  };
  const result = await execute({
    schema: prepared.schema,
    document: prepared.document,
    operationName: prepared.operation.name?.value,
    variableValues: prepared.variables,
    contextValue: context,
    fieldResolver,
    typeResolver,
  });
  const body: GraphQLResponse['body'] = { data: result.data ?? null };
  if (result.errors?.length) {
    body.errors = result.errors.map(errorJson);
  }
  return { operationName, cost: price.cost, body };
}

function isDryRun(prepared: PreparedOperation): boolean {
  return prepared.operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value === 'rateLimit' && s.arguments?.some((a) => a.name.value === 'dryRun' && a.value.kind === Kind.BOOLEAN && a.value.value),
  );
}

export function rateLimitedError(viewer: Viewer): ErrorJson {
  return { type: 'RATE_LIMITED', message: `API rate limit exceeded for user ID ${viewer.user.databaseId}.` };
}

function errorJson(error: Error): ErrorJson {
  const graphqlError = error instanceof GraphQLError ? error : undefined;
  const original = graphqlError?.originalError ?? error;
  return {
    ...(original instanceof GitHubError ? { type: original.type } : {}),
    ...(graphqlError?.path ? { path: graphqlError.path } : {}),
    ...(graphqlError?.locations ? { locations: graphqlError.locations } : {}),
    message: original.message,
  };
}

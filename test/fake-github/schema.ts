import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, GraphQLSchema } from 'graphql';
import { ISSUE_DEPENDENCIES_SDL } from './dependencies';
import { PROJECT_ITEM_HISTORY_SDL } from './projectItemHistory';

export interface SchemaOptions {
  /** Add the live-only `query` argument to ProjectV2.items, as github.com has it. */
  itemsQuery?: boolean;
  /** Add GitHub's native issue dependencies (Issue.blockedBy, addBlockedBy, removeBlockedBy). */
  issueDependencies?: boolean;
  /** Add the project-item history github.com records on timelines (ProjectV2ItemStatusChangedEvent). */
  projectItemHistory?: boolean;
}

let publishedSdl: string | undefined;

/** GitHub's published schema (npm @octokit/graphql-schema), optionally with the live-only arguments added. */
export function githubSchemaSdl(options: SchemaOptions = {}): string {
  publishedSdl ??= readFileSync(publishedSchemaPath(), 'utf8');
  let sdl = publishedSdl;
  if (options.itemsQuery) {
    sdl = addArgument(sdl, 'ProjectV2', 'items', 'query: String');
  }
  if (options.issueDependencies) {
    sdl += ISSUE_DEPENDENCIES_SDL;
  }
  if (options.projectItemHistory) {
    sdl += PROJECT_ITEM_HISTORY_SDL;
  }
  return sdl;
}

const cache = new Map<string, GraphQLSchema>();

export function githubSchema(options: SchemaOptions = {}): GraphQLSchema {
  const key = JSON.stringify({ itemsQuery: !!options.itemsQuery, issueDependencies: !!options.issueDependencies, projectItemHistory: !!options.projectItemHistory });
  let schema = cache.get(key);
  if (!schema) {
    schema = buildSchema(githubSchemaSdl(options), { assumeValidSDL: true });
    cache.set(key, schema);
  }
  return schema;
}

function addArgument(sdl: string, typeName: string, fieldName: string, argument: string): string {
  const typeStart = sdl.search(new RegExp(`^type ${typeName} implements[^{]*\\{`, 'm'));
  if (typeStart < 0) {
    throw new Error(`type ${typeName} not found in the published schema`);
  }
  const fieldStart = sdl.indexOf(`\n  ${fieldName}(\n`, typeStart);
  const typeEnd = sdl.indexOf('\n}\n', typeStart);
  if (fieldStart < 0 || fieldStart > typeEnd) {
    throw new Error(`${typeName}.${fieldName} not found in the published schema`);
  }
  const insertAt = fieldStart + `\n  ${fieldName}(\n`.length;
  return `${sdl.slice(0, insertAt)}    ${argument}\n${sdl.slice(insertAt)}`;
}

/** The package exports only its JS entry, so the SDL file is found by walking up to node_modules. */
function publishedSchemaPath(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
    if (existsSync(candidate)) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error('@octokit/graphql-schema is not installed; run npm install.');
    }
  }
}

/**
 * Resolvers by GraphQL type and field. Fields without one read the record's property of the same name (the
 * graphql-js default, which also calls functions); Dates become GitHub's DateTime strings; a record's `kind` is its
 * concrete type for unions and interfaces.
 */
import { defaultFieldResolver, GraphQLFieldResolver, GraphQLTypeResolver } from 'graphql';
import { RequestContext, Resolver } from './context';
import { discussionMutations, discussionResolvers, repositoryDiscussionResolvers } from './discussions';
import { issueResolvers } from './issues';
import { mutation } from './mutations';
import { ownerResolvers } from './owners';
import { projectResolvers } from './project';
import { timelineResolvers } from './timeline';
import { isoDateTime } from '../time';

const RESOLVERS: Record<string, Record<string, Resolver<never>>> = {
  ...ownerResolvers,
  ...projectResolvers,
  ...issueResolvers,
  ...timelineResolvers,
  ...discussionResolvers,
  Repository: { ...issueResolvers.Repository, ...repositoryDiscussionResolvers },
  Mutation: { ...mutation, ...discussionMutations },
};

export const fieldResolver: GraphQLFieldResolver<unknown, RequestContext> = (source, args, context, info) => {
  const own = RESOLVERS[info.parentType.name]?.[info.fieldName] as Resolver<unknown> | undefined;
  const value = own ? own(source, args, context) : defaultFieldResolver(source, args, context, info);
  return value instanceof Date ? isoDateTime(value) : value;
};

export const typeResolver: GraphQLTypeResolver<unknown, RequestContext> = (value) =>
  typeof value === 'object' && value !== null && 'kind' in value ? String(value.kind) : undefined;

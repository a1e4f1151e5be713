/** Which arguments the server's ProjectV2 fields take: tells whether items(query:) is available. */
export const ProjectItemsArgumentsQuery = /* GraphQL */ `
query ProjectItemsArguments {
  __type(name: "ProjectV2") {
    fields { name args { name } }
  }
}`;

const ProjectSummaryFragment = /* GraphQL */ `
fragment ProjectSummary on ProjectV2 {
  title
  url
  number
  closed
  updatedAt
  shortDescription
}`;

/** The signed-in user's recent projects and those of their organizations, for "Select Project". */
export const ViewerProjectsQuery = /* GraphQL */ `
query ViewerProjects {
  viewer {
    login
    projectsV2(first: 20, orderBy: { field: UPDATED_AT, direction: DESC }) {
      nodes { ...ProjectSummary }
    }
    organizations(first: 25) {
      nodes {
        login
        projectsV2(first: 20, orderBy: { field: UPDATED_AT, direction: DESC }) {
          nodes { ...ProjectSummary }
        }
      }
    }
  }
}
${ProjectSummaryFragment}`;

export const ViewerQuery = /* GraphQL */ `
query Viewer {
  viewer { login name }
}`;

/**
 * Example operations, preloaded in the development playground (GraphiQL, one tab each;
 * EXAMPLES_DOCUMENT holds them all as one document). tests/api/examples.test.ts runs each one
 * against the seeded graph, so they keep working as the schema grows.
 */
export interface Example {
  /** The operation's name in the document. */
  name: string;
  /** The question it answers. */
  question: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: readonly Example[] = [
  {
    name: 'TrumpAndNetanyahuOnIran',
    question: 'Which positions do Trump and Netanyahu hold on Iran (the issue and all its sub-issues)?',
    query: /* GraphQL */ `
query TrumpAndNetanyahuOnIran {
  trump: stances(first: 50, filter: { holder: "donald-trump", issue: "iran-policy", includeSubIssues: true }) {
    totalCount
    edges { node { issue { name } stance attribution asOf position quote } }
  }
  netanyahu: stances(first: 50, filter: { holder: "benjamin-netanyahu", issue: "iran-policy", includeSubIssues: true }) {
    totalCount
    edges { node { issue { name } stance attribution asOf position quote } }
  }
}`,
  },
  {
    name: 'CompareTrumpAndNetanyahu',
    question: 'Where do Trump and Netanyahu agree, and where do they diverge?',
    query: /* GraphQL */ `
query CompareTrumpAndNetanyahu {
  compare(a: "donald-trump", b: "benjamin-netanyahu") {
    a { name }
    b { name }
    divergences {
      issue { id name }
      latestA { stance asOf position }
      latestB { stance asOf position }
    }
    agreements {
      issue { id name }
      latestA { stance asOf }
      latestB { stance asOf }
    }
  }
}`,
  },
  {
    name: 'WhoAttendedTheFeb11Meeting',
    // The sources announce this meeting, so its status is PLANNED and its attendees expected ones.
    question: 'Who is expected at the 11 February 2026 White House meeting (status PLANNED), and what is on the table?',
    query: /* GraphQL */ `
query WhoAttendedTheFeb11Meeting {
  event(id: "netanyahu-trump-white-house-meeting-2026-02-11") {
    name
    date
    status
    location
    attendees {
      role
      attendee { __typename id name }
      sources { title publisher }
    }
    issues { id name }
  }
}`,
  },
  {
    name: 'SourcesOfAStance',
    question: "Which sources back Trump's stance on West Bank annexation?",
    query: /* GraphQL */ `
query SourcesOfAStance {
  actor(id: "donald-trump") {
    name
    stances(issue: "west-bank-annexation") {
      id
      stance
      position
      quote
      sources { id title publisher publishedAt }
    }
  }
}`,
  },
  {
    name: 'NetanyahuNeighbourhood',
    question: "Netanyahu's neighbourhood as nodes and edges, ready for a graph library.",
    query: /* GraphQL */ `
query NetanyahuNeighbourhood {
  graph(ids: ["benjamin-netanyahu"], depth: 1, limit: 100, types: [HOLDS_STANCE, ATTENDED, AFFILIATED_WITH]) {
    truncated
    nodes { id kind label }
    edges { id type source target label }
  }
}`,
  },
  {
    name: 'PagedOpposingStances',
    question: 'Every OPPOSES claim, newest first, five at a time (pass endCursor as $after for the next page).',
    query: /* GraphQL */ `
query PagedOpposingStances($after: String) {
  stances(first: 5, after: $after, filter: { stance: OPPOSES }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id holder { name } issue { name } asOf position }
    }
  }
}`,
    variables: { after: null },
  },
  {
    name: 'SearchMarALago',
    question: 'Full-text search: what mentions Mar-a-Lago?',
    query: /* GraphQL */ `
query SearchMarALago {
  search(text: "Mar-a-Lago", first: 5) {
    score
    node {
      __typename
      id
      ... on Event { name date }
      ... on Stakeholder { name }
      ... on Issue { name }
      ... on Source { title }
    }
  }
}`,
  },
];

/** All the examples as one document, the way the playground shows them. */
export const EXAMPLES_DOCUMENT = EXAMPLES.map((e) => `# ${e.question}${e.query}`).join('\n\n') + '\n';
/** The variables the examples use, merged (their names do not clash). */
export const EXAMPLES_VARIABLES = Object.assign({}, ...EXAMPLES.map((e) => e.variables ?? {})) as Record<string, unknown>;

// The stancegraph explorer: search, draw a neighbourhood, expand it, read a claim's sources.
// Plain ES modules, no build step: Cytoscape.js is served by the API from node_modules.
import cytoscape from './vendor/cytoscape.esm.min.mjs';

const STANCE_COLOURS = { SUPPORTS: '#1a7f37', OPPOSES: '#cf222e', CONDITIONAL: '#bf8700', MIXED: '#8250df' };
const NODE_COLOURS = { ACTOR: '#0969da', ORGANIZATION: '#54aeff', ISSUE: '#e16f24', EVENT: '#6e7781', SOURCE: '#afb8c1' };

const $ = (selector) => document.querySelector(selector);
const checked = (fieldset) => [...document.querySelectorAll(`${fieldset} input:checked`)].map((i) => i.value);

/** POSTs one GraphQL operation; API errors are thrown with their code, to be shown in the page. */
async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors?.length) {
    const [e] = body.errors;
    throw new Error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
  }
  return body.data;
}

function status(text, isError = false) {
  $('#status').textContent = text;
  $('#status').classList.toggle('error', isError);
}

// Also on window, to poke at from the console (and for the browser tests).
const cy = (window.cy = cytoscape({
  container: $('#graph'),
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': '130px',
        'background-color': (n) => NODE_COLOURS[n.data('kind')],
      },
    },
    { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#ccc', 'target-arrow-color': '#ccc' } },
    { selector: 'edge[type = "HOLDS_STANCE"]', style: { width: 3, 'line-color': (e) => STANCE_COLOURS[e.data('label')], 'target-arrow-color': (e) => STANCE_COLOURS[e.data('label')] } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111', 'line-style': 'dashed' } },
  ],
}));

/** The nodes whose neighbourhoods are drawn: redrawn from these when the relationship filter changes. */
let expanded = [];
/** Set by the first thing the reader does, so the opening view, if slower, does not draw over it. */
let touched = false;
const touch = () => { touched = true; };

const NEIGHBOURHOOD = `query Neighbourhood($ids: [ID!]!, $types: [EdgeType!]) {
  graph(ids: $ids, depth: 1, limit: 300, types: $types) {
    truncated
    nodes { id kind label }
    edges { id type source target label }
  }
}`;

/**
 * Adds the neighbourhood of `ids` to the drawing (or replaces the drawing), then lays it out.
 * `types` are the relationships fetched: the filter's by default.
 */
async function draw(ids, { replace = false, types = checked('#edge-types'), opening = false } = {}) {
  status('Loading…');
  try {
    const { graph } = await graphql(NEIGHBOURHOOD, { ids, types });
    if (opening && touched) return;
    if (replace) cy.elements().remove();
    cy.add(graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ data: n })));
    cy.add(graph.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ data: e })));
    applyStanceFilter();
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 80 }).run();
    status(`${cy.nodes().length} nodes, ${cy.edges().length} edges${graph.truncated ? ' (cut at the limit)' : ''}`);
  } catch (e) {
    if (!(opening && touched)) status(e.message, true);
  }
}

/** What the drawing shows, in words, above it. */
function caption(text) {
  $('#view').textContent = text;
}

const TOP_STAKEHOLDERS = `query TopStakeholders($first: Int!) { topStakeholders(first: $first) { id name } }`;
const OPENING_SIZE = 5;

/**
 * The opening view, so the page never starts on an empty canvas: the actors and organizations
 * holding the most claims (topStakeholders) and their stances, nothing else. Searching,
 * clicking or changing a filter first wins over it.
 */
async function openingView() {
  try {
    const { topStakeholders } = await graphql(TOP_STAKEHOLDERS, { first: OPENING_SIZE });
    if (touched || topStakeholders.length === 0) return;
    caption(`Opening view: the ${topStakeholders.length} actors and organizations holding the most claims, and their stances: ` +
      `${topStakeholders.map((h) => h.name).join(', ')}. Search to draw any other neighbourhood.`);
    await draw(topStakeholders.map((h) => h.id), { replace: true, types: ['HOLDS_STANCE'], opening: true });
  } catch (e) {
    if (!touched) status(e.message, true);
  }
}

/** Stance kinds are hidden in the page: every claim is already drawn. */
function applyStanceFilter() {
  const kinds = checked('#stance-kinds');
  cy.edges('[type = "HOLDS_STANCE"]').forEach((e) => e.style('display', kinds.includes(e.data('label')) ? 'element' : 'none'));
}

/**
 * `/explore?focus=<id>` opens on that node's neighbourhood, the node selected: the curator's
 * page links here once a proposal is accepted.
 */
async function openFocus(id) {
  touch();
  caption(`The neighbourhood of ${id}.`);
  expanded = [id];
  await draw(expanded, { replace: true });
  const node = cy.getElementById(id);
  if (node.nonempty()) {
    node.select();
    showNode(node);
  } else {
    status(`NOT_FOUND: ${id} is not in the graph`, true);
  }
}

const CLAIM = `query Claim($holder: ID!, $issue: ID!) {
  node(id: $holder) {
    ... on Stakeholder {
      name
      stances(issue: $issue) { id stance position attribution asOf quote issue { name } sources { title publisher publishedAt } }
    }
  }
}`;

/** Shows one claim in the side panel: its position, attribution, date and sources. */
async function showClaim(edge) {
  try {
    const { node } = await graphql(CLAIM, { holder: edge.data('source'), issue: edge.data('target') });
    const claim = node?.stances.find((s) => s.id === edge.id());
    if (!claim) throw new Error(`NOT_FOUND: claim ${edge.id()} is no longer in the graph`);
    const panel = $('#panel');
    panel.replaceChildren();
    const add = (tag, text, className) => {
      const el = document.createElement(tag);
      el.textContent = text;
      if (className) el.className = className;
      return panel.appendChild(el);
    };
    add('h2', `${node.name}: ${claim.issue.name}`);
    add('p', claim.stance.toLowerCase(), claim.stance.toLowerCase());
    add('p', claim.position);
    if (claim.quote) add('blockquote', `“${claim.quote}”`);
    add('p', `${claim.attribution.toLowerCase()}, as of ${claim.asOf ?? 'an unknown date'}`, 'hint');
    add('h3', 'Sources');
    const list = add('ul', '');
    for (const s of claim.sources) {
      const li = document.createElement('li');
      li.textContent = [s.title, s.publisher, s.publishedAt].filter(Boolean).join(', ');
      list.appendChild(li);
    }
  } catch (e) {
    status(e.message, true);
  }
}

function showNode(node) {
  const panel = $('#panel');
  panel.replaceChildren();
  const h2 = panel.appendChild(document.createElement('h2'));
  h2.textContent = node.data('label');
  const p = panel.appendChild(document.createElement('p'));
  p.className = 'hint';
  p.textContent = `${node.data('kind').toLowerCase()} · ${node.id()} · double-click to expand`;
}

cy.on('tap', 'node', (event) => showNode(event.target));
cy.on('tap', 'edge[type = "HOLDS_STANCE"]', (event) => showClaim(event.target));
cy.on('tap', touch);
cy.on('dbltap', 'node', (event) => {
  expanded = [...new Set([...expanded, event.target.id()])];
  draw([event.target.id()]);
});

$('#edge-types').addEventListener('change', () => {
  touch();
  if (expanded.length) draw(expanded, { replace: true });
});
$('#stance-kinds').addEventListener('change', applyStanceFilter);

$('#search').addEventListener('submit', async (event) => {
  event.preventDefault();
  touch();
  status('Searching…');
  try {
    const { search } = await graphql(
      `query Search($text: NonEmptyString!) { search(text: $text, first: 10) { node { __typename id ... on Stakeholder { name } ... on Issue { name } ... on Event { name } ... on Source { title } } } }`,
      { text: $('#search-text').value },
    );
    $('#results').replaceChildren(
      ...search.map(({ node }) => {
        const li = document.createElement('li');
        const button = li.appendChild(document.createElement('button'));
        button.textContent = `${node.name ?? node.title} (${node.__typename.toLowerCase()})`;
        button.addEventListener('click', () => {
          caption(`The neighbourhood of ${node.name ?? node.title}.`);
          expanded = [node.id];
          draw(expanded, { replace: true });
        });
        return li;
      }),
    );
    status(search.length ? `${search.length} results: pick one to draw its neighbourhood` : 'No match.');
  } catch (e) {
    status(e.message, true);
  }
});

// A link with ?focus=<id> (the curator's page gives one) opens on that node instead.
const focus = new URLSearchParams(location.search).get('focus');
if (focus) openFocus(focus);
else openingView();

// Not here yet: live additions. The graphChanged subscription (docs/live.md) could bring, over
// graphql-ws, what changes around the nodes on screen, for cy.add().

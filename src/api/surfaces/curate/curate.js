// The curator's page: pick a draft, read its article with the mentions highlighted, and
// accept (possibly edited) or reject its proposals. Plain ES module, no build step: every
// read and write is one GraphQL operation on /graphql, with the curator's key when given.

const $ = (selector) => document.querySelector(selector);

/** Creates an element with its text and class; children are appended by the caller. */
function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (className) e.className = className;
  return e;
}

// The key lives in sessionStorage: it survives a reload but not the tab, as GraphiQL keeps
// headers unpersisted; it is never put in a URL or localStorage.
const KEY_STORAGE = 'stancegraph.curatorKey';
const key = () => sessionStorage.getItem(KEY_STORAGE) ?? '';

/** An API error, with its code (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, ...), to show as it came. */
class ApiError extends Error {
  constructor(code, message) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

/** POSTs one GraphQL operation, with `Authorization: Bearer <key>` when a key is set. */
async function graphql(query, variables) {
  const headers = { 'content-type': 'application/json' };
  if (key()) headers.authorization = `Bearer ${key()}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
  if (body.errors?.length) {
    const [e] = body.errors;
    throw new ApiError(e.extensions?.code ?? 'ERROR', e.message);
  }
  return body.data;
}

function status(text, isError = false) {
  $('#status').textContent = text;
  $('#status').classList.toggle('error', isError);
}

// ---------------------------------------------------------------------------------------
// The credential
// ---------------------------------------------------------------------------------------

function showKeyState() {
  $('#key-state').textContent = key() ? 'Key in use for this tab (sent as a Bearer token).' : 'No key: reading only.';
  $('#key').value = key();
}

$('#credential').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = $('#key').value.trim();
  if (value) sessionStorage.setItem(KEY_STORAGE, value);
  else sessionStorage.removeItem(KEY_STORAGE);
  showKeyState();
});
$('#key-forget').addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORAGE);
  showKeyState();
});

// ---------------------------------------------------------------------------------------
// The queue
// ---------------------------------------------------------------------------------------

const DRAFTS = `query Drafts { drafts(first: 100) {
  totalCount
  edges { node { source { id title publishedAt } counts { pending accepted rejected } } }
} }`;

/** The source whose draft is open, also in the URL (`/curate?source=<id>`) so it can be linked to. */
let current = new URLSearchParams(location.search).get('source');

async function loadQueue() {
  try {
    const { drafts } = await graphql(DRAFTS);
    $('#queue-count').textContent = drafts.totalCount
      ? `${drafts.totalCount} with proposals pending${drafts.totalCount > drafts.edges.length ? ` (the first ${drafts.edges.length})` : ''}`
      : 'No draft has proposals pending.';
    $('#drafts').replaceChildren(
      ...drafts.edges.map(({ node }) => {
        const li = el('li');
        const button = li.appendChild(el('button', node.source.title));
        button.type = 'button';
        button.dataset.source = node.source.id;
        button.setAttribute('aria-current', String(node.source.id === current));
        const { pending, accepted, rejected } = node.counts;
        button.appendChild(el('span', `${node.source.publishedAt ?? 'undated'} · ${pending} pending, ${accepted} accepted, ${rejected} rejected`, 'counts'));
        button.addEventListener('click', () => openDraft(node.source.id));
        return li;
      }),
    );
  } catch (e) {
    status(e.message, true);
  }
}

$('#refresh').addEventListener('click', loadQueue);

// ---------------------------------------------------------------------------------------
// One draft: the article and its proposals
// ---------------------------------------------------------------------------------------

const DRAFT = `query Draft($source: ID!) { draft(source: $source) {
  source { id title publishedAt publisher }
  text url warnings
  counts { pending accepted rejected }
  mentions { id kind name new spans { start end } }
  proposals {
    id kind status confidence payload target dependsOn result reason decidedBy edits existing
    eventStatus { current atDraft proposed changes }
    quotedIn { id }
    evidence { sentence start end rule confidence }
  }
} }`;

/** The open draft as last read, the proposal whose evidence is highlighted, and what each action answered. */
let draft = null;
let selected = null;
/** Id -> name of what the draft mentions or proposes, so a proposal reads in names, not slugs. */
let names = new Map();
const nameOf = (id) => names.get(id) ?? id;
/** Proposal id -> { text, error, link }: kept across redraws, so an answer stays next to its proposal. */
const notes = new Map();

async function openDraft(source, { keepNotes = false } = {}) {
  if (source !== current) {
    current = source;
    selected = null;
    history.replaceState(null, '', `?source=${encodeURIComponent(source)}`);
  }
  if (!keepNotes) notes.clear();
  for (const b of document.querySelectorAll('#drafts button')) b.setAttribute('aria-current', String(b.dataset.source === source));
  status('Loading the draft…');
  try {
    const data = await graphql(DRAFT, { source });
    if (!data.draft) throw new ApiError('NOT_FOUND', `source ${JSON.stringify(source)} has no draft (it was not ingested)`);
    draft = data.draft;
    names = new Map([
      ...draft.mentions.map((m) => [m.id, m.name]),
      ...draft.proposals.filter((p) => p.kind === 'ENTITY' || p.kind === 'EVENT').map((p) => [p.payload.id, p.payload.name]),
    ]);
    renderArticle();
    renderProposals();
    const { pending, accepted, rejected } = draft.counts;
    status(`${draft.source.title}: ${pending} pending, ${accepted} accepted, ${rejected} rejected.`);
  } catch (e) {
    status(e.message, true);
  }
}

/**
 * The article with its mentions marked and the selected proposal's evidence outlined. Mentions
 * may overlap ("Netanyahu's office" and "Netanyahu"): the earlier, longer one is kept.
 */
function renderArticle() {
  const { text } = draft;
  const spans = draft.mentions
    .flatMap((m) => m.spans.map((s) => ({ ...s, mention: m })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = [];
  for (const s of spans) if (!marks.length || s.start >= marks[marks.length - 1].end) marks.push(s);
  const evidence = selected?.evidence;
  const cuts = new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])]);
  if (evidence) cuts.add(evidence.start).add(evidence.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const body = el('div');
  body.id = 'text';
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (m < marks.length && marks[m].end <= start) m++;
    const mark = marks[m] && marks[m].start <= start && end <= marks[m].end ? marks[m] : null;
    const inEvidence = evidence && evidence.start <= start && end <= evidence.end;
    const piece = text.slice(start, end);
    let node;
    if (mark) {
      node = el('mark', piece, `mention${mark.mention.new ? ' new' : ''}`);
      node.title = `${mark.mention.name} (${mark.mention.kind.toLowerCase()}${mark.mention.new ? ', new' : ''}: ${mark.mention.id})`;
      node.dataset.entity = mark.mention.id;
    } else {
      node = inEvidence ? el('span', piece) : document.createTextNode(piece);
    }
    if (inEvidence) node.classList.add('evidence');
    body.appendChild(node);
  }

  const article = $('#article');
  const { source } = draft;
  article.replaceChildren(el('h2', source.title));
  article.appendChild(el('p', [source.publisher, source.publishedAt ?? 'no publication date', source.id].filter(Boolean).join(' · '), 'hint'));
  for (const w of draft.warnings) article.appendChild(el('p', w, 'warning'));
  const legend = article.appendChild(el('p', null, 'hint legend'));
  legend.append(el('mark', 'known entity', 'mention'), ' ', el('mark', 'new entity', 'mention new'), ' ', el('span', 'evidence of the selected proposal', 'evidence'));
  article.appendChild(body);
  body.querySelector('.evidence')?.scrollIntoView({ block: 'center' });
}

const KIND_TITLES = { ENTITY: 'entities', EVENT: 'events', ATTENDANCE: 'attendances', AFFILIATION: 'affiliations', STANCE: 'stances', QUOTE: 'quotes' };

/** One line saying what a proposal would add, in the draft's terms. */
function summary(p) {
  const x = p.payload;
  switch (p.kind) {
    case 'ENTITY':
      // A known entity's proposal is its mention: accepting links the source to it.
      if (p.existing) return `${x.name} (${String(x.kind).toLowerCase()}, in the graph as ${x.id}): mentioned in this article`;
      return `${x.name} (${String(x.kind).toLowerCase()}${x.title ? `, ${x.title}` : ''}) as ${x.id}`;
    case 'EVENT':
      if (p.existing) return `${x.name} (in the graph as ${x.id}): mentioned in this article`;
      return `${x.name}: ${String(x.kind).toLowerCase()}, ${String(x.status).toLowerCase()}, ${x.date ?? 'undated'}${x.location ? `, ${x.location}` : ''}`;
    case 'ATTENDANCE': return `${nameOf(x.holder)} attended ${nameOf(x.event)}${x.role ? ` (${x.role})` : ''}`;
    case 'AFFILIATION': return `${nameOf(x.actor)} with ${nameOf(x.organization)}${x.role ? ` (${x.role})` : ''}`;
    case 'STANCE': return `${nameOf(x.holder)} ${String(x.stance).toLowerCase()} ${nameOf(x.issue)} (${String(x.attribution).toLowerCase()}, as of ${x.asOf ?? 'unknown'})`;
    case 'QUOTE': return `${x.speaker ? nameOf(x.speaker) : 'unknown speaker'}: “${x.text}”`;
    default: return p.id;
  }
}

/** The node the explorer should open on once a proposal is accepted (its holder for an edge or a claim). */
function focusOf(p) {
  const x = { ...p.payload, ...(p.edits ?? {}) };
  switch (p.kind) {
    case 'ENTITY': case 'EVENT': return p.result ?? x.id;
    case 'ATTENDANCE': case 'STANCE': return x.holder;
    case 'AFFILIATION': return x.actor;
    case 'QUOTE': return x.speaker;
    default: return null;
  }
}

const CHOICES = {
  stance: ['SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'MIXED'],
  attribution: ['STATED', 'REPORTED', 'ASSESSED'],
  status: ['PLANNED', 'HELD', 'CANCELLED'],
};

/**
 * The fields a curator may edit per kind (ProposalEdits in schema.graphql), each with the
 * payload value it starts from. An edit is sent only for a field the curator changed.
 */
const EDITABLE_EXISTING = {
  ENTITY: (x) => ({ id: x.id }),
  EVENT: (x) => ({ id: x.id, status: x.status }),
};
const EDITABLE = {
  // Each kind of entity offers its own fields: a title for a person, a kind for an
  // organization, a broader issue or organization (parent) to sit under.
  ENTITY: (x) =>
    x.kind === 'ACTOR'
      ? { id: x.id, name: x.name, title: x.title, description: x.description }
      : x.kind === 'ORGANIZATION'
        ? { id: x.id, name: x.name, orgKind: x.orgKind, parent: x.parent, description: x.description }
        : { id: x.id, name: x.name, parent: x.parent, description: x.description },
  EVENT: (x) => ({ id: x.id, name: x.name, eventKind: x.kind?.toLowerCase(), status: x.status, date: x.date, location: x.location, description: x.description }),
  QUOTE: (x) => ({ speaker: x.speaker }),
  ATTENDANCE: (x) => ({ holder: x.holder, event: x.event, role: x.role }),
  AFFILIATION: (x) => ({ actor: x.actor, organization: x.organization, role: x.role }),
  STANCE: (x) => ({ holder: x.holder, issue: x.issue, stance: x.stance, attribution: x.attribution, asOf: x.asOf, position: x.position, quote: x.quote }),
};

function renderProposals() {
  const panel = $('#proposals');
  panel.replaceChildren();
  const bulk = panel.appendChild(el('form'));
  bulk.id = 'bulk';
  bulk.append(el('label', 'Accept every pending proposal with confidence ≥ '));
  const min = bulk.appendChild(el('input'));
  Object.assign(min, { type: 'number', min: '0', max: '1', step: '0.05', value: '0.8', id: 'min-confidence' });
  bulk.firstChild.htmlFor = 'min-confidence';
  bulk.appendChild(el('button', 'Accept all above'));
  const bulkNote = bulk.appendChild(el('p', null, 'note'));
  bulkNote.hidden = true;
  bulk.addEventListener('submit', (event) => {
    event.preventDefault();
    acceptAll(Number(min.value), bulkNote);
  });

  for (const kind of ['ENTITY', 'EVENT', 'ATTENDANCE', 'AFFILIATION', 'STANCE', 'QUOTE']) {
    const ofKind = draft.proposals.filter((p) => p.kind === kind);
    if (!ofKind.length) continue;
    const section = panel.appendChild(el('section'));
    section.dataset.kind = kind;
    section.appendChild(el('h3', `${KIND_TITLES[kind]} (${ofKind.length})`));
    for (const p of ofKind) section.appendChild(proposalCard(p));
  }
}

function proposalCard(p) {
  const card = el('article', null, `proposal ${p.status}${selected?.id === p.id ? ' selected' : ''}`);
  card.dataset.id = p.id;
  const head = card.appendChild(el('div', summary(p), 'summary'));
  head.appendChild(el('span', p.status.toLowerCase(), 'badge'));
  if (p.evidence) {
    if (p.kind !== 'QUOTE') card.appendChild(el('blockquote', p.evidence.sentence));
    card.appendChild(el('div', `rule ${p.evidence.rule} · confidence ${p.confidence.toFixed(2)}`, 'meta'));
  } else {
    card.appendChild(el('div', `no evidence given · confidence ${p.confidence.toFixed(2)}`, 'meta'));
  }
  if (p.kind === 'STANCE' && p.payload.position) card.appendChild(el('div', `position: ${p.payload.position}`, 'meta'));
  if (p.kind === 'EVENT' && p.existing && p.eventStatus) card.appendChild(statusLine(p));
  if (p.kind === 'QUOTE') {
    // A quote is evidence of its speaker's stance: say which stances accepting it gives the quote to.
    const stances = p.quotedIn.map((q) => draft.proposals.find((d) => d.id === q.id)).filter(Boolean);
    card.appendChild(
      el('div', stances.length ? `accepting puts the quote on: ${stances.map(summary).join('; ')}` : 'no stance of its speaker in this sentence: accepting only confirms the speaker', 'meta quoted-in'),
    );
  }
  for (const [field, value] of Object.entries(p.edits ?? {})) card.appendChild(el('div', `edited ${field}: ${value}`, 'meta'));
  const needs = p.dependsOn
    .map((id) => draft.proposals.find((d) => d.id === id))
    .filter((d) => d && d.status !== 'ACCEPTED')
    .map((d) => `the ${d.kind.toLowerCase()} ${d.payload.name ?? d.payload.id} (${d.status.toLowerCase()})`);
  if (needs.length) card.appendChild(el('div', `needs first: ${needs.join(', ')}`, 'meta'));
  if (p.status === 'ACCEPTED') card.appendChild(el('div', `accepted by ${p.decidedBy}: ${acceptedText(p)}`, 'meta'));
  if (p.status === 'REJECTED') card.appendChild(el('div', `rejected by ${p.decidedBy}: ${p.reason}`, 'meta'));

  const actions = card.appendChild(el('div', null, 'actions'));
  const button = (text, onClick) => {
    const b = actions.appendChild(el('button', text));
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  };
  if (p.evidence) button('Show evidence', () => select(p)).setAttribute('aria-pressed', String(selected?.id === p.id));
  if (p.status === 'PENDING') {
    button('Accept', () => accept(p, null));
    button('Edit…', () => toggleForm(card, () => editForm(p)));
    button('Reject…', () => toggleForm(card, () => rejectForm(p)));
  }
  const link = focusOf(p);
  if (p.status === 'ACCEPTED' && link) {
    const a = actions.appendChild(el('a', `See ${nameOf(link)} in the explorer`));
    a.href = `/explore?focus=${encodeURIComponent(link)}`;
  }
  const note = notes.get(p.id);
  if (note) {
    const n = card.appendChild(el('p', note.text, `note${note.error ? ' error' : ''}`));
    n.setAttribute('role', note.error ? 'alert' : 'status');
  }
  return card;
}

/** An existing event's status: the graph's now (and when drafted, if it changed since) and the article's. */
function statusLine(p) {
  const { current, atDraft, proposed, changes } = p.eventStatus;
  const lower = (s) => String(s ?? 'unknown').toLowerCase();
  const since = atDraft && current !== atDraft ? ` (${lower(atDraft)} when drafted)` : '';
  const text = changes ? `status: ${lower(current)}${since} → ${lower(proposed)}` : `status: ${lower(current)}${since}, as the article reports`;
  return el('div', text, `meta status${changes ? ' status-change' : ''}`);
}

/** What an accepted proposal wrote, in words. */
function acceptedText(p) {
  if (p.kind === 'QUOTE') return p.result ? `put the quote on ${p.result}` : 'the quote goes on its stances as they are accepted';
  if (p.existing) return `linked this source to ${p.result}`;
  return `wrote ${p.result}`;
}

/** Highlights a proposal's evidence in the article and scrolls to it. */
function select(p) {
  selected = selected?.id === p.id ? null : p;
  renderArticle();
  renderProposals();
  document.querySelector(`.proposal[data-id="${CSS.escape(p.id)}"] button`)?.focus();
}

/** Opens a form under the card's buttons, or closes it when it is open. */
function toggleForm(card, make) {
  const open = card.querySelector('form');
  if (open) {
    open.remove();
    return;
  }
  const form = make();
  card.querySelector('.actions').after(form);
  form.querySelector('input, select, textarea')?.focus();
}

function editForm(p) {
  const form = el('form');
  const start = ((p.existing && EDITABLE_EXISTING[p.kind]) || EDITABLE[p.kind])(p.payload);
  const inputs = {};
  for (const [field, value] of Object.entries(start)) {
    const id = `edit-${field}-${Math.random().toString(36).slice(2, 8)}`;
    const label = form.appendChild(el('label', field));
    label.htmlFor = id;
    let input;
    const choices = CHOICES[field];
    if (choices) {
      input = el('select');
      for (const c of choices) input.appendChild(el('option', c.toLowerCase())).value = c;
    } else {
      input = el(field === 'position' || field === 'description' ? 'textarea' : 'input');
    }
    input.id = id;
    input.name = field;
    input.value = value ?? '';
    inputs[field] = input;
    form.appendChild(input);
  }
  return submitsWith(form, 'Accept with these edits', () => {
    const edits = {};
    for (const [field, input] of Object.entries(inputs)) {
      const value = input.value.trim();
      if (value !== String(start[field] ?? '')) edits[field] = value;
    }
    accept(p, Object.keys(edits).length ? edits : null);
  });
}

function rejectForm(p) {
  const form = el('form');
  const id = `reason-${Math.random().toString(36).slice(2, 8)}`;
  const label = form.appendChild(el('label', 'reason'));
  label.htmlFor = id;
  const reason = form.appendChild(el('input'));
  Object.assign(reason, { id, name: 'reason', required: true, placeholder: 'why it is wrong' });
  return submitsWith(form, 'Reject', () => reject(p, reason.value));
}

/** Ends a proposal's form with its submit button and Cancel (which closes it), and answers the form. */
function submitsWith(form, submitText, onSubmit) {
  const actions = form.appendChild(el('div', null, 'actions'));
  actions.appendChild(el('button', submitText));
  const cancel = actions.appendChild(el('button', 'Cancel'));
  cancel.type = 'button';
  cancel.addEventListener('click', () => form.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  return form;
}

// ---------------------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------------------

const ACCEPT = `mutation Accept($id: ID!, $edits: ProposalEdits) { acceptProposal(id: $id, edits: $edits) { id status result } }`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { id status reason } }`;
const ACCEPT_DRAFT = `mutation AcceptDraft($source: ID!, $min: Float) { acceptDraft(source: $source, minConfidence: $min) { accepted { id } } }`;

/**
 * Runs one decision. On success the draft is read again (a decision changes counts and what
 * others depend on); on an error the draft stays as it is and the error stays by the proposal.
 */
async function decide(p, run, done) {
  // The previous answer goes at once, so what shows next is this action's.
  notes.set(p.id, { text: 'Sending…' });
  const pending = document.querySelector(`.proposal[data-id="${CSS.escape(p.id)}"] .note`);
  if (pending) Object.assign(pending, { textContent: 'Sending…', className: 'note' });
  try {
    const answer = await run();
    notes.set(p.id, { text: done(answer) });
    await openDraft(current, { keepNotes: true });
    await loadQueue();
  } catch (e) {
    notes.set(p.id, { text: e.message, error: true });
    const card = document.querySelector(`.proposal[data-id="${CSS.escape(p.id)}"]`);
    const replacement = proposalCard(p);
    const form = card?.querySelector('form');
    if (form) replacement.querySelector('.actions').after(form); // keep what the curator typed
    card?.replaceWith(replacement);
    replacement.querySelector('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }
}

function accept(p, edits) {
  return decide(p, () => graphql(ACCEPT, { id: p.id, edits }), ({ acceptProposal: a }) =>
    `Accepted${edits ? ' with edits' : ''}: ${acceptedText({ ...p, result: a.result })}.`);
}

function reject(p, reason) {
  return decide(p, () => graphql(REJECT, { id: p.id, reason }), () => `Rejected: ${reason}`);
}

async function acceptAll(minConfidence, note) {
  note.hidden = false;
  note.classList.remove('error');
  try {
    const { acceptDraft } = await graphql(ACCEPT_DRAFT, { source: current, min: minConfidence });
    for (const { id } of acceptDraft.accepted) notes.set(id, { text: 'Accepted with the draft.' });
    await openDraft(current, { keepNotes: true });
    await loadQueue();
    const again = $('#bulk .note');
    again.hidden = false;
    again.textContent = `Accepted ${acceptDraft.accepted.length} proposals with confidence ≥ ${minConfidence}.`;
  } catch (e) {
    note.textContent = e.message;
    note.classList.add('error');
    note.setAttribute('role', 'alert');
  }
}

showKeyState();
loadQueue();
if (current) openDraft(current);

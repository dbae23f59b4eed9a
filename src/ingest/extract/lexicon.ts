/**
 * The words the rules are written in: general English of news reporting (honorifics, posts,
 * speech verbs, the words organizations and places are named with, demonyms). Nothing here
 * names a person, an organization or a phrase of any particular article: what the graph
 * already knows comes from the catalog only.
 */

/** Honorifics before a person's name ("Mr Reyes", "Dr. Smith"). */
export const HONORIFICS = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Sheikh', 'Rabbi', 'Rev.'];

/**
 * Posts and roles, lower case. A phrase may be preceded by modifiers (ROLE_MODIFIERS) and
 * followed by "of X" / "to X". Longer ones first so "foreign minister" wins over "minister".
 */
export const ROLE_HEADS = [
  'secretary of state',
  'secretary-general',
  'secretary general',
  'prime minister',
  'foreign minister',
  'finance minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'crown prince',
  'vice president',
  'chief of staff',
  'national security adviser',
  'president',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'envoy',
  'ambassador',
  'spokeswoman',
  'spokesman',
  'spokesperson',
  'researcher',
  'analyst',
  'adviser',
  'advisor',
  'director',
  'head',
  'leader',
  'commander',
  'chairman',
  'chairwoman',
  'official',
  'senator',
  'lawmaker',
  'governor',
  'mayor',
  'king',
  'queen',
  'emir',
  'professor',
  'fellow',
  'correspondent',
  'editor',
  'aide',
  'negotiator',
  'founder',
  'chief executive',
  'general',
];

/** Words that may qualify a post: "special envoy", "former president", "senior adviser". */
export const ROLE_MODIFIERS = ['former', 'deputy', 'senior', 'chief', 'special', 'acting', 'top', 'outgoing', 'then', 'interim', 'assistant', 'associate', 'lead', 'principal'];

/** Posts that make someone the leader of a state or government ("the Israeli leader"). */
export const LEADER_POSTS = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'emir', 'crown prince', 'leader', 'supreme leader'];

/** A word in a name that makes it an organization, and what kind it suggests. */
export const ORG_WORDS: Record<string, string> = {
  foundation: 'think-tank',
  institute: 'think-tank',
  institution: 'think-tank',
  center: 'think-tank',
  centre: 'think-tank',
  council: 'international-body',
  nations: 'international-body',
  union: 'international-body',
  organization: 'other',
  organisation: 'other',
  league: 'international-body',
  alliance: 'international-body',
  party: 'party',
  movement: 'party',
  front: 'party',
  ministry: 'government',
  department: 'government',
  administration: 'government',
  government: 'government',
  cabinet: 'government',
  parliament: 'government',
  congress: 'government',
  senate: 'government',
  court: 'government',
  commission: 'government',
  agency: 'agency',
  office: 'agency',
  service: 'agency',
  bureau: 'agency',
  authority: 'agency',
  army: 'military',
  forces: 'military',
  guard: 'military',
  guards: 'military',
  brigades: 'armed-group',
  militia: 'armed-group',
  militias: 'armed-group',
  cross: 'ngo',
  crescent: 'ngo',
  fund: 'ngo',
  association: 'ngo',
  society: 'ngo',
  committee: 'other',
  group: 'other',
  company: 'other',
  corporation: 'other',
  university: 'other',
  news: 'outlet',
  times: 'outlet',
  post: 'outlet',
  journal: 'outlet',
  press: 'outlet',
  tribune: 'outlet',
  herald: 'outlet',
};

/** A word in a name that makes it a place. */
export const PLACE_WORDS = new Set([
  'strait', 'sea', 'gulf', 'river', 'mountains', 'mountain', 'heights', 'valley', 'city', 'province', 'island', 'islands',
  'strip', 'peninsula', 'desert', 'canal', 'bay', 'coast', 'county', 'region', 'estate', 'square', 'street',
  'east', 'west', 'north', 'south', 'middle', 'central', 'eastern', 'western', 'northern', 'southern', 'bank',
]);

/** Words that make a name an agreement, a plan or an event rather than an entity ("the Camp David Accords"). */
export const EVENT_WORDS = new Set(['accords', 'accord', 'agreement', 'plan', 'deal', 'treaty', 'summit', 'talks', 'war', 'conference', 'initiative', 'doctrine', 'act', 'resolution', 'protocol']);

/** Lower-case nouns that make the name before them an organization's: "the Biden administration", "a Pew poll". */
export const ORG_AFTER: Record<string, string> = {
  administration: 'government',
  government: 'government',
  ministry: 'government',
  cabinet: 'government',
  party: 'party',
  campaign: 'other',
  poll: 'other',
  survey: 'other',
  spokesman: 'other',
  spokeswoman: 'other',
  spokesperson: 'other',
  officials: 'other',
};

/** Words that start with a capital in news text without naming anyone. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its',
  'But', 'And', 'Or', 'If', 'As', 'While', 'When', 'After', 'Before', 'Despite', 'Following', 'According', 'Also', 'However',
  'In', 'On', 'At', 'For', 'From', 'With', 'By', 'Of', 'To', 'Beyond', 'Still', 'Against', 'During', 'Amid', 'Under', 'Over',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Phase', 'Part', 'Key', 'Each', 'Both', 'Two', 'Three', 'One', 'Some', 'Many', 'Most', 'Officials', 'Reports', 'Analysts',
  'Observers', 'Photo', 'PHOTO', 'Sign', 'See', 'More', 'Read', 'Conclusion', 'Moreover', 'Similar', 'With', 'Continued',
]);

/** Countries' adjectives that do not come from the country's name by a suffix. */
export const DEMONYMS: Record<string, string> = {
  american: 'united states',
  'u.s.': 'united states',
  us: 'united states',
  british: 'united kingdom',
  uk: 'united kingdom',
  french: 'france',
  dutch: 'netherlands',
  german: 'germany',
  swiss: 'switzerland',
  emirati: 'united arab emirates',
  qatari: 'qatar',
  saudi: 'saudi arabia',
  turkish: 'turkey',
  greek: 'greece',
  chinese: 'china',
  japanese: 'japan',
  lebanese: 'lebanon',
  sudanese: 'sudan',
  yemeni: 'yemen',
  iraqi: 'iraq',
  spanish: 'spain',
  polish: 'poland',
  danish: 'denmark',
  swedish: 'sweden',
  finnish: 'finland',
  irish: 'ireland',
  palestinian: 'palestinians',
};

/** Verbs that introduce speech, direct or reported. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'declared', 'announced', 'wrote', 'writes',
  'posted', 'insisted', 'insists', 'warned', 'warns', 'noted', 'argued', 'argues', 'emphasized', 'emphasised', 'stressed',
  'explained', 'asked', 'replied', 'acknowledged', 'admitted', 'claimed', 'claims', 'recalled', 'vowed', 'pledged', 'promised',
  'reiterated', 'repeated', 'tweeted', 'quipped', 'cautioned', 'remarked', 'conceded', 'suggested', 'predicted',
];

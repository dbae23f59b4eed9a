import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/ingest/extract/candidates.js';
import { draftOf } from './fixtures.js';

describe('new entity candidates', () => {
  it('proposes a person named with an honorific, with a slug, and joins later mentions by surname', () => {
    const draft = draftOf('Mr Tomas Vitek, a trader, lost his licence. Vitek appealed on Friday.');
    const vitek = draft.entities.find((e) => e.id === 'tomas-vitek');
    expect(vitek).toMatchObject({ kind: 'ACTOR', name: 'Tomas Vitek', new: true });
    expect(vitek!.mentions.map((m) => m.text)).toEqual(['Tomas Vitek', 'Vitek']);
  });

  it('proposes organizations by the words their names are made of', () => {
    const draft = draftOf('The Northern Fisheries Institute published a study. The Lake Council rejected it.');
    expect(draft.entities.filter((e) => e.new).map((e) => [e.name, e.kind])).toEqual([
      ['Northern Fisheries Institute', 'ORGANIZATION'],
      ['Lake Council', 'ORGANIZATION'],
    ]);
  });

  it('takes the title and affiliation from "Country’s post, Name"', () => {
    const draft = draftOf('Ruritania’s foreign minister, Jana Kolar, will travel to the lake.');
    expect(draft.entities.find((e) => e.id === 'jana-kolar')).toMatchObject({ kind: 'ACTOR', new: true, title: 'foreign minister' });
    expect(draft.affiliations).toContainEqual(expect.objectContaining({ actor: 'jana-kolar', organization: 'ruritania', role: 'foreign minister' }));
  });

  it('takes the post and the organization from "Name, a post at Organization"', () => {
    const draft = draftOf('“The dam is a bad idea,” said Petr Lasko, a researcher at the Danube Policy Institute.');
    expect(draft.entities.find((e) => e.id === 'petr-lasko')).toMatchObject({ kind: 'ACTOR', title: 'researcher' });
    expect(draft.affiliations).toContainEqual(expect.objectContaining({ actor: 'petr-lasko', organization: 'danube-policy-institute', role: 'researcher' }));
  });

  it('takes the organization from a post before the name: "US special envoy Name"', () => {
    const draft = draftOf('US special envoy Rita Moreno met the delegates.');
    expect(draft.affiliations).toContainEqual(expect.objectContaining({ actor: 'rita-moreno', organization: 'us', role: 'special envoy' }));
  });

  it('proposes a place after "in", and no entity for a people’s adjective or two names joined by a hyphen', () => {
    const draft = draftOf('The ministers met in Klow. Syldavian-Bordurian trade fell. Klowian bakers complained.');
    expect(draft.entities.find((e) => e.id === 'klow')).toMatchObject({ kind: 'PLACE', new: true });
    expect(draft.entities.filter((e) => e.new).map((e) => e.name)).toEqual(['Klow']);
  });

  it('makes slugs of lower-case words joined by hyphens, without accents or apostrophes', () => {
    expect(slugify('Zoë O’Neill-Łaski')).toBe('zoe-oneill-laski');
  });
});

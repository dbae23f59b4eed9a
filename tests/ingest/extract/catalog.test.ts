import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog.js';
import { testDb } from '../../helpers/neo4j.js';
import { seeds } from '../../helpers/seeds.js';

describe('loadCatalog on the seeded Neo4j', () => {
  it('holds every actor, organization, issue and event of the seeds with what the extractor matches by', async () => {
    const db = await testDb();
    const catalog = await loadCatalog(db);
    const ids = new Set(catalog.entities.map((e) => e.id));
    for (const list of [seeds.actors, seeds.organizations, seeds.issues, seeds.events]) for (const r of list) expect(ids.has(r.id)).toBe(true);
    for (const s of seeds.sources) expect(ids.has(s.id)).toBe(false);
    const actor = seeds.actors[0]!;
    expect(catalog.entities.find((e) => e.id === actor.id)).toMatchObject({ kind: 'ACTOR', name: actor.name });
    const attended = seeds.attendances[0]!;
    const event = catalog.entities.find((e) => e.id === attended.event)!;
    expect(event.kind).toBe('EVENT');
    expect(event.attendees).toContain(attended.attendee);
    expect(event.eventKind).toBe((seeds.events.find((e) => e.id === attended.event) as { kind?: string }).kind ?? null);
    const affiliation = seeds.affiliations[0]!;
    expect(catalog.entities.find((e) => e.id === affiliation.actor)!.affiliations).toContainEqual({ organization: affiliation.organization, role: affiliation.role ?? null });
  });
});

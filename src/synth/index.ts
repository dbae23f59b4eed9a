/**
 * The synthetic graph generator, public API (`npm run synth`, and `npm run bench` in
 * process): a deterministic graph in the project's model at any scale, written in bounded
 * batches. Row generation (rows.ts) is pure; write.ts talks to Neo4j. In process:
 *
 *     await loadCypher();   // after importing, as every entry point does
 *     const report = await synthesize(db, { claims: 10_000 }, { log: console.log });
 *     const ids = wellKnownIds(report.counts);
 */
export * from './ids.js';
export { type Row, ROW_KINDS, type RowKind, synthRows } from './rows.js';
export { deleteSynth, findSynth, resolveCounts, SYNTH_BATCH, type SynthOptions, type SynthReport, synthesize } from './write.js';

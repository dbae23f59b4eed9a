import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../config.js';

/** The API's schema file: the contract clients read, and the source of the generated resolver types. */
export const SCHEMA_FILE = path.join(ROOT, 'schema.graphql');

let typeDefs: string | undefined;
/** schema.graphql's text, read once. */
export function loadTypeDefs(): string {
  return (typeDefs ??= readFileSync(SCHEMA_FILE, 'utf8'));
}

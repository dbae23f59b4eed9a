/** Who writes: a credential's name (an API key's, a JWT's subject) and its role. */
export interface Writer {
  name: string;
  role: Role;
}

/** curator writes nodes and claims; admin may also merge and remove. */
export type Role = 'curator' | 'admin';
export const ROLES: readonly Role[] = ['curator', 'admin'];

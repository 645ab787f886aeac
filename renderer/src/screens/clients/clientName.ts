import type { Client } from '../../../../shared/contract';

/** "Anna de Vries": first name, then last name with its tussenvoegsel as typed. */
export function fullName(client: Pick<Client, 'firstName' | 'lastName'>): string {
  return `${client.firstName} ${client.lastName}`.trim();
}

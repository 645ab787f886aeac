import type { NewVaultFixtures } from './helpers';

export interface Couple {
  trajectoryId: number;
  sanneId: number;
  markId: number;
}

/** Sanne de Vries and Mark Jansen in an active couple trajectory, through the same door as the screens. */
export async function sanneAndMark(invoke: NewVaultFixtures['invoke'], title = 'Sanne en Mark'): Promise<Couple> {
  const sanne = await invoke<{ id: number }>('clients.create', { firstName: 'Sanne', lastName: 'de Vries' });
  const mark = await invoke<{ id: number }>('clients.create', { firstName: 'Mark', lastName: 'Jansen' });
  const trajectory = await invoke<{ id: number; participants: { id: number; clientId: number }[] }>('trajectories.create', {
    kind: 'couple',
    title,
    status: 'active',
    participants: [
      { clientId: sanne.id, role: 'partner' },
      { clientId: mark.id, role: 'partner' },
    ],
  });
  const participantOf = (clientId: number) => trajectory.participants.find((p) => p.clientId === clientId)!.id;
  return { trajectoryId: trajectory.id, sanneId: participantOf(sanne.id), markId: participantOf(mark.id) };
}

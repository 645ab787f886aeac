import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RecoveryKeyScreen } from '../../renderer/src/screens/vault/RecoveryKeyScreen';

const recoveryKey = 'ZV9G3-HW788-GETK1-9PP2X-HSR77-413B2-GYQVM-KMG2R';

describe('the recovery key screen', () => {
  it('shows the key in eight groups of five', () => {
    render(<RecoveryKeyScreen recoveryKey={recoveryKey} onContinue={() => undefined} />);
    const groups = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(groups).toEqual(recoveryKey.split('-'));
  });

  it('does not let the practitioner continue before confirming the key is saved', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    render(<RecoveryKeyScreen recoveryKey={recoveryKey} onContinue={onContinue} />);

    await user.click(screen.getByRole('button', { name: 'Verder naar Traject' }));

    expect(onContinue).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Bevestig eerst dat je de herstelsleutel hebt bewaard.');
    const confirmation = screen.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard op een veilige plek' });
    expect(confirmation).toHaveFocus();

    await user.click(confirmation);
    await user.click(screen.getByRole('button', { name: 'Verder naar Traject' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RatingControl } from '../../renderer/src/screens/sessions/RatingControl';

function Rated({ onChange, scale = { min: 0, max: 10 }, start = null }: { onChange(v: number | null): void; scale?: { min: number; max: number }; start?: number | null }) {
  const [value, setValue] = useState<number | null>(start);
  return (
    <RatingControl
      name="Sanne"
      scale={scale}
      value={value}
      previous={{ value: 5, date: 'di 24 nov' }}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('the rating control', () => {
  it('offers every point of a 0–10 scale as a choice, named after the participant', () => {
    render(<Rated onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Score van Sanne' });
    expect(group).toBeVisible();
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(screen.getByText('Vorige score: 5 (di 24 nov)')).toBeVisible();
  });

  it('reports the chosen rating and says how far it moved since last time', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Rated onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: '7' }));
    expect(onChange).toHaveBeenLastCalledWith(7);
    expect(screen.getByRole('radio', { name: '7' })).toBeChecked();
    expect(screen.getByText('(verschil +2)')).toBeVisible();
  });

  it('moves along the scale with the arrow keys', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Rated onChange={onChange} start={6} />);
    screen.getByRole('radio', { name: '6' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(7);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith(5);
  });

  it('clears a rating with the clear button', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Rated onChange={onChange} start={8} />);
    await user.click(screen.getByRole('button', { name: /Score wissen/ }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
  });

  it('takes a typed decimal with a comma on a long scale, and refuses a value outside it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Rated onChange={onChange} scale={{ min: 0, max: 100 }} />);
    const field = screen.getByRole('textbox', { name: 'Score van Sanne' });
    await user.type(field, '72,5{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(72.5);
    await user.clear(field);
    await user.type(field, '140');
    await user.tab();
    expect(screen.getByText('Kies een score van 0 tot en met 100.')).toBeVisible();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { KeptRateOverview } from '../../shared/contract';
import { chartTime, KeptRateChart, LineChart } from '../../renderer/src/charts';
import { applyLanguage } from '../../renderer/src/i18n';

const sanne = {
  id: 'sanne',
  label: 'Sanne de Wit',
  points: [
    { x: chartTime('2026-11-03T14:00'), y: 4 },
    { x: chartTime('2026-11-17T14:00'), y: 5.5 },
    { x: chartTime('2026-12-01T14:00'), y: 7 },
  ],
};
const mark = {
  id: 'mark',
  label: 'Mark Jansen',
  points: [
    { x: chartTime('2026-11-03T14:00'), y: 3 },
    { x: chartTime('2026-11-17T14:00'), y: null },
    { x: chartTime('2026-12-01T14:00'), y: 6 },
  ],
};

function renderRatings() {
  return render(<LineChart title="Scores voor ‘Afspraken nakomen’" series={[sanne, mark]} yDomain={[0, 10]} baseline={4} target={8} />);
}

describe('the line chart', () => {
  it('draws one line per series, and a gap where a rating is missing', () => {
    const { container } = renderRatings();
    const [sanneLine, markLine] = container.querySelectorAll('.chart-series');
    expect(sanneLine!.querySelector('path')!.getAttribute('d')!.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(markLine!.querySelectorAll('circle, rect, polygon')).toHaveLength(2);
    // Mark has no rating in the middle session: his two points are not joined by a line.
    expect(markLine!.querySelector('path')).toBeNull();
  });

  it('is named for screen readers and says its numbers are in a table', () => {
    renderRatings();
    const chart = screen.getByRole('img', { name: 'Scores voor ‘Afspraken nakomen’' });
    expect(chart).toHaveAccessibleDescription(/staan ook in een tabel/);
  });

  it('labels the baseline and target lines with words and numbers', () => {
    const { container } = renderRatings();
    expect(container.querySelector('.chart-baseline line')).not.toBeNull();
    expect(container.querySelector('.chart-baseline')).toHaveTextContent('Beginmeting 4');
    expect(container.querySelector('.chart-target')).toHaveTextContent('Streefwaarde 8');
  });

  it('names each partner in the legend next to a marker of their own shape', () => {
    const { container } = renderRatings();
    const legend = screen.getByRole('list', { name: 'Legenda' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Sanne de Wit', 'Mark Jansen']);
    const shapes = [...container.querySelectorAll('.chart-series')].map((g) => g.querySelector('circle, rect, polygon')!.tagName);
    expect(shapes[0]).not.toEqual(shapes[1]);
  });

  it('gives the same numbers in a table, with decimal commas in Dutch', async () => {
    const user = userEvent.setup();
    renderRatings();
    await user.click(screen.getByText('Toon de cijfers als tabel'));
    const table = screen.getByRole('table', { name: 'Scores voor ‘Afspraken nakomen’' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Datum', 'Sanne de Wit', 'Mark Jansen'],
      ['di 3 nov 2026', '4', '3'],
      ['di 17 nov 2026', '5,5', '–'],
      ['di 1 dec 2026', '7', '6'],
    ]);
    expect(screen.getByText('Beginmeting: 4 · Streefwaarde: 8')).toBeInTheDocument();
  });

  it('writes dates and decimals the English way in English', async () => {
    await applyLanguage('en');
    const user = userEvent.setup();
    renderRatings();
    await user.click(screen.getByText('Show the numbers as a table'));
    expect(screen.getByRole('rowheader', { name: 'Tue, 17 Nov 2026' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '5.5' })).toBeInTheDocument();
  });

  it('names the interpretation band of each value in the table', async () => {
    const user = userEvent.setup();
    render(
      <LineChart
        title="PHQ-9"
        series={[{ id: 'a', label: 'Sanne de Wit', points: [{ x: chartTime('2026-11-03'), y: 12 }] }]}
        yDomain={[0, 27]}
        bands={[
          { from: 0, to: 9, label: 'mild', tone: 'mild' },
          { from: 10, to: 14, label: 'matig', tone: 'moderate' },
        ]}
      />,
    );
    await user.click(screen.getByText('Toon de cijfers als tabel'));
    expect(screen.getByRole('cell', { name: '12 (matig)' })).toBeInTheDocument();
    expect(document.querySelectorAll('.chart-band')).toHaveLength(2);
  });

  it('says there is nothing yet instead of drawing an empty chart', () => {
    render(<LineChart title="Leeg" series={[{ id: 'a', label: 'Sanne', points: [] }]} yDomain={[0, 10]} emptyText="Nog geen scores van Sanne." />);
    expect(screen.getByText('Nog geen scores van Sanne.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

const keptRate: KeptRateOverview = {
  overall: {
    owner: null,
    reviewed: 4,
    rate: 0.625,
    points: [
      { sessionId: 2, date: '2026-11-17', kept: 1, partlyKept: 1, notKept: 0, reviewed: 2, rate: 0.75, cumulativeRate: 0.75 },
      { sessionId: 3, date: '2026-12-01', kept: 1, partlyKept: 0, notKept: 1, reviewed: 2, rate: 0.5, cumulativeRate: 0.625 },
    ],
  },
  byOwner: [
    {
      owner: { kind: 'participant', participantId: 1 },
      reviewed: 2,
      rate: 0.75,
      points: [{ sessionId: 2, date: '2026-11-17', kept: 1, partlyKept: 1, notKept: 0, reviewed: 2, rate: 0.75, cumulativeRate: 0.75 }],
    },
    {
      owner: { kind: 'participant', participantId: 2 },
      reviewed: 2,
      rate: 0.5,
      points: [{ sessionId: 3, date: '2026-12-01', kept: 1, partlyKept: 0, notKept: 1, reviewed: 2, rate: 0.5, cumulativeRate: 0.5 }],
    },
  ],
};

describe('the kept-rate chart', () => {
  const ownerLabel = (owner: { kind: string; participantId?: number }) => (owner.participantId === 1 ? 'Sanne' : 'Mark');

  it('draws the whole trajectory and each owner, and names them', () => {
    const { container } = render(<KeptRateChart keptRate={keptRate} ownerLabel={ownerLabel} />);
    expect(container.querySelectorAll('.chart-series')).toHaveLength(3);
    expect(within(screen.getByRole('list', { name: 'Legenda' })).getAllByRole('listitem').map((i) => i.textContent)).toEqual([
      'Alle afspraken',
      'Sanne',
      'Mark',
    ]);
  });

  it('gives the rate in words and says that partly kept counts for half', () => {
    render(<KeptRateChart keptRate={keptRate} ownerLabel={ownerLabel} />);
    expect(screen.getByText('Alle afspraken: 4 afspraken besproken, 63% nagekomen')).toBeInTheDocument();
    expect(screen.getByText('Sanne: 2 afspraken besproken, 75% nagekomen')).toBeInTheDocument();
    expect(screen.getByText(/Deels nagekomen telt voor de helft/)).toBeInTheDocument();
  });

  it('says what will appear when nothing has been reviewed yet', () => {
    render(
      <KeptRateChart
        keptRate={{ overall: { owner: null, points: [], reviewed: 0, rate: null }, byOwner: [] }}
        ownerLabel={ownerLabel}
      />,
    );
    expect(screen.getByText(/Nog geen afspraken besproken/)).toBeInTheDocument();
  });
});

describe('a line of a hundred sessions', () => {
  it('marks only its ends and any point no line reaches, while the table keeps every value', async () => {
    const points = Array.from({ length: 100 }, (_, n) => ({
      x: chartTime(`2025-${String(1 + Math.floor(n / 9)).padStart(2, '0')}-${String(1 + (n % 9) * 3).padStart(2, '0')}T10:00`),
      // A missing rating on both sides of session 50: that one point stands alone.
      y: n === 49 || n === 51 ? null : 3 + (n % 5),
    }));
    const { container } = render(<LineChart title="Scores voor ‘Afspraken nakomen’" series={[{ id: 'sanne', label: 'Sanne de Wit', points }]} yDomain={[0, 10]} />);
    const markers = container.querySelectorAll('.chart-series circle, .chart-series rect, .chart-series polygon');
    expect(markers).toHaveLength(3);
    expect([...markers].map((m) => m.querySelector('title')!.textContent)).toEqual([
      expect.stringMatching(/^Sanne de Wit, 1 jan/),
      expect.stringMatching(/^Sanne de Wit, .*: 3$/),
      expect.stringMatching(/^Sanne de Wit, .*: 7$/),
    ]);
    await userEvent.click(screen.getByText('Toon de cijfers als tabel', { selector: 'summary' }));
    expect(container.querySelectorAll('details tbody tr')).toHaveLength(100);
  });
});

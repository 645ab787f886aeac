import type { MarkerShape } from './palette';

interface SeriesMarkerProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  r: number;
  colour: string;
  hollow?: boolean | undefined;
  children?: React.ReactNode;
}

/** A point of a series: filled in the series colour with a white edge, in the series' own shape. */
export function SeriesMarker({ shape, cx, cy, r, colour, hollow, children }: SeriesMarkerProps) {
  if (hollow) {
    return (
      <circle cx={cx} cy={cy} r={r + 3} fill="none" stroke={colour} strokeWidth={2}>
        {children}
      </circle>
    );
  }
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.25 };
  switch (shape) {
    case 'circle':
      return (
        <circle cx={cx} cy={cy} r={r} {...common}>
          {children}
        </circle>
      );
    case 'square':
      return (
        <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common}>
          {children}
        </rect>
      );
    case 'diamond':
      return (
        <polygon points={`${cx},${cy - r * 1.25} ${cx + r * 1.25},${cy} ${cx},${cy + r * 1.25} ${cx - r * 1.25},${cy}`} {...common}>
          {children}
        </polygon>
      );
    case 'triangle':
      return (
        <polygon points={`${cx},${cy - r * 1.25} ${cx + r * 1.15},${cy + r * 0.85} ${cx - r * 1.15},${cy + r * 0.85}`} {...common}>
          {children}
        </polygon>
      );
  }
}

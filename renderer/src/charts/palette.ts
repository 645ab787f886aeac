/**
 * Series styles, the same as in the printed report: colours that stay apart for colour-blind
 * readers, and a different marker shape and dash for each, so no line is told apart by colour alone.
 */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface SeriesStyle {
  colour: string;
  marker: MarkerShape;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  /** An open ring, drawn around the other markers so a point underneath stays visible. */
  hollow?: boolean;
}

const colours = ['#2c6e9b', '#b4561a', '#6a4c93', '#2f7a58'];
const markers: MarkerShape[] = ['circle', 'square', 'diamond', 'triangle'];
const dashes: (string | undefined)[] = [undefined, '7 4', '2 4', '10 3 2 3'];

/** The style of the n-th series (n from 0); a participant keeps their number across charts. */
export function seriesStyle(index: number): SeriesStyle {
  const i = ((index % colours.length) + colours.length) % colours.length;
  return { colour: colours[i]!, marker: markers[i]!, dash: dashes[i] };
}

/** The line for the whole trajectory in the kept-rate chart: the deep ink of the text, with open rings. */
export const overallStyle: SeriesStyle = { colour: '#1c2527', marker: 'circle', dash: undefined, hollow: true };

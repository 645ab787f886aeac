/** One chart geometry for the screen (React SVG) and the printed report (pdfkit path data). */
export { chartGeometry } from './geometry';
export type {
  BandGeometry,
  ChartBandInput,
  ChartGeometry,
  ChartInput,
  ChartPadding,
  ChartPoint,
  ChartSeriesInput,
  PlotArea,
  PositionedPoint,
  SeriesGeometry,
  Tick,
} from './geometry';
export { linearScale, pointScale } from './scale';
export { niceTicks, timeTicks } from './ticks';
export type { TimeTicks, TimeUnit } from './ticks';
export { chartTable } from './textAlternative';
export type { ChartTable, ChartTableRow } from './textAlternative';

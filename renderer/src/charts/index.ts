/** Charts for the screen, drawn from the same geometry as the printed report. */
export { LineChart, type BandTone, type LineChartBand, type LineChartProps, type LineChartSeries } from './LineChart';
export { KeptRateChart } from './KeptRateChart';
export { ChartLegend } from './ChartLegend';
export { chartTime, formatChartDate, formatChartNumber } from './chartTime';
export { overallStyle, seriesStyle, type MarkerShape, type SeriesStyle } from './palette';

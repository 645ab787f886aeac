/** The middle value of a bench's repeated figures (the upper middle for an even count). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

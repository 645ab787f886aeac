/** The report's look: calm ink, one warm accent, generous A4 margins. Colours pass WCAG AA on white. */
export const theme = {
  page: { size: 'A4' as const, margins: { top: 80, bottom: 72, left: 62, right: 62 } },
  colour: {
    ink: '#25323B',
    heading: '#1D4B57',
    muted: '#5B6770',
    hairline: '#D8D2C8',
    tint: '#F5F1EA',
    zebra: '#FAF8F4',
    accent: '#A85E35',
    baseline: '#8A949B',
    /** Near-black, so the target line is never mistaken for a person's line. */
    target: '#33404A',
    grid: '#E7E2DA',
  },
  /**
   * Series colours that stay apart for colour-blind readers and in grey print (greys 67, 131, 93, 40
   * of 255), each at least 3:1 against white; each series also has its own marker and dash pattern.
   */
  series: ['#1B4F72', '#C9731F', '#6A4C93', '#14281D'],
  /** Dash patterns per series ([] is a solid line): two lines that coincide still show both. */
  seriesDash: [[], [5, 3], [1.5, 2.5], [7, 2, 1.5, 2]] as number[][],
  /**
   * Interpretation band tints by severity: one calm blue-grey, deeper as a band asks more attention.
   * No traffic-light red or green in a document a client reads; the label says what a band means.
   */
  bandFills: { none: '#F3F6F8', mild: '#E8EEF2', moderate: '#DCE5EB', moderately_severe: '#D0DCE4', severe: '#C4D3DD' },
  outcome: {
    kept: '#2F7A58',
    partlyKept: '#A8701A',
    notKept: '#A8412F',
    renegotiated: '#2C6E9B',
    dropped: '#6F7A82',
    open: '#6F7A82',
  },
  size: {
    body: 10,
    small: 8.5,
    tiny: 7.5,
    h1: 19,
    h2: 13,
    coverTitle: 32,
  },
  lineGap: 3,
};

export type OutcomeIcon = keyof typeof theme.outcome;

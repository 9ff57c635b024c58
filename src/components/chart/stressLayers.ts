// The stress test's marks on the chart (the unpaid part of each obligation, the defaulting boxes),
// loaded once a stress test's outcome is drawn: most readers never run one.
export { DefaultMarks } from './DefaultMarks';
export { ShortfallBands } from './ShortfallBands';

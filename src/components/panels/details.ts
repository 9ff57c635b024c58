// The tooltip and what it shows, loaded after the chart is drawn: a reader needs them only on hover or focus.
export { Tooltip } from '../chart/Tooltip';
export { EntityDetails } from './EntityDetails';
export { FlowDetails } from './FlowDetails';

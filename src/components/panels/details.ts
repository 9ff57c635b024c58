// What a tooltip shows, loaded after the chart is drawn: a reader needs it only on hover or focus.
export { EntityDetails } from './EntityDetails';
export { FlowDetails } from './FlowDetails';

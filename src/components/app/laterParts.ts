// What the first screen does not show: Play (under the chart), the controls below the headline figures (on a phone, inside
// the closed sheet) and the sections below the chart. Their code loads beside the dataset (see
// LaterPart), so the first download holds the chart and what sits round it.
export { PlayControls } from '../controls/PlayControls';
export { ScenarioBar } from '../controls/ScenarioBar';
export { ParameterSliders } from '../controls/ParameterSliders';
export { StressSection } from '../stress/StressSection';
export { RoundTripTable } from '../panels/RoundTripTable';
export { SensitivityView } from '../panels/SensitivityView';
export { FlowTable } from '../panels/FlowTable';
export { SourcesFooter } from '../panels/SourcesFooter';

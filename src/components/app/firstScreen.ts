// The parts of the first screen round the chart: the headline figures, the legend, the view's
// controls, the language switch, the story's launcher and, on narrow screens, the controls' sheet.
// Their code downloads beside the dataset, which the page waits for anyway, and the first render
// waits for both (see useFirstScreen), so the first script holds what is needed to fetch the data
// and draw the chart.
export { HeadlineFigures } from '../panels/HeadlineFigures';
export { Legend } from '../chart/Legend';
export { ControlsSheet } from './ControlsSheet';
export { LanguageSwitch } from '../controls/LanguageSwitch';
export { StoryLauncher } from '../story/StoryLauncher';
export { ViewControls } from '../controls/ViewControls';

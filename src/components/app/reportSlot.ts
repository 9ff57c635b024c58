/**
 * The id of the place at the top of a phone's page where a dataset's report stands (App renders it
 * only there; DatasetReport, in the toolbar at the page's end, shows itself in it when it is there).
 */
export const REPORT_SLOT = 'report-slot';

// The export sizes' names, apart from the code that draws them: the menu lists them on the first
// page load, and the drawing code loads only when the reader first exports.
export type ExportPreset = 'article' | 'wide' | 'social' | 'print';
export const EXPORT_PRESET_IDS: readonly ExportPreset[] = ['article', 'wide', 'social', 'print'];

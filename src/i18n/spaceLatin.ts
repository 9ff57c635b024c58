/**
 * A Chinese sentence built from parts, with a space where Chinese meets Latin letters or digits
 * without one ("Azure在 2026 年" → "Azure 在 2026 年"), as the page's own words are written.
 */
export function spaceLatin(text: string): string {
  return text.replace(/([\u4e00-\u9fff])(?=[A-Za-z0-9])|([A-Za-z0-9%])(?=[\u4e00-\u9fff])/g, '$1$2 ');
}

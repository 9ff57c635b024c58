/** Whether a link's `embed` value asks for the embed (`1` or `true`); anything but `0`/`false` is a bad value. */
export function isEmbedValue(value: string | null): boolean {
  return value === '1' || value === 'true';
}

/** The hatch drawn over links on ice (and their legend swatch): diagonal lines in the text colour, so it shows in both themes. */
export function LinkHatch() {
  return (
    <pattern id="link-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="1.5" height="5" className="link-hatch__line" />
    </pattern>
  );
}

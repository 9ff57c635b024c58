/**
 * SVG path data from canvas-style drawing calls, each number rounded to `digits` decimals: the same
 * text as d3-path's pathRound, with only the four calls a link's line makes (d3-path's arcs and
 * rectangles would be most of its weight in the first script).
 */
export class RoundedPath {
  private data = '';
  private readonly scale: number;

  constructor(digits: number) {
    this.scale = 10 ** digits;
  }

  private round(value: number): number {
    return Math.round(value * this.scale) / this.scale;
  }

  moveTo(x: number, y: number): void {
    this.data += `M${this.round(x)},${this.round(y)}`;
  }

  lineTo(x: number, y: number): void {
    this.data += `L${this.round(x)},${this.round(y)}`;
  }

  quadraticCurveTo(x1: number, y1: number, x: number, y: number): void {
    this.data += `Q${this.round(x1)},${this.round(y1)},${this.round(x)},${this.round(y)}`;
  }

  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    this.data += `C${this.round(x1)},${this.round(y1)},${this.round(x2)},${this.round(y2)},${this.round(x)},${this.round(y)}`;
  }

  toString(): string {
    return this.data;
  }
}

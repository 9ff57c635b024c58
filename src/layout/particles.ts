// What Play draws on a link: the money of the round being played, split by origin as the link's
// bands are, as streams of particles that travel along each band. Pure: the component only moves them.
import type { Money } from '../model/units';
import { bandOffsets } from './linkPaths';
import type { LinkShape } from './sankeyLayout';
import { px, toPx, type Px, type PxPerMoney } from './units';

/** One origin's particles on a link: they run along the band's centre line, `width` across. */
export interface ParticleStream {
  /** Origin index (or OTHER_ORIGINS), for the colour. */
  origin: number;
  /** Centre of the stream from the link's centre line, as a band's offset. */
  offset: Px;
  /** Each particle's breadth: the stream's band, so it never spills past it. */
  width: Px;
  /** Each particle's length along the link, and the gap to the next one. */
  length: Px;
  gap: Px;
  value: Money;
}

/** Particles are as long as they are wide, within these bounds, so a wide band does not carry blobs. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 10;
/** Every stream of a link has the same period, so the particles of a link move as one front. */
const PERIOD = 24;

/**
 * The streams of a link carrying `value` of the round played, split by origin as `byOrigin` says:
 * the round's money is a band `value × scale` wide (never wider than the link) centred in the link,
 * split in proportion to its origins, exactly as the link's own bands are split (`bandOffsets`).
 * Each stream is as wide as its origin's part, so the colours on a link are in proportion to the
 * money of each origin, and every particle lies within its band and the link.
 */
export function particleStreams(link: LinkShape, byOrigin: ArrayLike<number>, value: Money, scale: PxPerMoney): ParticleStream[] {
  if (!link.route || !(value > 0)) return [];
  const width = px(Math.min(link.width, toPx(value, scale)));
  // One front for the whole link: all particles of a link are the same length, set by the link's width.
  const length = px(Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, width)));
  const gap = px(PERIOD - length);
  return bandOffsets(byOrigin, value, width).map((band) => ({ ...band, length, gap }));
}

import { useMemo } from 'react';
import type { LinkShape } from '../layout/sankeyLayout';
import { bulkThinLinks } from './bulkLinks';

export interface BulkLinksProps {
  links: LinkShape[];
  colorByOrigin: boolean;
  /** Index of the origin shown alone, or -1 for all. */
  isolated: number;
}

/** The thin links of a large graph, a path per colour and width (wider links are drawn one by one). */
export function BulkLinks({ links, colorByOrigin, isolated }: BulkLinksProps) {
  const paths = useMemo(() => bulkThinLinks(links, colorByOrigin, isolated), [links, colorByOrigin, isolated]);
  return (
    <>
      {paths.map((path) => (
        <path
          key={path.key}
          className={`link__bulk${path.color ? '' : ' link__bulk--neutral'}`}
          d={path.d}
          stroke={path.color}
          strokeWidth={path.width}
          opacity={path.dimmed ? 0.08 : undefined}
        />
      ))}
    </>
  );
}

import type { ResultView } from './worker/protocol.js';

/**
 * A new view with the previous view's `regions` and `years` arrays when they hold the same values: every view
 * arrives as a fresh copy from the worker, and what the page works out from the regions alone (the ranking's
 * measured name column over 2,850 counties, the panel key) is memoised on the array, so a slider move at county
 * scale does not redo it.
 */
export function withStableLists(next: ResultView, previous: ResultView | null): ResultView {
  if (!previous) return next;
  const regions = sameRegions(next.regions, previous.regions) ? previous.regions : next.regions;
  const years = next.years.length === previous.years.length && next.years.every((y, t) => y === previous.years[t]) ? previous.years : next.years;
  return regions === next.regions && years === next.years ? next : { ...next, regions, years };
}

function sameRegions(a: ResultView['regions'], b: ResultView['regions']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.region4 !== y.region4 || x.name.zh !== y.name.zh || x.name.en !== y.name.en) return false;
  }
  return true;
}

import type { Panel } from '../core/model/types.js';

/** Placeholder until the region registry lands: returns the panel unchanged. */
export function matchRegistry(panel: Panel, _registry: string, _file: string): Panel {
  return panel;
}

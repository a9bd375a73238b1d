import type { FoundSection } from '../core/model';

export { sectionLabel } from '../core/compare-text';

/** The found section whose heading or body holds `block`. */
export function sectionAt(sections: FoundSection[], block: number | undefined): FoundSection | undefined {
  if (block === undefined) return undefined;
  return sections.find((s) => s.found && s.block !== undefined && s.block <= block && block <= (s.endBlock ?? s.block));
}

import { useRef } from 'react';
import type { KeyboardEvent } from 'react';

/*
 * A small tab list after the WAI-ARIA tabs pattern, drawn like Fluent's TabList (styles in
 * shellStyles.ts). Fluent's own TabList would add about 23 KB gzipped to the first load.
 */

export interface TabItem {
  id: string;
  label: string;
}

interface Props {
  tabs: TabItem[];
  selected: string;
  onSelect(id: string): void;
  label: string;
  /** What the DOM ids of the tabs and panels start with (from useId). */
  ids: string;
}

/** The DOM id of a tab and of the panel it controls. */
export const tabId = (ids: string, id: string) => `${ids}tab-${id}`;
export const panelId = (ids: string, id: string) => `${ids}panel-${id}`;

export function TabStrip({ tabs, selected, onSelect, label, ids }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys, Home and End move between tabs and open them (automatic activation).
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : undefined;
    if (next === undefined) return;
    e.preventDefault();
    refs.current[next]?.focus();
    onSelect(tabs[next].id);
  };

  return (
    <div role="tablist" aria-label={label} className="jd-tabs">
      {tabs.map((tab, i) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(ids, tab.id)}
            aria-selected={isSelected}
            aria-controls={panelId(ids, tab.id)}
            tabIndex={isSelected ? 0 : -1}
            className="jd-tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

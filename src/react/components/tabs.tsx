import type { KeyboardEvent, ReactNode } from 'react';

/**
 * The WAI-ARIA tabs pattern with automatic activation, for the drawer's two tabs. Written here
 * rather than taken from Radix Tabs: Radix brings roving focus, collections and presence
 * (about 9.7 KB min+gz) and its module-level setup defeats tree-shaking of the badge and bubble,
 * against the kit's 30 KB and 6 KB bundle budgets.
 */
export interface TabItem<T extends string> {
  value: T;
  label: ReactNode;
}

export interface TabListProps<T extends string> {
  /** Prefix for the tab and panel IDs (see `tabIDs`). */
  idBase: string;
  items: readonly TabItem<T>[];
  value: T;
  onValueChange: (value: T) => void;
  /** Arrow keys follow the reading direction. */
  dir: 'ltr' | 'rtl';
  labelledBy?: string;
}

export function tabIDs(idBase: string, value: string): { tab: string; panel: string } {
  return { tab: `${idBase}-tab-${value}`, panel: `${idBase}-panel-${value}` };
}

export function TabList<T extends string>({ idBase, items, value, onValueChange, dir, labelledBy }: TabListProps<T>) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.value === value);
    const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | undefined;
    if (event.key === forward) next = (index + 1) % items.length;
    else if (event.key === backward) next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    const target = next === undefined ? undefined : items[next];
    if (!target) return;
    event.preventDefault();
    onValueChange(target.value);
    event.currentTarget.querySelector<HTMLElement>(`#${CSS.escape(tabIDs(idBase, target.value).tab)}`)?.focus();
  };
  return (
    <div role="tablist" aria-labelledby={labelledBy} aria-orientation="horizontal" className="rrr-tablist" onKeyDown={onKeyDown}>
      {items.map((item) => {
        const selected = item.value === value;
        const ids = tabIDs(idBase, item.value);
        return (
          <button
            key={item.value}
            type="button"
            role="tab"
            id={ids.tab}
            className="rrr-tab"
            aria-selected={selected}
            aria-controls={ids.panel}
            tabIndex={selected ? 0 : -1}
            data-state={selected ? 'active' : 'inactive'}
            onClick={() => onValueChange(item.value)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

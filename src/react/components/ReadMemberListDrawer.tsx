import { useId, useRef, type DialogHTMLAttributes, type ReactNode, type RefObject } from 'react';
import type { ReadFilter } from '../../core/types';
import { useI18n } from '../i18n/context';
import type { MemberListState } from '../member-list-state';
import { chain, cx } from './class-names';
import { MemberListPanel } from './MemberListPanel';
import { shownName } from './names';
import { ProgressRing } from './ProgressRing';
import { TabList } from './tabs';
import { useControllableState } from './use-controllable-state';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';
import { useSwipeToClose } from './use-swipe-to-close';

/**
 * Props of `ReadMemberListDrawer`. Any other attribute (data-*, aria-*, handlers, `className`,
 * `style`) goes to the root `<dialog>`.
 */
export interface ReadMemberListDrawerProps
  extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'title' | 'children' | 'dir'> {
  /** Controlled open state. */
  open?: boolean;
  /** @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Controlled selected tab. */
  tab?: ReadFilter;
  /** @default 'read' */
  defaultTab?: ReadFilter;
  onTabChange?: (tab: ReadFilter) => void;
  /** The Read tab's members (e.g. from `useReadMembers(messageID, 'read')`). */
  read?: MemberListState;
  /** The Unread tab's members. */
  unread?: MemberListState;
  /**
   * Feeds the shown tab from live data instead of `read` / `unread`: render a component that
   * gets the tab's members and calls `panel(state)`. Only the shown tab is rendered.
   */
  renderTab?: (tab: ReadFilter, panel: (state: MemberListState) => ReactNode) => ReactNode;
  /** Live count for the Read tab label; invalid values show no count. */
  readCount?: number;
  /** Live count for the Unread tab label. */
  unreadCount?: number;
  /** Shown above the Unread tab's members, e.g. the sender's `RemindUnread`. */
  unreadActions?: ReactNode;
  /** @default strings.membersTitle ("Message receipts") */
  title?: ReactNode;
  /** The message the list is about, shown on one line under the title. */
  preview?: string;
  /** Where focus goes on close. @default the element focused when the drawer opened */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** Focused on close when the return target is gone (e.g. the message list). */
  fallbackFocus?: RefObject<HTMLElement | null>;
  /** Text direction for arrow keys. @default the `LocaleProvider`'s direction */
  dir?: 'ltr' | 'rtl';
}

const NOT_LOADED: MemberListState = {
  status: 'idle',
  members: [],
  hasMore: false,
  moreStatus: 'idle',
  loadMore: () => {},
  retry: () => {},
};

function validCount(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

// Reads the refs at close time on purpose: the opener may have been replaced since opening.
function restoreFocus(
  returnFocusTo: RefObject<HTMLElement | null> | undefined,
  opener: HTMLElement | null,
  fallbackFocus: RefObject<HTMLElement | null> | undefined,
) {
  const target = returnFocusTo?.current ?? opener;
  if (target?.isConnected) target.focus();
  else fallbackFocus?.current?.focus();
}

/** Who read a group message and who has not: a modal sheet with Read and Unread tabs. */
export function ReadMemberListDrawer(props: ReadMemberListDrawerProps) {
  const {
    open: openProp,
    defaultOpen,
    onOpenChange,
    tab: tabProp,
    defaultTab,
    onTabChange,
    read,
    unread,
    renderTab,
    readCount,
    unreadCount,
    unreadActions,
    title: titleProp,
    preview,
    returnFocusTo,
    fallbackFocus,
    dir: dirProp,
    className,
    ...rest
  } = props;
  const { strings, format, dir: localeDir } = useI18n();
  const dir = dirProp ?? localeDir;
  const titleId = useId();
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen ?? false, onChange: onOpenChange });
  const [tab, setTab] = useControllableState<ReadFilter>({ prop: tabProp, defaultProp: defaultTab ?? 'read', onChange: onTabChange });
  const dialogRef = useRef<HTMLDialogElement | null>(null);

  useIsomorphicLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      restoreFocus(returnFocusTo, opener, fallbackFocus);
    };
  }, [open, returnFocusTo, fallbackFocus]);

  const close = () => setOpen(false);
  const swipe = useSwipeToClose(() => dialogRef.current, close);
  const panel = (state: MemberListState) => (
    <MemberListPanel
      key={tab}
      value={tab}
      idBase={titleId}
      state={state}
      total={validCount(tab === 'read' ? readCount : unreadCount)}
      emptyText={tab === 'read' ? strings.emptyRead : strings.emptyUnread}
    />
  );
  const title = titleProp ?? strings.membersTitle;
  const readN = validCount(readCount);
  const unreadN = validCount(unreadCount);
  const total = readN !== undefined && unreadN !== undefined ? readN + unreadN : undefined;
  return (
    <dialog
      {...rest}
      ref={dialogRef}
      className={cx('rrr-drawer', className)}
      aria-labelledby={titleId}
      data-state={open ? 'open' : 'closed'}
      // Escape is handled here so a controlled parent decides; the native cancel never fires.
      onKeyDown={chain(rest.onKeyDown, (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      })}
      onCancel={chain(rest.onCancel, (event) => {
        event.preventDefault();
        close();
      })}
      onClose={chain(rest.onClose, close)}
      onClick={chain(rest.onClick, (event) => {
        if (event.target === event.currentTarget) close();
      })}
    >
      {open && (
        <>
          {/* The grab handle of the bottom sheet (narrow screens): drag it down to close. */}
          <div className="rrr-drawer-handle" aria-hidden="true" {...swipe} />
          <div className="rrr-drawer-header" {...swipe}>
            <div className="rrr-drawer-heading">
              <h2 id={titleId} className="rrr-drawer-title">
                {title}
              </h2>
              {preview !== undefined && preview !== '' && (
                <p className="rrr-drawer-preview" dir="auto">
                  {shownName(preview)}
                </p>
              )}
            </div>
            <button type="button" className="rrr-button" data-variant="quiet" onClick={close}>
              {strings.close}
            </button>
          </div>
          {total !== undefined && readN !== undefined && (
            <p className="rrr-drawer-summary" data-status={total === readN ? 'read' : readN > 0 ? 'partial' : 'sent'}>
              <ProgressRing value={total === 0 ? 1 : readN / total} />
              {strings.readOfTotal(readN, total, format)}
            </p>
          )}
          <div className="rrr-tabs" dir={dirProp}>
            <TabList
              idBase={titleId}
              labelledBy={titleId}
              value={tab}
              onValueChange={setTab}
              dir={dir}
              items={[
                { value: 'read', label: strings.readTab(readN, format) },
                { value: 'unread', label: strings.unreadTab(unreadN, format) },
              ]}
            />
            {tab === 'unread' && unreadActions}
            {/* Only the selected panel is mounted: each keeps its own scroll and virtualizer. */}
            {renderTab ? renderTab(tab, panel) : panel((tab === 'read' ? read : unread) ?? NOT_LOADED)}
          </div>
        </>
      )}
    </dialog>
  );
}

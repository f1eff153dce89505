import { fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { buildMessage, groupReceipt } from '../../../test/support/builders';
import { memberListState, polyfillDialog } from '../../../test/support/dom';
import { MessageBubble } from './MessageBubble';
import { MessageComposer } from './MessageComposer';
import { ReadMemberListDrawer } from './ReadMemberListDrawer';
import { ReadReceiptBadge } from './ReadReceiptBadge';
import { ReceiptAnnouncer } from './ReceiptAnnouncer';

beforeAll(() => polyfillDialog());

const extra = { className: 'app-class', style: { marginTop: 3 }, 'data-testid': 'root', 'aria-describedby': 'hint' } as const;

/** The element carrying the app's attributes, with the kit's own class kept beside the app's. */
function expectRoot(root: HTMLElement, kitClass: string) {
  expect(root).toHaveClass(kitClass, 'app-class');
  expect(root.style.marginTop).toBe('3px');
  expect(root).toHaveAttribute('aria-describedby', 'hint');
}

describe('presentational components pass extra props to their root', () => {
  it('ReadReceiptBadge, as a span and as a button, and forwards its ref', () => {
    const ref = createRef<HTMLElement>();
    const { getByTestId, rerender } = render(<ReadReceiptBadge {...extra} ref={ref} receipt={groupReceipt('m1', 1, 2)} />);
    expectRoot(getByTestId('root'), 'rrr-badge');
    expect(ref.current).toBe(getByTestId('root'));
    rerender(<ReadReceiptBadge {...extra} ref={ref} receipt={groupReceipt('m1', 1, 2)} onOpenMembers={() => {}} />);
    expect(getByTestId('root').tagName).toBe('BUTTON');
    expectRoot(getByTestId('root'), 'rrr-badge');
    expect(ref.current).toBe(getByTestId('root'));
  });

  it('MessageBubble, with its ref on the root', () => {
    const ref = createRef<HTMLDivElement>();
    const { getByTestId } = render(<MessageBubble {...extra} ref={ref} message={buildMessage()} own />);
    expectRoot(getByTestId('root'), 'rrr-message');
    expect(ref.current).toBe(getByTestId('root'));
  });

  it('MessageComposer', () => {
    const { getByTestId } = render(<MessageComposer {...extra} onSend={() => {}} />);
    expect(getByTestId('root').tagName).toBe('FORM');
    expectRoot(getByTestId('root'), 'rrr-composer');
  });

  it("ReadMemberListDrawer, whose own Escape handling still runs after the app's handler", () => {
    const onKeyDown = vi.fn();
    const onOpenChange = vi.fn();
    const { getByTestId } = render(
      <ReadMemberListDrawer {...extra} onKeyDown={onKeyDown} defaultOpen onOpenChange={onOpenChange} read={memberListState()} unread={memberListState()} />,
    );
    expectRoot(getByTestId('root'), 'rrr-drawer');
    fireEvent.keyDown(getByTestId('root'), { key: 'Escape' });
    expect(onKeyDown).toHaveBeenCalled();
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('ReceiptAnnouncer, staying a polite status region', () => {
    const { getByTestId } = render(<ReceiptAnnouncer {...extra} message="Read by 2" />);
    expectRoot(getByTestId('root'), 'rrr-visually-hidden');
    expect(getByTestId('root')).toHaveAttribute('role', 'status');
  });
});

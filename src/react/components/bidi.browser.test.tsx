import { render } from '@testing-library/react';
import '../styles.css';
import { buildMessage } from '../../../test/support/builders';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { getFormat } from '../i18n/format';
import { MemberRow } from './MemberRow';
import { MessageBubble } from './MessageBubble';

/** Where the ink of `el`'s text lies: the union of its characters' boxes, not the element's box. */
function textBox(el: Element | null, from = 0, to?: number): DOMRect {
  const node = el?.firstChild;
  if (!node) throw new Error('no text');
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to ?? node.textContent!.length);
  return range.getBoundingClientRect();
}

function renderRtl(text: string, nickname: string) {
  return render(
    <LocaleProvider locale="en" dir="rtl">
      <div className="rrr-root" dir="rtl" style={{ inlineSize: 480 }}>
        <MessageBubble message={buildMessage({ senderID: 'u3', text })} sender={{ userID: 'u3', nickname }} showSender />
      </div>
    </LocaleProvider>,
  );
}

// Issue 19, finding 7.
describe('bidirectional text in Chromium', () => {
  it('keeps an English sentence in order in an RTL chat: its full stop at the end, on the right', () => {
    const text = 'Stand-up moved to 10:30.';
    const { container } = renderRtl(text, 'Dana Levi');
    const p = container.querySelector('.rrr-message-text');
    const first = textBox(p, 0, 1);
    const stop = textBox(p, text.length - 1);
    expect(stop.left).toBeGreaterThan(first.right);
  });

  it('keeps a Latin name beside its avatar in an RTL reader list', () => {
    const { container } = render(
      <div className="rrr-drawer" dir="rtl" style={{ position: 'static', inlineSize: 360, blockSize: 200 }}>
        <ul className="rrr-member-list">
          <MemberRow member={{ profile: { userID: 'u1', nickname: 'Dana Levi' } }} position={1} setSize={1} format={getFormat('en')} now={0} style={{}} />
        </ul>
      </div>,
    );
    const avatar = container.querySelector('.rrr-avatar')!.getBoundingClientRect();
    const name = textBox(container.querySelector('.rrr-member-name'));
    expect(avatar.left - name.right).toBeGreaterThanOrEqual(0);
    expect(avatar.left - name.right).toBeLessThan(16);
  });

  it('keeps a Latin name beside the avatar in an RTL chat, and a Hebrew one too', () => {
    for (const nickname of ['Dana Levi', 'דנה לוי']) {
      const { container, unmount } = renderRtl('שלום', nickname);
      const avatar = container.querySelector('.rrr-avatar')!.getBoundingClientRect();
      const name = textBox(container.querySelector('.rrr-message-sender'));
      // RTL: the avatar on the right, the name's ink right next to it on its left.
      expect(avatar.left - name.right, nickname).toBeGreaterThanOrEqual(0);
      expect(avatar.left - name.right, nickname).toBeLessThan(12);
      unmount();
    }
  });
});

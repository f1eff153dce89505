import { render } from '@testing-library/react';
import { MessageText } from './MessageText';

describe('MessageText with long unbroken runs', () => {
  it('adds a break opportunity every 64 characters and keeps the text exactly', () => {
    const text = `start ${'A'.repeat(200)} end`;
    const { container } = render(<MessageText text={text} />);
    expect(container.textContent).toBe(text);
    expect(container.querySelectorAll('wbr')).toHaveLength(3);
  });

  it('leaves ordinary words alone', () => {
    const { container } = render(<MessageText text={'word '.repeat(100)} />);
    expect(container.querySelectorAll('wbr')).toHaveLength(0);
  });

  it('never splits a surrogate pair across a break', () => {
    const text = 'A'.repeat(63) + '😀'.repeat(40);
    const { container } = render(<MessageText text={text} />);
    expect(container.textContent).toBe(text);
    const nodes = [...container.querySelector('p')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    for (const node of nodes) expect(node.textContent).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('breaks long link text too, keeping the link target whole', () => {
    const url = `https://example.com/${'x'.repeat(150)}`;
    const { container } = render(<MessageText text={url} />);
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(url);
    expect(link.textContent).toBe(url);
    expect(link.querySelectorAll('wbr').length).toBeGreaterThan(0);
  });
});

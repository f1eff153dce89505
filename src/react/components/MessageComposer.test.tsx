import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MessageComposer } from './MessageComposer';
import { expectNoAxeViolations } from '../../../test/support/dom';

describe('MessageComposer', () => {
  it('sends on Enter and breaks the line on Shift+Enter', async () => {
    const onSend = vi.fn();
    const { container } = render(<MessageComposer onSend={onSend} />);
    const field = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(field, 'Hello{Shift>}{Enter}{/Shift}world');
    expect(field).toHaveValue('Hello\nworld');
    await userEvent.keyboard('{Enter}');
    expect(onSend).toHaveBeenCalledWith('Hello\nworld', { needReadReceipt: false });
    expect(field).toHaveValue('');
    await expectNoAxeViolations(container);
  });

  it('does not send while an IME composition is active', () => {
    const onSend = vi.fn();
    render(<MessageComposer onSend={onSend} />);
    const field = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(field, { target: { value: '안녕' } });
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
  });

  it('asks for receipts when the toggle is on, starting from defaultRequestReceipt', async () => {
    const onSend = vi.fn();
    render(<MessageComposer onSend={onSend} defaultRequestReceipt />);
    const toggle = screen.getByRole('checkbox', { name: 'Request read receipt' });
    expect(toggle).toBeChecked();
    await userEvent.type(screen.getByRole('textbox'), 'Hi');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenLastCalledWith('Hi', { needReadReceipt: true });
    await userEvent.click(toggle);
    await userEvent.type(screen.getByRole('textbox'), 'Again{Enter}');
    expect(onSend).toHaveBeenLastCalledWith('Again', { needReadReceipt: false });
  });

  it('ignores blank messages', async () => {
    const onSend = vi.fn();
    render(<MessageComposer onSend={onSend} />);
    await userEvent.type(screen.getByRole('textbox'), '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('is disabled with a stated reason while offline', async () => {
    const onSend = vi.fn();
    const { container } = render(<MessageComposer onSend={onSend} disabledReason="You are offline." />);
    const field = screen.getByRole('textbox', { name: 'Message' });
    const button = screen.getByRole('button', { name: 'Send' });
    expect(field).toHaveAccessibleDescription('You are offline.');
    expect(button).toHaveAccessibleDescription('You are offline.');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.type(field, 'Draft{Enter}');
    await userEvent.click(button);
    expect(onSend).not.toHaveBeenCalled();
    expect(field).toHaveValue('Draft');
    await expectNoAxeViolations(container);
  });

  it('dims Send while the field is empty, without blocking it', async () => {
    const { container } = render(<MessageComposer onSend={() => {}} />);
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('data-status', 'empty');
    expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), '  ');
    expect(form).toHaveAttribute('data-status', 'empty');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'x');
    expect(form).toHaveAttribute('data-status', 'ready');
  });
});

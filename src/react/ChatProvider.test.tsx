import { render, waitFor } from '@testing-library/react';
import { ChatError, ErrorCode } from '../core/errors';
import { immediateUpdates } from '../core/store';
import type { ErrorEntry } from '../core/store';
import { createFakeAdapter } from '../../test/support/fake-adapter';
import { ChatProvider } from './ChatProvider';

describe('ChatProvider onError', () => {
  it("hands each error to the app's latest onError, and to the options' own listener", async () => {
    const adapter = createFakeAdapter();
    let failLogin: (error: ChatError) => void = () => {};
    adapter.login.mockImplementationOnce(() => new Promise((_, reject) => (failLogin = reject)));
    const first = vi.fn();
    const latest = vi.fn<(entry: ErrorEntry) => void>();
    const fromOptions = vi.fn();
    const options = { scheduler: immediateUpdates, onError: fromOptions };
    const { rerender } = render(<ChatProvider adapter={adapter} options={options} onError={first} />);
    // An inline callback is a new function on every render: the provider follows it.
    rerender(<ChatProvider adapter={adapter} options={options} onError={latest} />);
    failLogin(new ChatError(ErrorCode.NO_PERMISSION, 'refused'));
    await waitFor(() => expect(latest).toHaveBeenCalledTimes(1));
    expect(latest.mock.calls[0]?.[0].error.code).toBe(ErrorCode.NO_PERMISSION);
    expect(fromOptions).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });
});

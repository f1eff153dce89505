import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { fakeLayout, polyfillDialog } from '../support/dom';
import { scenarios } from './scenarios';

interface ServerOutput {
  dom: string;
  html: Record<string, string>;
  logs: string[];
}

// Issue 18, finding 2. The server side runs in its own Node process, as in Next.js: no
// `document`, so the kit picks its server code paths; this file hydrates what it printed.
let server: ServerOutput;
beforeAll(() => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', resolve('test/ssr/render-on-server.tsx')], { encoding: 'utf8' });
  server = JSON.parse(output) as ServerOutput;
}, 60_000);

const names = Object.keys(scenarios);

describe('server rendering', () => {
  it('renders every component without a DOM, and without a warning', () => {
    expect(server.dom).toBe('undefined');
    expect(server.logs).toEqual([]);
    expect(Object.keys(server.html)).toEqual(names);
    for (const name of names) expect(server.html[name], name).toMatch(/^<(div|p|span|section|form|dialog)\b/);
  });

  it('renders ChatProvider + ConversationView as a loading shell: nothing claimed before the backend answers', () => {
    const shell = document.createElement('div');
    shell.innerHTML = server.html['ChatProvider + ConversationView (group)'] ?? '';
    expect(shell.querySelector('[role="log"]')?.getAttribute('aria-label')).toBe('Conversation');
    expect(shell.querySelector('.rrr-empty')?.textContent).toBe('Loading messages…');
    expect(shell.querySelector('.rrr-composer-reason')?.textContent).toBe('Connecting… Messages can be sent once you are signed in.');
    // Not "You are offline", not "receipts are not available": neither is known yet.
    expect(shell.textContent).not.toMatch(/offline|not available/);
    expect(shell.querySelector('[role="alert"]')).toBeNull();
  });

  it('renders the same shell every time', () => {
    const again = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', resolve('test/ssr/render-on-server.tsx')], { encoding: 'utf8' }),
    ) as ServerOutput;
    expect(again.html).toEqual(server.html);
  }, 60_000);
});

describe('hydration of the server HTML', () => {
  let restoreLayout: () => void;
  beforeAll(() => {
    polyfillDialog();
    restoreLayout = fakeLayout();
  });
  afterAll(() => restoreLayout());
  let root: Root | undefined;
  let container: HTMLElement;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(async () => {
    await act(async () => root?.unmount());
    root = undefined;
    container.remove();
  });

  async function hydrate(name: string): Promise<unknown[]> {
    const recoverable: unknown[] = [];
    container.innerHTML = server.html[name] ?? '';
    await act(async () => {
      root = hydrateRoot(container, scenarios[name]!(), { onRecoverableError: (error) => recoverable.push(error) });
    });
    return recoverable;
  }

  // A mismatch is a recoverable error (React 19) or a console.error (React 18): the setup
  // fails a test on any console.error.
  it.each(names.filter((name) => !name.startsWith('ChatProvider')))('%s hydrates without a mismatch', async (name) => {
    expect(await hydrate(name)).toEqual([]);
    // What the server sent is what the user keeps seeing, except where an effect is the point:
    // the list lays out its rows once it can measure, the drawer opens as a modal.
    if (name === 'MessageList' || name === 'ReadMemberListDrawer') return;
    const sent = document.createElement('div');
    sent.innerHTML = server.html[name] ?? '';
    expect(container.isEqualNode(sent)).toBe(true);
  });

  it.each(names.filter((name) => name.startsWith('ChatProvider')))('%s hydrates, then goes live', async (name) => {
    expect(await hydrate(name)).toEqual([]);
    // The shell becomes the conversation: logged in, first page loaded, sending enabled.
    await waitFor(() => expect(screen.queryByText('Loading messages…')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled'));
    expect(screen.getByRole('log').querySelectorAll('.rrr-message').length).toBeGreaterThan(0);
    // Profiles and counts that follow the first page, inside act.
    await act(() => new Promise((done) => setTimeout(done, 50)));
  });
});

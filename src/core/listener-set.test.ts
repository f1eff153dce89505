import type { ChatEvent } from './adapter';
import { ErrorCode } from './errors';
import { ListenerSet } from './listener-set';

const event: ChatEvent = { type: 'connection', state: 'connected' };

describe('ListenerSet', () => {
  it('refuses a listener that is not a function with INVALID_PARAMETER', () => {
    expect(() => new ListenerSet().add('nope' as never)).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_PARAMETER }));
  });

  it('does not call a listener removed by an earlier one in the same dispatch', () => {
    const set = new ListenerSet();
    const second = vi.fn();
    let removeSecond = () => false;
    set.add(() => removeSecond());
    removeSecond = set.add(second);
    set.emit(event);
    expect(second).not.toHaveBeenCalled();
    expect(set.size).toBe(1);
  });

  it('keeps calling the others when one throws, and rethrows the error in a microtask', async () => {
    const set = new ListenerSet();
    const after = vi.fn();
    set.add(() => {
      throw new Error('broken listener');
    });
    set.add(after);
    const rethrown = new Promise<unknown>((resolve) => {
      const original = globalThis.queueMicrotask;
      vi.spyOn(globalThis, 'queueMicrotask').mockImplementationOnce((task) =>
        original(() => {
          try {
            task();
          } catch (error) {
            resolve(error);
          }
        }),
      );
    });
    set.emit(event);
    expect(after).toHaveBeenCalledWith(event);
    await expect(rethrown).resolves.toMatchObject({ message: 'broken listener' });
  });

  it('gives each listener its own copy when asked to', () => {
    const set = new ListenerSet();
    const seen: ChatEvent[] = [];
    set.add((e) => seen.push(e));
    set.add((e) => seen.push(e));
    set.emit(event, (e) => ({ ...e }));
    expect(seen[0]).toEqual(event);
    expect(seen[0]).not.toBe(seen[1]);
  });
});

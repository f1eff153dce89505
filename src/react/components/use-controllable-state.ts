import { useCallback, useState } from 'react';

interface ControllableStateOptions<T> {
  prop: T | undefined;
  defaultProp: T;
  onChange: ((value: T) => void) | undefined;
}

/**
 * Radix's convention in a dozen lines: controlled when `prop` is defined, otherwise
 * internal state seeded from `defaultProp`; `onChange` hears every real change either way.
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const controlled = prop !== undefined;
  const value = controlled ? prop : uncontrolled;
  const setValue = useCallback(
    (next: T) => {
      if (Object.is(next, value)) return;
      if (!controlled) setUncontrolled(next);
      onChange?.(next);
    },
    [controlled, value, onChange],
  );
  return [value, setValue];
}

import { useEffect, useLayoutEffect } from 'react';

/**
 * useLayoutEffect in the browser, useEffect on the server. Neither runs on the server, but
 * React 18's server renderer warns about every useLayoutEffect it meets (React 19 does not),
 * and the kit's components render on the server as a loading shell.
 */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

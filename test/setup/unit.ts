import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import './console-guard';

// jsdom implements no canvas; axe-core asks for one and jsdom reports "Not implemented" on the
// console. A browser without 2D canvas support returns null here, which axe handles.
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => {
  cleanup();
});

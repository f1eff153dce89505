import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds bench/app in production mode into bench/results/app; returns that folder. */
export async function buildBenchApp(): Promise<string> {
  const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
  await build({ configFile, mode: 'production', logLevel: 'warn' });
  return fileURLToPath(new URL('../results/app', import.meta.url));
}

import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // This folder is the app's root, whatever lockfiles sit above it (the kit's own repository).
  turbopack: { root: here },
  outputFileTracingRoot: here,
};

export default nextConfig;

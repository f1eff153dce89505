import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './': the built files work from any folder of any static file host.
export default defineConfig({ base: './', plugins: [react()] });

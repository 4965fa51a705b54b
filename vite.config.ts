import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/lib/csp';

// Relative base: the built site works when served from any sub-path.
export default defineConfig({
  base: './',
  // cspPlugin: the strict Content-Security-Policy for `vite preview` and dist/csp.txt (issue #6, docs/DEPLOY.md).
  plugins: [react(), cspPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built site works when served from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
});

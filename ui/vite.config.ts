import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the shell serves the build from its own protocol, not a web root.
  base: './',
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});

/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { swaggerUi } from './build/swaggerUi.ts';

/** Where the WildFly dev stack listens; the dev server forwards server paths there. */
const backend = process.env.ZHURNAL_BACKEND ?? 'http://localhost:28080';
const serverPaths = ['/api', '/login', '/logout', '/callback', '/openapi'];

export default defineConfig({
  base: '/',
  plugins: [react(), swaggerUi()],
  build: {
    // Maven packs web/target/frontend at the WAR root.
    outDir: '../../../target/frontend',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: Object.fromEntries(
      serverPaths.map((path) => [path, { target: backend, changeOrigin: false }]),
    ),
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/testSetup.ts'],
    restoreMocks: true,
  },
});

import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Files taken verbatim from the swagger-ui-dist package into `<outDir>/api-docs/`. */
const SWAGGER_UI_FILES = [
  'swagger-ui.css',
  'swagger-ui-bundle.js',
  'favicon-16x16.png',
  'favicon-32x32.png',
  'LICENSE',
  'NOTICE',
];

/**
 * Copies the Swagger UI distribution next to our own `public/api-docs/index.html` and
 * initializer, so that `/api-docs/` works without any CDN.
 */
export function swaggerUi(): Plugin {
  let outDir = '';
  return {
    name: 'zhurnal-swagger-ui',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const require = createRequire(import.meta.url);
      const distDir = dirname(require.resolve('swagger-ui-dist/package.json'));
      const target = join(outDir, 'api-docs');
      await mkdir(target, { recursive: true });
      await Promise.all(
        SWAGGER_UI_FILES.map((file) => copyFile(join(distDir, file), join(target, file))),
      );
    },
  };
}

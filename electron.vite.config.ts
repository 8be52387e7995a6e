import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const shared = resolve(__dirname, 'src/shared');

// zod ships comments Rollup cannot place; they are harmless and would drown real warnings.
const quietAnnotations = {
  onwarn(warning: { code?: string }, warn: (warning: never) => void) {
    if (warning.code !== 'INVALID_ANNOTATION') warn(warning as never);
  }
};

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      rollupOptions: {
        ...quietAnnotations,
        // Two entries: the Electron shell and the plain-Node browser mode share every module but the shell.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          browser: resolve(__dirname, 'src/main/browser-main.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    // A sandboxed preload cannot require node_modules, so zod and the contract are bundled in.
    build: { externalizeDeps: false, rollupOptions: quietAnnotations }
  },
  renderer: {
    resolve: { alias: { '@shared': shared } },
    plugins: [svelte()],
    build: {
      rollupOptions: {
        ...quietAnnotations
      },
      // Minified like any web page (electron-vite leaves it off by default): the renderer's code is parsed at every start.
      minify: 'esbuild',
      cssMinify: true
    }
  }
});

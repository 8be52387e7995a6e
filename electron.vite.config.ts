import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const shared = resolve(__dirname, 'src/shared');

/**
 * The plan screen's chunk takes in the small parts it shares with the editor, the wizard and the
 * timeline (the date and title fields, the plan state, Svelte's await block, actions, styles and
 * form bindings), which Rollup would otherwise split into a chunk each: opening the app on the plan
 * is then two requests for code, not nine, over the six connections a browser keeps to a host.
 */
const PLAN_PARTS =
  /svelte\/src\/internal\/client\/dom\/(blocks\/await|elements\/(actions|style|bindings\/(input|select)))\.js$|components\/(DateField|TitleField)\.svelte$|lib\/plan-state\.svelte\.ts$|views\/PlanView\.svelte$/;

interface ChunkMeta {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/**
 * Whether a module is reached from the entry by static imports (it is in the first bundle). Those are
 * named for the entry's chunk too: a manual chunk otherwise takes in every module it imports that no
 * chunk holds yet, the Svelte runtime included.
 */
const inEntry = new Map<string, boolean>();
function inFirstBundle(id: string, meta: ChunkMeta, seen = new Set<string>()): boolean {
  const known = inEntry.get(id);
  if (known !== undefined) return known;
  if (seen.has(id)) return false;
  seen.add(id);
  const info = meta.getModuleInfo(id);
  const reached = !!info && (info.isEntry || info.importers.some((importer) => inFirstBundle(importer, meta, seen)));
  inEntry.set(id, reached);
  return reached;
}

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
        ...quietAnnotations,
        output: {
          manualChunks(id: string, meta: ChunkMeta) {
            // The plan's parts first: Svelte's runtime reaches its await block and bindings by re-exports.
            if (PLAN_PARTS.test(id)) return 'PlanView';
            if (inFirstBundle(id, meta)) return 'index';
            return undefined;
          }
        }
      },
      // Minified like any web page (electron-vite leaves it off by default): the renderer's code is parsed at every start.
      minify: 'esbuild',
      cssMinify: true
    }
  }
});

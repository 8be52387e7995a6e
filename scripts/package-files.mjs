// The files electron-builder puts in the app's ASAR, computed the way it does: electron-builder.yml's
// `files` patterns (last match wins) plus its default exclusions for the app's own files, and the
// production dependency tree (dependencies and optionalDependencies, recursively) minus what its
// node-module copier leaves out. Used by scripts/check-package.mjs.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

const require = createRequire(import.meta.url);
// The glob library electron-builder itself matches `files` with, so both read the patterns alike.
const { Minimatch } = createRequire(require.resolve('app-builder-lib/package.json'))('minimatch');
const { excludedExts, excludedNames } = require('app-builder-lib/out/fileMatcher');

export const toPosix = (path) => path.split(sep).join('/');
const glob = (pattern) => new Minimatch(pattern, { dot: true });

export function* walk(dir, skip = () => false) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(entry.name, path)) continue;
    if (entry.isDirectory()) yield* walk(path, skip);
    else yield path;
  }
}

/** `{ appFiles, moduleFiles, modules }` for the project at `root` packaged with builder `config`. */
export function packageFiles(root, config) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // electron-builder's own exclusions, added to the configured patterns.
  const defaultExclusions = [
    `**/*.{${excludedExts},pdb}`,
    '**/._*',
    '**/electron-builder.{yaml,yml,json,json5,toml,ts}',
    `**/{${excludedNames}}`,
    `${config.directories?.buildResources ?? 'build'}{,/**/*}`,
    `${config.directories?.output ?? 'dist'}{,/**/*}`
  ].map(glob);
  const patterns = config.files.map((pattern) => ({ exclude: pattern.startsWith('!'), glob: glob(pattern.replace(/^!/, '')) }));

  /** Last matching pattern wins; node_modules files start included (the dependency walker chose them). */
  function selected(path, includedByDefault) {
    let included = includedByDefault;
    for (const pattern of patterns) if (pattern.glob.match(path)) included = !pattern.exclude;
    return included && !defaultExclusions.some((exclusion) => exclusion.match(path));
  }

  // 1. The app's own files.
  const appFiles = [...walk(root, (name, path) => dirname(path) === root && ['node_modules', '.git'].includes(name))].filter((file) =>
    selected(toPosix(relative(root, file)), false)
  );

  // 2. Production dependencies, without the files electron-builder's node-module copier leaves out.
  const moduleExcludedFiles = new Set([
    'CHANGELOG.md',
    'ChangeLog',
    'changelog.md',
    'Changelog.md',
    'Changelog',
    'binding.gyp',
    'node_gyp_bins',
    ...excludedNames.split(',')
  ]);
  const moduleTopLevelExcluded = new Set([
    'karma.conf.js',
    '.coveralls.yml',
    'README.md',
    'readme.markdown',
    'README',
    'readme.md',
    'Readme.md',
    'Readme',
    'readme',
    'test',
    'tests',
    '__tests__',
    'powered-test',
    'example',
    'examples',
    '.bin'
  ]);
  function packageDir(name, from) {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir)
        throw new Error(`Production dependency ${name} is not installed (needed by ${relative(root, from) || 'the app'})`);
    }
  }
  const modules = new Map();
  (function collect(from, manifest) {
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      let dir;
      try {
        dir = packageDir(name, from);
      } catch (error) {
        if (manifest.optionalDependencies?.[name]) continue;
        throw error;
      }
      if (modules.has(dir)) continue;
      modules.set(dir, name);
      collect(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
    }
  })(root, pkg);
  const moduleFiles = [];
  for (const dir of modules.keys()) {
    for (const file of walk(dir, (name, path) => {
      if (name === 'node_modules' || moduleExcludedFiles.has(name) || name.startsWith('._')) return true;
      if (dirname(path) === dir && moduleTopLevelExcluded.has(name)) return true;
      if (path.endsWith(`Release${sep}${name}`) && (name === '.deps' || name === 'obj.target')) return true;
      return dirname(path).endsWith('build') && (name === 'Makefile' || /\.(mk|gypi|Makefile)$/.test(name));
    })) {
      if (!lstatSync(file).isSymbolicLink() && selected(toPosix(relative(root, file)), true)) moduleFiles.push(file);
    }
  }
  return { appFiles, moduleFiles, modules };
}

// Builds the extension and the CLI into dist/, and the test suites into out/.
//   node esbuild.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests') || watch;

/** Every `*.ts` below `dir`, recursively. */
function tsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

/**
 * OpenCC's dictionaries (1.3 MB of text) stay out of extension.js and cli.js: each is a text file in dist/opencc/
 * (<Name>.txt, the string opencc-js's dictionary module exports), read on first use a piece at a time, so loading
 * the extension reads none of them and no first use compiles a 1.9 MB module in one go. The modules themselves
 * are left out of the bundles; a bundle that asks for one (its text file missing) gets an error naming the file.
 */
const DICT_DIR = 'node_modules/opencc-js/dist/esm-lib/dict';
const dictionariesOutside = {
  name: 'opencc-dictionaries-outside',
  setup(build) {
    build.onResolve({ filter: /^opencc-js\/dict\/\w+$/ }, (args) => ({ path: args.path.split('/').pop(), namespace: 'opencc-dictionary-file' }));
    build.onLoad({ filter: /.*/, namespace: 'opencc-dictionary-file' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`the OpenCC dictionary dist/opencc/${args.path}.txt is missing: run node esbuild.mjs`)});`,
      loader: 'js',
    }));
  },
};

/** dist/opencc/<Name>.txt for each opencc-js dictionary module. */
async function writeDictionaries() {
  mkdirSync('dist/opencc', { recursive: true });
  for (const file of readdirSync(DICT_DIR).filter((f) => f.endsWith('.js'))) {
    const { default: text } = await import(pathToFileURL(join(DICT_DIR, file)).href);
    if (typeof text !== 'string') throw new Error(`${join(DICT_DIR, file)} does not export a string`);
    writeFileSync(join('dist/opencc', file.replace(/\.js$/, '.txt')), text);
  }
}

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    external: ['vscode'],
    plugins: [dictionariesOutside],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    define: { POLICY_LENS_VERSION: JSON.stringify(version) },
    plugins: [dictionariesOutside],
  },
];
if (tests) {
  builds.push(
    {
      ...common,
      entryPoints: tsFiles('test/unit').filter((f) => !f.includes('standIn')),
      outdir: 'out/unit',
      external: ['mocha', 'fast-check'],
      // src/workspace, tested in node: the part of the VS Code API it uses.
      alias: { vscode: './test/unit/standIn/vscode.ts' },
      sourcemap: true,
      minify: false,
    },
    {
      ...common,
      entryPoints: tsFiles('test/integration'),
      outdir: 'out/integration',
      external: ['vscode', 'mocha'],
      sourcemap: true,
      minify: false,
    },
  );
}

if (!watch) {
  rmSync('dist', { recursive: true, force: true });
  if (tests) rmSync('out', { recursive: true, force: true });
}

/** Files the package serves as they are: the glossary JSON schema (package.json jsonValidation), the dictionaries. */
async function copyAssets() {
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/core/terms/glossary.schema.json', 'dist/glossary.schema.json');
  await writeDictionaries();
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  await copyAssets();
  console.log('[watch] build started; watching for changes');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  await copyAssets();
  console.log(`built ${tests ? 'dist/ and out/' : 'dist/'}${production ? ' (production)' : ''} in ${Date.now() - t0} ms`);
}

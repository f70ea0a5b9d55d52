// Builds the extension and the CLI into dist/, and the test suites into out/.
//   node esbuild.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

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
 * OpenCC's dictionaries (1.3 MB of text) stay out of extension.js and cli.js: each is its own file in
 * dist/opencc/, required on first use, so loading the extension parses none of them.
 */
const DICT_DIR = 'node_modules/opencc-js/dist/esm-lib/dict';
const dictionariesOutside = {
  name: 'opencc-dictionaries-outside',
  setup(build) {
    build.onResolve({ filter: /^opencc-js\/dict\/\w+$/ }, (args) => ({ path: `./opencc/${args.path.split('/').pop()}.js`, external: true }));
  },
};
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
  {
    ...common,
    entryPoints: readdirSync(DICT_DIR).filter((f) => f.endsWith('.js')).map((f) => join(DICT_DIR, f)),
    outdir: 'dist/opencc',
    sourcemap: false,
    minify: true,
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

/** Files the package serves as they are: the glossary JSON schema (package.json jsonValidation). */
function copyAssets() {
  mkdirSync('dist', { recursive: true });
  copyFileSync('src/core/terms/glossary.schema.json', 'dist/glossary.schema.json');
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  copyAssets();
  console.log('[watch] build started; watching for changes');
} else {
  const t0 = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  copyAssets();
  console.log(`built ${tests ? 'dist/ and out/' : 'dist/'}${production ? ' (production)' : ''} in ${Date.now() - t0} ms`);
}

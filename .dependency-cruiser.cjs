/** Layering: core ← services ← storage/http/cli/portal. Checked in `npm run check`. */
module.exports = {
  forbidden: [
    { name: 'core-is-pure', severity: 'error', comment: 'core has no I/O: no node:* modules, no outer layers',
      from: { path: '^src/core' },
      to: { path: '^(src/(services|storage|http|cli|portal|web)|node:|fs|path|crypto|better-sqlite3|pg|kysely|fastify)' } },
    { name: 'core-no-node-builtins', severity: 'error', from: { path: '^src/core' }, to: { dependencyTypes: ['core'] } },
    { name: 'services-only-core', severity: 'error', comment: 'services talk to storage through ports',
      from: { path: '^src/services' }, to: { path: '^src/(storage|http|cli|portal|web)' } },
    { name: 'storage-not-up', severity: 'error', from: { path: '^src/storage' }, to: { path: '^src/(http|cli|portal|web)' } },
    { name: 'web-is-client', severity: 'error', comment: 'the browser app reaches the server only over HTTP',
      from: { path: '^src/web' }, to: { path: '^src/(services|storage|http|cli|portal)' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.(test|fixtures)\\.ts$' },
  },
};

import { defineConfig } from 'vite';

// The staff application (src/web) builds to dist/web, which the Fastify server serves at `/`.
// JSX goes through esbuild's automatic runtime; no React plugin is needed for a production build.
const api = 'http://localhost:3000';

export default defineConfig({
  root: 'src/web',
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; irrelevant to a browser bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      output: {
        // Long-lived vendor code in its own chunks, so a change to the app does not bust them.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@tanstack)\//.test(id)) return 'react';
          return 'antd';
        },
      },
    },
  },
  server: {
    proxy: { '/api': api, '/portal': api },
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

// The web UI lives in web/; the build lands in dist/web, which the server serves.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  css: { postcss: fileURLToPath(new URL('./web', import.meta.url)) },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Long-lived vendor chunks, so a release that changes only our code re-downloads little.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (id.includes('node_modules/@mantine/')) return 'mantine';
          if (/node_modules\/(i18next|react-i18next)\//.test(id)) return 'i18n';
          // Charts load with the reports pages only, never with the first page.
          if (id.includes('node_modules/echarts/')) return 'echarts';
          if (id.includes('node_modules/zrender/')) return 'zrender';
          return 'vendor';
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, proxy: api },
  preview: { host: '127.0.0.1', port: 4173, proxy: api },
});

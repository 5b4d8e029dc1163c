import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <okta-*> are custom elements: Vue must not try to resolve them as Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('okta-') } },
    }),
  ],
});

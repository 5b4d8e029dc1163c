import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/** The package's own sources, with a trailing slash. */
const SRC = fileURLToPath(new URL('../src/', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs: see `tags` in preview.ts); their text and API tables come from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },

  async viteFinal(viteConfig) {
    // Decorators: Vite 8 compiles TypeScript with Oxc, which reads tsconfig.json. With the project's
    // `experimentalDecorators: true` and `useDefineForClassFields: false` it emits `__decorate(...)` calls
    // and constructor assignments, as tsc does, so no extra transform is needed here.

    // Storybook's web-components renderer imports `lit/directive-helpers.js`, which the dev server's
    // dependency optimizer leaves out: it then loads a second lit-html ("Multiple versions of Lit
    // loaded"). Pre-bundled with the rest, it shares the one copy of lit-html.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };

    // Side effects: package.json `sideEffects` lists only files under dist/. To Vite (Rolldown) every
    // module in src/ therefore looks side-effect free, and a production build drops the
    // `import '../src/index.js'` of the stories, and with it every `customElements.define()`: the
    // stories would render empty tags. The sources of the elements do have side effects: say so.
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'okta-elements:src-has-side-effects',
        transform: {
          filter: { id: /\.ts$/ },
          handler(_code: string, id: string) {
            return id.startsWith(SRC) ? { moduleSideEffects: true } : null;
          },
        },
      },
    ];
    return viteConfig;
  },
};

export default config;

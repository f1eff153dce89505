import type { StorybookConfig } from '@storybook/react-vite';
import { withoutVitePlugins } from '@storybook/builder-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(config) {
    // vite.config.ts is the library build; its dts and lib pieces must not run in Storybook.
    config.plugins = await withoutVitePlugins(config.plugins, ['unplugin-dts', 'rrr-stylesheet']);
    if (config.build) delete config.build.lib;
    return config;
  },
};

export default config;

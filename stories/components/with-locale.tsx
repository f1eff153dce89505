import type { Decorator } from '@storybook/react-vite';
import { LocaleProvider } from '../../src/react/i18n/LocaleProvider';

/** Follows the toolbar's locale, so every story can be read in en, ko and zh-CN. */
export const withLocale: Decorator = (Story, context) => (
  <LocaleProvider locale={(context.globals as { locale?: string }).locale ?? 'en'}>
    <Story />
  </LocaleProvider>
);

import type { Decorator, Preview } from '@storybook/react-vite';
import { LocaleProvider } from '../src/react/i18n/LocaleProvider';
import '../src/react/styles.css';

// Theme, direction and locale from the toolbar, for every story.
const withTheme: Decorator = (Story, context) => {
  const { theme, direction, locale } = context.globals as { theme: string; direction: 'ltr' | 'rtl'; locale: string };
  return (
    <LocaleProvider locale={locale} dir={direction}>
      <div className="rrr-root" data-theme={theme} dir={direction} lang={locale} style={{ padding: 16 }}>
        <Story />
      </div>
    </LocaleProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  parameters: {
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark', 'system'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale of built-in strings',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'ko', 'zh-CN', 'zh-TW'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en' },
};

export default preview;

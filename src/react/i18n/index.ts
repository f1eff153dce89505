export { useI18n, type I18n } from './context';
export { en } from './en';
export { getFormat } from './format';
export { ko } from './ko';
export { LocaleProvider, builtInStrings, type LocaleProviderProps } from './LocaleProvider';
export type { Format, PluralForms, Strings } from './types';
export { zhCN } from './zh-CN';
export { zhTW } from './zh-TW';

import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { formatMessage } from './format-message';
import kk from './kk.json';
import ky from './ky.json';
import ru from './ru.json';
import { isLanguage, type Language } from './languages';

export type { Language } from './languages';
export type MessageKey = keyof typeof kk;

const CATALOGUES: Record<Language, Record<string, string>> = { kk, ru, ky };

/** A language's own name for itself ("Кыргызча"), as the switcher offers it. */
export const ownName = (language: Language): string => CATALOGUES[language][`language.${language}`];
const STORAGE_KEY = 'kazpost.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A message by a key made at run time (an error code); `fallback` when the catalogue lacks it. */
  tOr(key: string, fallback: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function remembered(): Language {
  const chosen = localStorage.getItem(STORAGE_KEY);
  return isLanguage(chosen) ? chosen : 'kk';
}

/**
 * Every word on screen comes from the kk, ru or ky catalogue, as ICU messages (plurals); the
 * choice is remembered.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(remembered);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[language];
    return {
      language,
      setLanguage,
      t: (key, values) => formatMessage(catalogue[key], language, values),
      tOr: (key, fallback, values) =>
        formatMessage(catalogue[key] ?? catalogue[fallback], language, values),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}

import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatMessage } from './format-message';
import kk from './kk.json';
import names from './language-names.json';
import { isLanguage, type Language } from './languages';

export type { Language } from './languages';
export type MessageKey = keyof typeof kk;
type Catalogue = Record<string, string>;

/**
 * Kazakh, the first language, comes with the app; Russian and Kyrgyz are files of their own,
 * fetched when chosen, so the sign-in screen does not wait for three catalogues on a slow link.
 */
const CATALOGUES: Record<Language, () => Promise<Catalogue>> = {
  kk: () => Promise.resolve(kk),
  ru: async () => (await import('./ru.json')).default,
  ky: async () => (await import('./ky.json')).default,
};

/** A language's own name for itself ("Кыргызча"), as the switcher offers it. */
export const ownName = (language: Language): string => names[language];
const STORAGE_KEY = 'kazpost.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A message by a key made at run time (an error code); `fallback` when the catalogue lacks it. */
  tOr(key: string, fallback: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** The language chosen last in this browser (Kazakh at first), with its catalogue. */
export async function rememberedLanguage(): Promise<{ language: Language; catalogue: Catalogue }> {
  const chosen = localStorage.getItem(STORAGE_KEY);
  const language = isLanguage(chosen) ? chosen : 'kk';
  return { language, catalogue: await CATALOGUES[language]() };
}

/**
 * Every word on screen comes from the kk, ru or ky catalogue, as ICU messages (plurals); the
 * choice is remembered. A newly chosen language shows once its catalogue has come.
 */
export function LanguageProvider({
  initial,
  children,
}: {
  initial: { language: Language; catalogue: Catalogue };
  children: ReactNode;
}) {
  const [{ language, catalogue }, setShown] = useState(initial);
  const wanted = useRef(initial.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    wanted.current = next;
    void CATALOGUES[next]().then((loaded) => {
      // Two quick choices: the last one wins, whichever file came first.
      if (wanted.current === next) setShown({ language: next, catalogue: loaded });
    });
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, values) => formatMessage(catalogue[key], language, values),
      tOr: (key, fallback, values) =>
        formatMessage(catalogue[key] ?? catalogue[fallback], language, values),
    }),
    [language, catalogue, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside LanguageProvider');
  return i18n;
}

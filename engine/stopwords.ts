/**
 * Function words of every registered language: they carry no topic and are skipped when
 * scoring. One set for all languages, so a quote or a code-switched sentence reads the same.
 */
import { LANGS, TEXT_PACKS } from './knowledge/lang';

export const STOPWORDS = new Set(LANGS.flatMap((lang) => TEXT_PACKS[lang].stopwords));

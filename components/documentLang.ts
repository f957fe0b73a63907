import { useEffect } from 'preact/hooks';
import type { Lang } from '../engine/schema';

/**
 * An extension page speaks its UI language: `<html lang>` (a screen reader picks its voice
 * from it; a `lang` on an inner element does not name the page's) and a title that says
 * which page it is, both following the reader's EN/ES switch.
 */
export function useDocumentLang(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { localeMessages } from './i18n/strings';
import { RATING_LABELS } from './engine/summary';
import { coverage, loadData } from './scripts/lib/data-files';
import { formatProblem } from './engine/schema';
import { knowledgeProblems } from './engine/knowledge/check';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // terser packs the content scripts about 4% smaller than esbuild's minifier (50.4 -> 48.3 kB gzipped): every page loads
  // them. collapse_vars off keeps zod's `const F = Function; new F("")` probe as written, which web-ext lint accepts.
  vite: () => ({
    plugins: [preact()],
    build: { minify: process.env.PUENTE_NO_MINIFY ? false : 'terser', terserOptions: { compress: { collapse_vars: false } }, sourcemap: Boolean(process.env.PUENTE_SOURCEMAP) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'puente@puente-extension', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
  hooks: {
    // Bundled facts and the engine's knowledge files are validated before anything is built: a bad one fails the build.
    'build:before': () => {
      const knowledge = knowledgeProblems();
      if (knowledge.length) throw new Error(`Invalid knowledge files:\n${knowledge.join('\n')}`);
      const { facts, problems } = loadData();
      if (problems.length) {
        throw new Error(`Invalid fact data:\n${problems.map(formatProblem).join('\n')}`);
      }
      const counts = coverage(facts);
      console.log(`Puente: ${facts.length} facts validated (${Object.values(counts).filter((n) => n > 0).length} topics).`);
    },
    // _locales is generated from i18n/strings.ts, the one source of UI strings.
    'build:publicAssets': (_wxt, files) => {
      for (const lang of ['en', 'es'] as const) {
        const messages = localeMessages(lang);
        for (const [rating, label] of Object.entries(RATING_LABELS)) messages[`rating_${rating.replace('-', '_')}`] = { message: label[lang] };
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
});

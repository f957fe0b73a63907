import type { Lang, Problem } from '../../engine/schema';
import { formatProblem } from '../../engine/schema';
import { t } from '../../i18n/strings';

export function Problems({ problems, lang }: { problems: Problem[]; lang: Lang }) {
  if (!problems.length) return null;
  return (
    <div class="problems" role="alert">
      <p>
        <strong>{t(lang, 'problemsTitle')}</strong>
      </p>
      <ul>
        {problems.slice(0, 200).map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
      {problems.length > 200 && <p>… +{problems.length - 200}</p>}
    </div>
  );
}

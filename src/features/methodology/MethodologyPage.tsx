/** A short methodology page: how values are extracted and verified, the grades, the gap types, the qualifiers. */
import '../../shared/i18n/messages/methodology';
import { useT } from '../../shared/i18n/use-t';
import type { Grade, Status } from '../../model/schema';
import { useDataset } from '../../shared/data/use-datasets';
import './methodology.css';

const GRADES: Grade[] = ['comparable', 'comparable_with_caveats', 'not_comparable'];
const GAPS = ['not_disclosed', 'not_applicable', 'claimed_not_found', 'garbled'] as const satisfies readonly Status[];

export default function MethodologyPage() {
  const { t } = useT();
  return (
    <article className="methodology">
      <p>{t('method.intro')}</p>
      <h2>{t('method.extractTitle')}</h2>
      <p>{t('method.extract')}</p>
      <h2>{t('method.deriveTitle')}</h2>
      <p>{t('method.derive')}</p>
      <h2>{t('method.gradesTitle')}</h2>
      <dl className="method-list">
        {GRADES.map((g) => (
          <div key={g}>
            <dt>
              <span className={`grade-badge grade-${g}`}>{t(`grade.${g}`)}</span>
            </dt>
            <dd>{t(`method.grades.${g}`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('method.gapsTitle')}</h2>
      <dl className="method-list">
        {GAPS.map((s) => (
          <div key={s}>
            <dt>
              <span className={`gap gap-${s}`}>{t(`status.${s}`)}</span>
            </dt>
            <dd>{t(`method.gaps.${s}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('method.gapsNote')}</p>
      <h2>{t('method.qualifiersTitle')}</h2>
      <p>{t('method.qualifiers')}</p>
      <ScoreFormula />
    </article>
  );
}

/** The disclosure score, with the formula exactly as the compiled matrix states it. */
function ScoreFormula() {
  const tr = useT();
  const matrix = useDataset('matrix');
  return (
    <section aria-labelledby="method-score" id="disclosure-score">
      <h3 id="method-score">{tr.t('method.scoreTitle')}</h3>
      <p>{tr.t('method.score')}</p>
      {matrix.status === 'ready' && (
        <>
          <h4>{tr.t('method.scoreFormula')}</h4>
          <p className="score-formula">{tr.pick(matrix.data.matrix.scoreFormula.zh, matrix.data.matrix.scoreFormula.en)}</p>
        </>
      )}
    </section>
  );
}

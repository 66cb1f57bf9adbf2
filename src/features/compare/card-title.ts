import type { Translator } from '../../shared/i18n/use-t';
import type { CardModel } from '../../model/card-model';

/** The card's title as cited: the metric's name, with the normalisation when one is shown. */
export function cardTitle(model: CardModel, tr: Translator): string {
  const name = tr.pick(model.metric.nameZh, model.metric.nameEn);
  if (model.mode === 'absolute') return name;
  const mode = tr.t(`norm.${model.mode}`);
  return tr.lang === 'zh' ? `${name}（${mode}）` : `${name} (${mode})`;
}

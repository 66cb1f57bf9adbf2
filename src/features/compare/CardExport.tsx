/**
 * A card's export menu: PNG and SVG of the card as it is shown now (peer set,
 * year, normalisation, scale), a CSV of its rows, and a citation with the
 * permalink of the card's own page. The picture and CSV are built on click.
 */
import { useRef } from 'react';
import type { Observation } from '../../model/schema';
import { periodLabel } from '../../shared/format/period';
import { unitText } from '../../shared/format/format';
import type { Translator } from '../../shared/i18n/use-t';
import {
  ExportMenu,
  cardImageSpec,
  citationContext,
  citeCard,
  copyText,
  downloadCardImage,
  downloadCsv,
  fileSlug,
  permalink,
} from '../export/api';
import type { CardModel } from './card-model';
import type { Scale } from './compare-store';
import type { Shared } from './CardContainer';
import { reasonText } from './MetricCard';

interface Props {
  model: CardModel;
  tr: Translator;
  scale: Scale;
  shared: Pick<Shared, 'caveats' | 'sources' | 'metrics' | 'allCompanies'>;
}

/** The card's title as cited: the metric's name, with the normalisation when one is shown. */
export function cardTitle(model: CardModel, tr: Translator): string {
  const name = tr.pick(model.metric.nameZh, model.metric.nameEn);
  if (model.mode === 'absolute') return name;
  const mode = tr.t(`norm.${model.mode}`);
  return tr.lang === 'zh' ? `${name}（${mode}）` : `${name} (${mode})`;
}

/** Everything the card states: values in its mode, typed gaps, and the not-comparable alternates. */
export function cardObservations(model: CardModel): Observation[] {
  return model.lines.flatMap((l) => [...l.values, ...l.gaps, ...l.alternates.flatMap((a) => a.observations)]);
}

function cardSubtitle(model: CardModel, tr: Translator, scale: Scale): string {
  const first = model.periods[0];
  const last = model.periods.at(-1);
  const periods =
    first && last ? (first === last ? periodLabel(first, tr) : `${periodLabel(first, tr)} – ${periodLabel(last, tr)}`) : '';
  return [
    model.mode === 'absolute' ? unitText(model.metric.unit, tr.lang) : tr.t('export.image.mode', tr.t(`norm.${model.mode}`)),
    periods,
    scale === 'log' && model.chartKind !== 'none' ? tr.t('export.image.scaleLog') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function CardExport({ model, tr, scale, shared }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const metricPath = `/metric/${model.metric.id}`;
  const title = cardTitle(model, tr);
  const fileName = fileSlug(`duibiao ${title}`);
  const card = () => {
    const el = ref.current?.closest('article');
    if (!el) throw new Error('card not found');
    return el;
  };
  const image = (format: 'png' | 'svg') => {
    const grade = tr.t(`grade.${model.grade}`);
    const reason = model.grade !== 'comparable' && model.reasons[0] ? reasonText(model.reasons[0], tr) : '';
    const spec = cardImageSpec({
      title,
      subtitle: cardSubtitle(model, tr, scale),
      grade: reason ? `${grade}${tr.lang === 'zh' ? '：' : ': '}${reason}` : grade,
      companies: model.lines.map((l) => l.company),
      observations: model.lines.flatMap((l) => [...l.values, ...l.gaps]),
      // stated as on the card: the nearest disclosure, labelled not comparable (never charted)
      alternates: model.lines.flatMap((l) =>
        l.alternates.map((a) => ({
          company: l.company.id,
          label: `${tr.t('notComparableAlt')}${tr.lang === 'zh' ? '：' : ': '}${tr.pick(a.metric.nameZh, a.metric.nameEn)}`,
          observations: a.observations,
        })),
      ),
      caveats: [...shared.caveats.values()],
      footnotes: model.footnotes,
      sources: shared.sources,
      tr,
      credit: `${tr.t('export.cite.site')} · ${permalink(metricPath)}`,
    });
    return downloadCardImage(card(), spec, format, fileName);
  };
  const dataset = () => ({
    metrics: [...shared.metrics.values()],
    companies: shared.allCompanies,
    sources: shared.sources,
    caveats: [...shared.caveats.values()],
  });
  return (
    <span ref={ref} className="card-export">
      <ExportMenu
        tr={tr}
        subject={title}
        onPng={() => image('png')}
        onSvg={() => image('svg')}
        onCsvView={() => downloadCsv(cardObservations(model), dataset(), tr, fileName)}
        onCopyCitation={() =>
          copyText(citeCard({ title, observations: cardObservations(model) }, shared.sources, citationContext(tr, metricPath)))
        }
      />
    </span>
  );
}

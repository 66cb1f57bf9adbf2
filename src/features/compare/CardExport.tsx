/**
 * A card's export menu: PNG and SVG of the card as it is shown now (peer set,
 * year, normalisation, scale), a CSV of its rows, and a citation with the
 * permalink of the card's own page. The picture and CSV are built on click.
 */
import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CardObservation, Observation } from '../../model/schema';
import { periodLabel } from '../../shared/format/period';
import { unitText } from '../../shared/format/format';
import type { Translator } from '../../shared/i18n/use-t';
import { ExportMenu, loadExportActions, type ExportDataset } from '../export/api';
import '../../shared/i18n/messages/export-menu';
import type { StartOpen } from '../../shared/ui/DeferredMenu';
import { cardTitle } from './card-title';
import type { CardModel } from '../../model/card-model';
import type { Scale } from './compare-store';
import { reasonText } from './MetricCard';

export interface CardExportProps {
  model: CardModel;
  tr: Translator;
  scale: Scale;
}

/** Everything the card states: values in its mode, typed gaps, and the not-comparable alternates. */
export function cardObservations(model: Pick<CardModel, 'lines'>): CardObservation[] {
  return model.lines.flatMap((l) => [...l.values, ...l.gaps, ...l.alternates.flatMap((a) => a.observations)]);
}

/** The full observations (quotes, derivations, corroborations) of what a card shows, from the full dataset. */
export function fullObservations(
  shown: readonly CardObservation[],
  dataset: Pick<ExportDataset, 'observations'>,
  tr: Pick<Translator, 't'>,
): Observation[] {
  const byId = new Map(dataset.observations.map((o) => [o.id, o]));
  return shown.map((o) => {
    const full = byId.get(o.id);
    // a deploy between the page load and this export: never export a mix of two versions
    if (!full) throw new Error(tr.t('export.menu.stale'));
    return full;
  });
}

/** The export code and the full datasets, loaded on the first export action (cards and the page's menu). */
export async function loadExport(client: ReturnType<typeof useQueryClient>) {
  const api = await loadExportActions();
  return { api, dataset: await api.loadExportDataset(client) };
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

/** Loaded on the first press of the card's Export button (ExportButton), which it opens. */
export default function CardExport({ model, tr, scale, startOpen }: CardExportProps & StartOpen) {
  const ref = useRef<HTMLSpanElement>(null);
  const client = useQueryClient();
  const metricPath = `/metric/${model.metric.id}`;
  const title = cardTitle(model, tr);
  const card = () => {
    const el = ref.current?.closest('article');
    if (!el) throw new Error('card not found');
    return el;
  };
  const image = async (format: 'png' | 'svg') => {
    const { api, dataset } = await loadExport(client);
    const full = (list: readonly CardObservation[]) => fullObservations(list, dataset, tr);
    const caveats = new Map(dataset.caveats.map((c) => [c.id, c]));
    const grade = tr.t(`grade.${model.grade}`);
    const reason = model.grade !== 'comparable' && model.reasons[0] ? reasonText(model.reasons[0], tr) : '';
    const spec = api.cardImageSpec({
      title,
      subtitle: cardSubtitle(model, tr, scale),
      grade: reason ? `${grade}${tr.lang === 'zh' ? '：' : ': '}${reason}` : grade,
      companies: model.lines.map((l) => l.company),
      observations: full(model.lines.flatMap((l) => [...l.values, ...l.gaps])),
      // stated as on the card: the nearest disclosure, labelled not comparable (never charted)
      alternates: model.lines.flatMap((l) =>
        l.alternates.map((a) => ({
          company: l.company.id,
          label: `${tr.t('notComparableAlt')}${tr.lang === 'zh' ? '：' : ': '}${tr.pick(a.metric.nameZh, a.metric.nameEn)}`,
          observations: full(a.observations),
        })),
      ),
      caveats: dataset.caveats,
      footnotes: model.footnotes.map((f) => ({ n: f.n, caveat: caveats.get(f.caveat.id)! })),
      sources: dataset.sources,
      tr,
      credit: `${tr.t('export.cite.site')} · ${api.permalink(metricPath)}`,
    });
    return api.downloadCardImage(card(), spec, format, api.fileSlug(`duibiao ${title}`));
  };
  return (
    // inside the card's .card-export slot (CardContainer); the ref finds the card to draw
    <span ref={ref}>
      <ExportMenu
        tr={tr}
        subject={title}
        startOpen={startOpen}
        // warm up on open; a failure is reported by the action that needs the data
        onOpen={() => void loadExport(client).catch(() => undefined)}
        onPng={() => image('png')}
        onSvg={() => image('svg')}
        onCsvView={async () => {
          const { api, dataset } = await loadExport(client);
          api.downloadCsv(fullObservations(cardObservations(model), dataset, tr), dataset, tr, api.fileSlug(`duibiao ${title}`));
        }}
        onCopyCitation={async () => {
          const { api, dataset } = await loadExport(client);
          const observations = fullObservations(cardObservations(model), dataset, tr);
          await api.copyText(api.citeCard({ title, observations }, dataset.sources, api.citationContext(tr, metricPath)));
        }}
      />
    </span>
  );
}

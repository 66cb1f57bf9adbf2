/**
 * Saves a card as a picture: the card's on-screen chart (as drawn now: its
 * normalisation, its scale) inside the header and footer of `spec`, as wide as
 * the card. PNG at twice that size, so it stays sharp in a memo.
 */
import { buildChartSvg, IMAGE_FONT_STACK, svgBlob, svgToPngBlob, type ChartImageSpec } from './chart-image';
import { canvasTextMeasurer } from './text-wrap';
import { downloadBlob } from './download';

export const PNG_SCALE = 2;

export async function downloadCardImage(card: HTMLElement, spec: ChartImageSpec, format: 'png' | 'svg', fileName: string) {
  const chart = card.querySelector<SVGSVGElement>('.chart-area svg.recharts-surface');
  const image = buildChartSvg(spec, {
    chart,
    width: Math.round(card.getBoundingClientRect().width),
    measureText: canvasTextMeasurer(IMAGE_FONT_STACK),
  });
  const blob = format === 'svg' ? svgBlob(image.svg) : await svgToPngBlob(image, PNG_SCALE);
  downloadBlob(blob, `${fileName}.${format}`);
}

/**
 * A chart card as a self-contained picture: the chart's own SVG (as drawn by
 * recharts on screen) between a header we draw (title, unit/period line, grade,
 * company legend) and a footer (values with qualifiers, numbered footnotes,
 * sources). Only system fonts, no external references, so the file renders the
 * same anywhere and a canvas can rasterise it without being tainted.
 */
import { estimateTextWidth, wrapText, type MeasureText } from './text-wrap';

/** System CJK stack: nothing is fetched, and an SVG image may not load fonts anyway. */
export const IMAGE_FONT_STACK =
  "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif";

export interface ChartImageSeries {
  label: string;
  /** #rrggbb, the company's one colour. */
  color: string;
  /** Values as shown, qualifier included: { period: 'FY2022', text: '≥ 3,000 件 [1]' }. */
  values: { period: string; text: string }[];
  /** Typed gaps shown after the values ("未披露 · 2022 年度"), or a "no value" note when there is nothing else. */
  gap?: string;
}

export interface ChartImageSpec {
  title: string;
  /** Unit, periods, normalisation: "元 · 2020–2022 年度". */
  subtitle?: string;
  /** Comparability in words: "有条件可比：…". */
  grade?: string;
  series: ChartImageSeries[];
  footnotes: { n: number; text: string }[];
  /** The whole sources line, label included: "来源：…". */
  sources: string;
  /** Small print at the bottom: site name and permalink. */
  credit?: string;
  /** Headings drawn into the image ("数值", "注"), from the catalogue. */
  labels: { values: string; notes: string; /** between a company and its values: ': ' or '：' */ separator?: string };
}

export interface ChartImageOptions {
  /** The chart's <svg> as rendered on screen; omitted for cards without a chart. */
  chart?: SVGSVGElement | null;
  /** Picture width in CSS pixels; defaults to the chart's width + margins, at least 480. */
  width?: number;
  measureText?: MeasureText;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 20;
const COLOR = { ink: '#1f2937', muted: '#5b6473', line: '#e5e7eb' };

export function escapeXml(text: string): string {
  // control characters are not allowed in XML 1.0 at all: drop them rather than emit a broken file
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const attr = (n: string) => Number.parseFloat(svg.getAttribute(n) ?? '');
  let width = attr('width');
  let height = attr('height');
  const vb = svg
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (!(width > 0 && height > 0) && vb && vb.length === 4) [width, height] = [vb[2]!, vb[3]!];
  if (!(width > 0 && height > 0)) {
    const r = svg.getBoundingClientRect();
    [width, height] = [r.width, r.height];
  }
  return width > 0 && height > 0 ? { width, height } : { width: 320, height: 200 };
}

/** The on-screen chart, re-rooted as a nested <svg> at (x, y) scaled to `width`. */
function embedChart(svg: SVGSVGElement, x: number, y: number, width: number): { markup: string; height: number } {
  const size = chartSize(svg);
  const scale = Math.min(1, width / size.width);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // the picture is not interactive: drop the on-screen chart's focus and role attributes
  for (const a of ['style', 'class', 'role', 'tabindex', 'aria-label']) clone.removeAttribute(a);
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  clone.setAttribute('x', String(x + (width - size.width * scale) / 2));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(size.width * scale));
  clone.setAttribute('height', String(size.height * scale));
  const markup = new XMLSerializer().serializeToString(clone);
  return { markup, height: size.height * scale };
}

export function buildChartSvg(spec: ChartImageSpec, options: ChartImageOptions = {}): ChartImage {
  const measure = options.measureText ?? estimateTextWidth;
  const chartWidth = options.chart ? chartSize(options.chart).width : 0;
  const width = Math.round(options.width ?? Math.max(480, chartWidth + 2 * PAD));
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const text = (
    content: string,
    size: number,
    opts: { bold?: boolean; color?: string; x?: number; maxWidth?: number; lineHeight?: number; cls: string },
  ) => {
    const x = opts.x ?? PAD;
    const lh = opts.lineHeight ?? Math.round(size * 1.45);
    for (const line of wrapText(content, opts.maxWidth ?? width - PAD - x, size, measure, opts.bold)) {
      y += lh;
      parts.push(
        `<text class="${opts.cls}" x="${x}" y="${y - Math.round((lh - size) / 2) - 2}" font-size="${size}"${opts.bold ? ' font-weight="700"' : ''} fill="${opts.color ?? COLOR.ink}">${escapeXml(line)}</text>`,
      );
    }
  };

  text(spec.title, 18, { bold: true, cls: 'title' });
  if (spec.subtitle) text(spec.subtitle, 12, { color: COLOR.muted, cls: 'subtitle' });
  if (spec.grade) text(spec.grade, 12, { cls: 'grade' });

  // legend: swatch + label, flowing onto new rows
  y += 6;
  let lx = PAD;
  const legendRow = 20;
  parts.push('<g class="legend">');
  for (const s of spec.series) {
    const w = 12 + 6 + measure(s.label, 13) + 18;
    if (lx > PAD && lx + w > width - PAD) {
      lx = PAD;
      y += legendRow;
    }
    parts.push(
      `<rect x="${lx}" y="${y + 4}" width="12" height="12" rx="2" fill="${escapeXml(s.color)}"/>`,
      `<text x="${lx + 18}" y="${y + 15}" font-size="13" fill="${COLOR.ink}">${escapeXml(s.label)}</text>`,
    );
    lx += w;
  }
  parts.push('</g>');
  y += legendRow + 6;

  if (options.chart) {
    const chart = embedChart(options.chart, PAD, y, inner);
    parts.push(chart.markup);
    y += chart.height + 8;
  }

  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y + 4}" y2="${y + 4}" stroke="${COLOR.line}"/>`);
  y += 8;
  text(spec.labels.values, 12, { bold: true, cls: 'values-heading' });
  for (const s of spec.series) {
    const shown = s.values.map((v) => `${v.period} ${v.text}`);
    if (s.gap) shown.push(s.gap);
    const values = shown.join(' · ') || '—';
    const top = y;
    text(`${s.label}${spec.labels.separator ?? ': '}${values}`, 12, { x: PAD + 14, cls: 'value' });
    parts.push(`<circle cx="${PAD + 5}" cy="${top + 10}" r="4" fill="${escapeXml(s.color)}"/>`);
  }

  if (spec.footnotes.length) {
    y += 4;
    text(spec.labels.notes, 12, { bold: true, cls: 'notes-heading' });
    for (const f of spec.footnotes) {
      const top = y;
      text(f.text, 11, { x: PAD + 22, cls: 'footnote', lineHeight: 16 });
      parts.push(`<text x="${PAD}" y="${top + 12}" font-size="11" fill="${COLOR.ink}">${f.n}.</text>`);
    }
  }

  y += 4;
  text(spec.sources, 11, { color: COLOR.muted, cls: 'sources', lineHeight: 16 });
  if (spec.credit) text(spec.credit, 10, { color: COLOR.muted, cls: 'credit', lineHeight: 14 });
  const height = Math.ceil(y + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(IMAGE_FONT_STACK)}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Rasterises the SVG at `scale` × its size (2 = a sharp picture on any screen).
 * The image is loaded from a data: URL, which the site's CSP (img-src 'self' data:)
 * already allows; a blob: URL would need img-src blob:.
 */
export async function svgToPngBlob(image: ChartImage, scale = 2, doc: Document = document): Promise<Blob> {
  const img = new Image(image.width, image.height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await img.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

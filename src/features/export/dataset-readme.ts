/**
 * README.md of the dataset archive: what each CSV column means, how to cite
 * each source, every caveat with its citations, and the build's manifest with
 * the SHA-256 of every input. Plain Markdown; seed text is quoted, never markup.
 */
import { CSV_COLUMNS, columnDocKey, headerKey, lineRange } from './csv-rows';
import { citeSource, type CitationContext } from './citation';
import { NOT_ARCHIVED, type ExportDataset } from './export-dataset';

/** Inline code that survives any backticks inside the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\n/g, ' ')}${fence}`;
}

export function datasetReadme(dataset: ExportDataset, ctx: CitationContext, csvFileName: string): string {
  const { t, pick } = ctx.tr;
  const out: string[] = [];
  out.push(`# ${t('export.readme.title')}`, '', t('export.readme.intro'), '');
  out.push(`${t('export.readme.citedAt')}: ${ctx.accessed} · ${ctx.permalink}`, '');

  out.push(`## ${t('export.readme.files')}`, '');
  out.push(`- \`${csvFileName}\`: ${t('export.readme.filesCsv')}`);
  out.push(`- \`manifest.json\`: ${t('export.readme.filesManifest')}`);
  const files = Object.entries(dataset.manifest.files);
  for (const [kind, file] of files)
    if (!NOT_ARCHIVED.includes(kind)) out.push(`- \`data/${file}\` (${kind}): ${t('export.readme.filesJson')}`);
  out.push(`- \`data/${dataset.manifest.coverage}\` (coverage)`);
  const omitted = files.filter(([kind]) => NOT_ARCHIVED.includes(kind)).map(([kind]) => kind);
  out.push(`- ${t('export.readme.filesOmitted', omitted.join(', '))}`, '');

  out.push(`## ${t('export.readme.columns')}`, '');
  out.push(`| ${t('export.readme.column')} | ${t('export.readme.meaning')} |`, '|---|---|');
  for (const c of CSV_COLUMNS) out.push(`| ${t(headerKey(c))} | ${t(columnDocKey(c))} |`);
  out.push('', t('export.readme.formulaNote'), '');

  out.push(`## ${t('export.readme.sources')}`, '');
  for (const s of [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`- ${citeSource(s, ctx)}`);
    out.push(`  - ${s.dateInference}`);
  }
  out.push('');

  out.push(`## ${t('export.readme.caveats')}`, '');
  for (const c of [...dataset.caveats].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`- **${c.id}** (${t(`grade.${c.grade}`)}): ${pick(c.textZh, c.textEn)}`);
    for (const p of c.citations) out.push(`  - ${p.source}:${lineRange(p)} ${code(p.quote)}`);
  }
  out.push('');

  out.push(`## ${t('export.readme.manifest')}`, '');
  out.push(`${t('export.readme.schemaVersion')}: ${dataset.manifest.schemaVersion}`, '');
  out.push(`### ${t('export.readme.inputHashes')}`, '', `| ${t('export.readme.file')} | SHA-256 |`, '|---|---|');
  for (const [file, hash] of Object.entries(dataset.inputs ?? {}).sort(([a], [b]) => a.localeCompare(b)))
    out.push(`| ${file} | ${hash} |`);
  out.push('');
  return out.join('\n');
}

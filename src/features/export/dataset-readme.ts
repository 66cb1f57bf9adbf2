/**
 * README.md of the dataset archive: what each CSV column means, how to cite
 * each source, every caveat with its citations, and the build's manifest with
 * the SHA-256 of every input. Plain Markdown; seed text is quoted, never markup.
 */
import { CSV_COLUMNS, columnDocKey, headerKey, lineRange } from './csv-rows';
import { citeSource, type CitationContext } from './citation';
import type { ExportDataset } from './export-dataset';
import { gradeKey } from './export-messages';

/** Inline code that survives any backticks inside the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\n/g, ' ')}${fence}`;
}

export function datasetReadme(dataset: ExportDataset, ctx: CitationContext, csvFileName: string): string {
  const m = ctx.messages;
  const zh = ctx.lang === 'zh';
  const out: string[] = [];
  out.push(`# ${m['export.readme.title']}`, '', m['export.readme.intro'], '');
  out.push(`${m['export.readme.citedAt']}: ${ctx.accessed} · ${ctx.permalink}`, '');

  out.push(`## ${m['export.readme.files']}`, '');
  out.push(`- \`${csvFileName}\`: ${m['export.readme.filesCsv']}`);
  out.push(`- \`manifest.json\`: ${m['export.readme.filesManifest']}`);
  for (const [kind, file] of Object.entries(dataset.manifest.files))
    out.push(`- \`data/${file}\` (${kind}): ${m['export.readme.filesJson']}`);
  out.push(`- \`data/${dataset.manifest.coverage}\` (coverage)`, '');

  out.push(`## ${m['export.readme.columns']}`, '');
  out.push(`| ${zh ? '列' : 'column'} | ${zh ? '含义' : 'meaning'} |`, '|---|---|');
  for (const c of CSV_COLUMNS) out.push(`| ${m[headerKey(c)]} | ${m[columnDocKey(c)]} |`);
  out.push('', m['export.readme.formulaNote'], '');

  out.push(`## ${m['export.readme.sources']}`, '');
  for (const s of [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`- ${citeSource(s, ctx)}`);
    out.push(`  - ${s.dateInference}`);
  }
  out.push('');

  out.push(`## ${m['export.readme.caveats']}`, '');
  for (const c of [...dataset.caveats].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`- **${c.id}** (${m[gradeKey(c.grade)]}): ${zh ? c.textZh : c.textEn}`);
    for (const p of c.citations) out.push(`  - ${p.source}:${lineRange(p)} ${code(p.quote)}`);
  }
  out.push('');

  out.push(`## ${m['export.readme.manifest']}`, '');
  out.push(`${m['export.readme.schemaVersion']}: ${dataset.manifest.schemaVersion}`, '');
  out.push(`### ${m['export.readme.inputHashes']}`, '', '| file | sha256 |', '|---|---|');
  for (const [file, hash] of Object.entries(dataset.manifest.inputs).sort(([a], [b]) => a.localeCompare(b)))
    out.push(`| ${file} | ${hash} |`);
  out.push('');
  return out.join('\n');
}

/**
 * Saves a blob as a file. The object URL is only an anchor's href (a download,
 * not a fetch or an image), which a CSP of 'self' does not block.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // revoke after the click has been handled; revoking synchronously cancels the download in some browsers
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe slug that keeps Chinese: "研发费用 FY2022" → "研发费用-FY2022". */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFC')
      // characters file systems reject, control characters included
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'duibiao'
  );
}

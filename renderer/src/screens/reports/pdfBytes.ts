/** The PDF core hands over as base64, as bytes. */
export function pdfBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Browser mode: hand the PDF to the browser's own download, under the file name core chose. */
export function downloadPdf(base64: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([pdfBytes(base64)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the page keeps no PDF around.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

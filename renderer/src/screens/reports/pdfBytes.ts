import { downloadFile } from '../../ui/download';

/** The PDF core hands over as base64, as bytes. */
export function pdfBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Browser mode: hand the PDF to the browser's own download, under the file name core chose. */
export function downloadPdf(base64: string, fileName: string): void {
  downloadFile(pdfBytes(base64), fileName, 'application/pdf');
}

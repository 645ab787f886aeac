import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfBytes } from './pdfBytes';

// The worker is one of our own files, so the strict CSP (script-src 'self') lets it run.
GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfDocument = PDFDocumentProxy;

/** Open the preview for drawing. No eval (the CSP forbids it) and nothing fetched from anywhere. */
export function openPdf(base64: string): Promise<PdfDocument> {
  return getDocument({
    data: pdfBytes(base64),
    isEvalSupported: false,
    useWorkerFetch: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
  }).promise;
}

export interface PageDrawing {
  done: Promise<void>;
  cancel: () => void;
}

/** Draw one page to fit `cssWidth` pixels across, sharp on high-density screens. */
export function drawPage(pdf: PdfDocument, pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): PageDrawing {
  let cancelled = false;
  let task: RenderTask | null = null;
  const done = (async () => {
    const page = await pdf.getPage(pageNumber);
    if (cancelled) return;
    const scale = (cssWidth / page.getViewport({ scale: 1 }).width) * Math.min(window.devicePixelRatio || 1, 2);
    const viewport = page.getViewport({ scale });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    task = page.render({ canvas, viewport });
    await task.promise;
  })();
  return {
    done: done.catch((error: unknown) => {
      if (!cancelled) throw error;
    }),
    cancel: () => {
      cancelled = true;
      task?.cancel();
    },
  };
}

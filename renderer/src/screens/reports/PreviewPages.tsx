import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyNote } from '../../ui/BusyNote';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { PdfDocument } from './pdfPages';

interface PreviewPagesProps {
  pdfBase64: string;
  pageCount: number;
  /** Drawn across the whole width, to read the words rather than see the layout. */
  large: boolean;
  onLargeChange: (large: boolean) => void;
}

const pageWidth = { normal: 420, large: 760 };
const thumbnailWidth = 72;

/** The preview's pages drawn from the PDF itself: one large, all of them as thumbnails to jump to. */
export function PreviewPages({ pdfBase64, pageCount, large, onLargeChange }: PreviewPagesProps) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [failed, setFailed] = useState(false);
  const [current, setCurrent] = useState(1);
  const fail = useCallback(() => setFailed(true), []);

  useEffect(() => {
    let opened: PdfDocument | null = null;
    let active = true;
    setPdf(null);
    setFailed(false);
    setCurrent(1);
    // pdf.js is loaded only when a preview is shown: a large module the rest of Traject never needs.
    void import('./pdfPages')
      .then(({ openPdf }) => openPdf(pdfBase64))
      .then((document) => {
        opened = document;
        if (active) setPdf(document);
        else void document.destroy();
      })
      .catch(() => {
        if (active) setFailed(true);
      });
    return () => {
      active = false;
      void opened?.destroy();
    };
  }, [pdfBase64]);

  if (failed) return <Notice tone="error">{t('reports.preview.failed')}</Notice>;
  if (!pdf) return <BusyNote busy label={t('reports.preview.drawing')} />;

  const label = (page: number) => t('reports.preview.page', { page, count: pageCount });
  return (
    <div className={pageCount > 1 ? 'preview-pages with-thumbnails' : 'preview-pages'}>
      <div className="preview-pager">
        <div className="preview-turn">
          <Button variant="quiet" icon="back" disabled={current <= 1} onClick={() => setCurrent((p) => p - 1)}>
            <span className="visually-hidden">{t('reports.preview.previous')}</span>
          </Button>
          <p aria-live="polite">{label(current)}</p>
          <Button variant="quiet" icon="next" disabled={current >= pageCount} onClick={() => setCurrent((p) => p + 1)}>
            <span className="visually-hidden">{t('reports.preview.next')}</span>
          </Button>
        </div>
        <Button variant="quiet" aria-pressed={large} onClick={() => onLargeChange(!large)}>
          {t('reports.preview.larger')}
        </Button>
      </div>
      <PageCanvas pdf={pdf} page={current} width={large ? pageWidth.large : pageWidth.normal} label={label(current)} onFailed={fail} className="preview-page" />
      {pageCount > 1 && (
        <ol className="preview-thumbnails" aria-label={t('reports.preview.pages')}>
          {Array.from({ length: pageCount }, (_, index) => index + 1).map((page) => (
            <li key={page}>
              <button
                type="button"
                className="preview-thumbnail"
                aria-label={label(page)}
                aria-current={page === current ? 'page' : undefined}
                onClick={() => setCurrent(page)}
              >
                <PageCanvas pdf={pdf} page={page} width={thumbnailWidth} onFailed={fail} />
                <span aria-hidden="true">{page}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface PageCanvasProps {
  pdf: PdfDocument;
  page: number;
  width: number;
  /** Without a label the canvas is decoration (a thumbnail inside a labelled button). */
  label?: string;
  className?: string;
  onFailed: () => void;
}

function PageCanvas({ pdf, page, width, label, className, onFailed }: PageCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    let drawing: { cancel: () => void } | null = null;
    let active = true;
    void import('./pdfPages').then(({ drawPage }) => {
      if (!active) return;
      const started = drawPage(pdf, page, target, width);
      drawing = started;
      started.done.catch(() => {
        if (active) onFailed();
      });
    });
    return () => {
      active = false;
      drawing?.cancel();
    };
  }, [pdf, page, width, onFailed]);
  return label ? (
    <canvas ref={canvas} className={className} role="img" aria-label={label} />
  ) : (
    <canvas ref={canvas} className={className} aria-hidden="true" />
  );
}

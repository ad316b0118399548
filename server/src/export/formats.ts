import type { ExportModel } from './exportModel';

export type ExportFormat = 'html' | 'pdf' | 'pptx' | 'docx' | 'md';

/**
 * A renderer turns the model into a file's content. No IO: the caller decides where it goes.
 * `warn` reports what the format could not carry (characters a PDF font cannot show).
 */
export type Renderer = (model: ExportModel, warn: (warning: string) => void) => Promise<Uint8Array | string> | Uint8Array | string;

export interface FormatInfo {
  readonly id: ExportFormat;
  readonly label: string;
  /** Without the dot. */
  readonly extension: string;
  readonly mediaType: string;
  /**
   * Loaded on first use: pdfkit, pptxgenjs and docx are large, and neither extension
   * activation nor a Markdown export should pay for them.
   */
  readonly load: () => Promise<Renderer>;
}

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  { id: 'html', label: 'HTML (one self-contained page)', extension: 'html', mediaType: 'text/html', load: async () => (await import('./renderers/html')).renderHtml },
  { id: 'pdf', label: 'PDF', extension: 'pdf', mediaType: 'application/pdf', load: async () => (await import('./renderers/pdf')).renderPdf },
  {
    id: 'pptx',
    label: 'PowerPoint deck (.pptx)',
    extension: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    load: async () => (await import('./renderers/pptx')).renderPptx,
  },
  {
    id: 'docx',
    label: 'Word document (.docx)',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    load: async () => (await import('./renderers/docx')).renderDocx,
  },
  { id: 'md', label: 'Markdown (ready to paste)', extension: 'md', mediaType: 'text/markdown', load: async () => (await import('./renderers/markdown')).renderMarkdown },
];

export function formatInfo(id: string): FormatInfo | undefined {
  const wanted = id.toLowerCase().replace(/^\./, '');
  // `markdown` and `ppt`-less spellings are what people type; accept the obvious ones.
  const alias: Record<string, ExportFormat> = { markdown: 'md', htm: 'html', word: 'docx', powerpoint: 'pptx' };
  const resolved = alias[wanted] ?? wanted;
  return EXPORT_FORMATS.find((format) => format.id === resolved);
}

/** Exporting a document: pure model and renderers, a policy check, and one thin file writer. */
export { exportDocument, type ExportOptions, type ExportResult } from './exportDocument';
export { EXPORT_FORMATS, formatInfo, type ExportFormat, type FormatInfo } from './formats';
export { checkExportable, type ExportVerdict, type ExportPolicyOptions, type ExportableAnalysis } from './exportPolicy';
export { buildExportModel, buildPreviewParts, type ExportableDocument, type ExportModelOptions, type PreviewParts } from './buildExportModel';
export type { ExportModel, ExportSection, ExportBlock, HeaderField, InlineRun } from './exportModel';
export { writeExportFile, ExportWriteError } from './writeExport';
export { defaultOutputPath } from './outputPath';

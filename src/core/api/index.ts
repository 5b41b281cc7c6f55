export { channelPayloads, documentAnnotationsShape, MENU_COMMANDS, STALE_SAVE_BASE } from './contract'
export type {
  AnnotateAllDocumentResult,
  AnnotateAllResult,
  Channel,
  ChannelPayload,
  ChannelResults,
  DocumentSummary,
  Envelope,
  ExportResult,
  ExportSkip,
  GoldspanApi,
  MenuCommand,
  OpenedDocument,
  ProjectProblem,
  ProjectSummary,
  SaveResult,
  SessionInfo
} from './contract'
export type { ReviewDocument, ReviewDocumentSummary, ReviewSummary } from './reviewResults'
export type { AgreementData, ProjectAgreement } from './agreementResults'
export { CHANNEL_NAMES, MENU_CHANNEL } from './channelNames'
export { handleRequest, REQUEST_ERROR_CODES } from './handleRequest'
export type { GoldspanBridge } from './bridge'
export { ANNOTATION_FORMATS } from './contract'
export type { AnnotationFormat } from './contract'
export { JOB_KINDS } from './importExportChannels'
export type { DocumentSuggestions, ImportReport, ImportTarget, JobKind, JobResult, JobStatus, LabelCounts } from './importExportChannels'

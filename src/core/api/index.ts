export { channelPayloads, documentAnnotationsShape, MENU_COMMANDS } from './contract'
export type {
  Channel,
  ChannelPayload,
  ChannelResults,
  DocumentSummary,
  Envelope,
  ExportResult,
  GoldspanApi,
  MenuCommand,
  OpenedDocument,
  ProjectProblem,
  ProjectSummary,
  SaveResult,
  SessionInfo
} from './contract'

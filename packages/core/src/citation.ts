/** The cited span of a document part of the request. */
export interface Citation {
  citedText?: string;
  documentIndex?: number;
  documentName?: string;
  /** Start character offset, where the service gives one. */
  start?: number;
  /** End character offset (exclusive), where the service gives one. */
  end?: number;
}

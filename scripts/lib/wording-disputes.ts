/**
 * Rows of the wordings catalogue whose reason we read differently, with our reason and why.
 * They still count as misses in the catalogue score; eval:corpus lists them apart. Keyed by the
 * row's wording exactly as the file writes it.
 */
export interface WordingDispute {
  wording: string;
  /** The catalogue's reason. */
  theirs: string;
  ours: string;
  why: string;
  source: string;
}

export const WORDING_DISPUTES: WordingDispute[] = [];

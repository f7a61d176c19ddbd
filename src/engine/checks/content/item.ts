/** One thing the content check judged in the message (inspect.ts, rules-*.ts). */
import type { Fix, Verdict } from '../types.ts';

export interface ContentItem {
  id: string;
  verdict: Verdict;
  text: string;
  fixes?: Fix[];
}

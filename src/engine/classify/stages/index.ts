/**
 * The evidence stages in the order they are consulted. Order is part of the data: the report's
 * declaration first, the server's own words before the codes, SMTP's corrections after them,
 * and the notice's prose last.
 */
import { statusStage, replyCodeStage } from './codes.ts';
import { meaningStage } from './meaning.ts';
import { proseStage } from './prose.ts';
import { providerStage } from './provider.ts';
import { localProgramStage, replyStage } from './reply.ts';
import { reportStage } from './report.ts';
import { afterDataStage, connectionStage, giveUpStage, mailFromStage } from './smtp-stage.ts';
import type { Stage } from './types.ts';

export const STAGES: readonly Stage[] = [
  reportStage,
  providerStage,
  replyStage,
  meaningStage,
  localProgramStage,
  statusStage,
  replyCodeStage,
  mailFromStage,
  connectionStage,
  afterDataStage,
  giveUpStage,
  proseStage,
];

export type { Finding, Stage, StageInput, Tier } from './types.ts';

/**
 * The lexicons, one per language, all matched at once. Order is part of the data only where
 * two languages spell the same literal: the earlier one names it.
 */
import { CS } from './cs.ts';
import { DA } from './da.ts';
import { DE } from './de.ts';
import { EL } from './el.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FI } from './fi.ts';
import { FR } from './fr.ts';
import { HU } from './hu.ts';
import { ID } from './id.ts';
import { IT } from './it.ts';
import { JA } from './ja.ts';
import { KO } from './ko.ts';
import { NB } from './nb.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { PT } from './pt.ts';
import { RO } from './ro.ts';
import { RU } from './ru.ts';
import { SV } from './sv.ts';
import { TR } from './tr.ts';
import { UK } from './uk.ts';
import { ZH } from './zh.ts';
import type { Lexicon } from './types.ts';

export const LEXICONS: Lexicon[] = [
  EN,
  DE,
  FR,
  ES,
  PT,
  IT,
  RU,
  ZH,
  JA,
  KO,
  PL,
  CS,
  NL,
  TR,
  SV,
  DA,
  NB,
  FI,
  HU,
  EL,
  UK,
  RO,
  ID,
];

/**
 * The provider families, in the order they are tried. A family is recognised by the hosts of
 * the servers involved, by its own codes in the text, and (more weakly) by the recipient domain.
 */
import { APPLE } from './apple.ts';
import { BARRACUDA, CISCO, MESSAGELABS, MIMECAST_GW, PROOFPOINT, TRENDMICRO } from './gateways.ts';
import { GOOGLE } from './google.ts';
import { ATT, COMCAST_NET, COX, GODADDY, SPECTRUM } from './isps-us.ts';
import { MICROSOFT } from './microsoft.ts';
import { ORANGE_FR } from './orange.ts';
import { FACEBOOK, GMX, KDDI, MAILRU_YANDEX, NTT_DOCOMO, TENCENT, ZOHO } from './others.ts';
import { YAHOO } from './yahoo.ts';
import type { ProviderFamily } from './types.ts';

export type { ProviderFamily, ProviderRule } from './types.ts';

export const PROVIDERS: ProviderFamily[] = [
  MICROSOFT,
  GOOGLE,
  YAHOO,
  APPLE,
  ORANGE_FR,
  COMCAST_NET,
  ATT,
  COX,
  SPECTRUM,
  GODADDY,
  PROOFPOINT,
  MIMECAST_GW,
  BARRACUDA,
  CISCO,
  TRENDMICRO,
  MESSAGELABS,
  GMX,
  TENCENT,
  FACEBOOK,
  NTT_DOCOMO,
  KDDI,
  ZOHO,
  MAILRU_YANDEX,
];

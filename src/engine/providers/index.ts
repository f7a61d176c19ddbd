/**
 * The provider registry: every provider family Bounce Doctor knows, in the order they are
 * tried. Order decides only ties: a host name's longest matching suffix, and the leftmost
 * provider named in a text, win first (recognise.ts).
 */
import { AMAZON } from './amazon.ts';
import { APPLE } from './apple.ts';
import { ATT } from './att.ts';
import { BARRACUDA } from './barracuda.ts';
import { CISCO } from './cisco.ts';
import { COMCAST } from './comcast.ts';
import { COX } from './cox.ts';
import { DOCOMO } from './docomo.ts';
import { FACEBOOK } from './facebook.ts';
import { FASTMAIL } from './fastmail.ts';
import { GMX } from './gmx.ts';
import { GODADDY } from './godaddy.ts';
import { GOOGLE } from './google.ts';
import { IONOS } from './ionos.ts';
import { KDDI } from './kddi.ts';
import { MAILRU } from './mailru.ts';
import { MESSAGELABS } from './messagelabs.ts';
import { MICROSOFT } from './microsoft.ts';
import { MIMECAST } from './mimecast.ts';
import { NETEASE } from './netease.ts';
import { ORANGE } from './orange.ts';
import { OVH } from './ovh.ts';
import { PROOFPOINT } from './proofpoint.ts';
import { PROTON } from './proton.ts';
import { RACKSPACE } from './rackspace.ts';
import { SOPHOS } from './sophos.ts';
import { SPECTRUM } from './spectrum.ts';
import { T_ONLINE } from './t-online.ts';
import { TENCENT } from './tencent.ts';
import { TRENDMICRO } from './trendmicro.ts';
import { YAHOO } from './yahoo.ts';
import { YANDEX } from './yandex.ts';
import { ZOHO } from './zoho.ts';
import type { ProviderId } from './ids.ts';
import type { ProviderFamily } from './types.ts';

export { PROVIDER_IDS, isProviderId, type ProviderId } from './ids.ts';
export type * from './types.ts';

const ORDERED = [
  MICROSOFT,
  GOOGLE,
  YAHOO,
  APPLE,
  ORANGE,
  COMCAST,
  ATT,
  COX,
  SPECTRUM,
  GODADDY,
  PROOFPOINT,
  MIMECAST,
  BARRACUDA,
  CISCO,
  TRENDMICRO,
  MESSAGELABS,
  SOPHOS,
  GMX,
  IONOS,
  T_ONLINE,
  MAILRU,
  YANDEX,
  TENCENT,
  NETEASE,
  ZOHO,
  FACEBOOK,
  DOCOMO,
  KDDI,
  FASTMAIL,
  PROTON,
  AMAZON,
  RACKSPACE,
  OVH,
] as const;

/** Every id of ids.ts has its module here: a missing one fails to compile. */
type Missing = Exclude<ProviderId, (typeof ORDERED)[number]['id']>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

export const PROVIDERS: readonly ProviderFamily[] = ORDERED;

export function providerById(id: ProviderId): ProviderFamily {
  return PROVIDERS.find((family) => family.id === id)!;
}

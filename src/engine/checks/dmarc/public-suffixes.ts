/**
 * A deliberately tiny stand-in for the Public Suffix List, used ONLY for the RFC 7489 view
 * (RFC 7489 s3.2 computes Organizational Domains with the PSL). Shipping the whole list
 * (about 250 KB, changing weekly) to the browser is not worth it for a secondary view; RFC 9989
 * replaced the PSL with the DNS tree walk, which is what verdicts use. Any name not covered
 * here is treated as having a one-label public suffix, so private suffixes such as github.io
 * are not known. Source: https://publicsuffix.org/list/public_suffix_list.dat
 */

const GROUPS = [
  // United Kingdom, Australia, New Zealand
  'co.uk org.uk me.uk ltd.uk plc.uk net.uk ac.uk gov.uk nhs.uk sch.uk',
  'com.au net.au org.au edu.au gov.au asn.au id.au co.nz net.nz org.nz govt.nz ac.nz',
  // Asia and the Middle East
  'co.jp ne.jp or.jp ac.jp go.jp gr.jp co.kr or.kr ne.kr go.kr ac.kr',
  'com.cn net.cn org.cn gov.cn edu.cn com.hk org.hk net.hk edu.hk gov.hk',
  'com.tw org.tw net.tw edu.tw gov.tw com.sg org.sg net.sg edu.sg gov.sg',
  'co.in net.in org.in firm.in gen.in ind.in ac.in gov.in co.id or.id ac.id go.id',
  'co.th in.th ac.th go.th com.my net.my org.my com.ph com.vn com.pk',
  'co.il org.il ac.il com.tr net.tr org.tr gov.tr edu.tr com.sa com.eg',
  // Americas
  'com.br net.br org.br gov.br edu.br com.mx org.mx gob.mx edu.mx',
  'com.ar org.ar gob.ar com.co org.co com.pe com.ve com.uy',
  // Africa and Europe
  'co.za org.za gov.za ac.za co.ke or.ke com.ng co.tz co.ug',
  'com.pl net.pl org.pl com.ua org.ua co.at or.at gv.at ac.at',
  'com.gr com.cy com.mt co.hu com.ru com.es org.es com.pt',
];

export const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set(
  GROUPS.flatMap((g) => g.split(' ')),
);

/** RFC 7489 s3.2 Organizational Domain under this approximation: public suffix + one label. */
export function approximateOrgDomain(domain: string): string {
  const labels = domain.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const suffixLabels = labels.length > 2 && MULTI_LABEL_SUFFIXES.has(lastTwo) ? 2 : 1;
  return labels.slice(-(suffixLabels + 1)).join('.');
}

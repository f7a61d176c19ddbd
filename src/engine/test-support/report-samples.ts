/**
 * Reports written for the tests in the shapes the RFCs give (RFC 7489 appendix C, RFC 8460
 * s4.4): not copied from any real report.
 */
import { gzipSync, strToU8, zipSync } from 'fflate';

export const DMARC_XML = `<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>mailbox.example</org_name>
    <email>dmarc-reports@mailbox.example</email>
    <report_id>8716249053811</report_id>
    <date_range>
      <begin>1741046400</begin>
      <end>1741132799</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>sender.example</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>quarantine</p>
    <sp>quarantine</sp>
    <pct>100</pct>
  </policy_published>
  <record>
    <row>
      <source_ip>192.0.2.10</source_ip>
      <count>118</count>
      <policy_evaluated>
        <disposition>none</disposition>
        <dkim>pass</dkim>
        <spf>pass</spf>
      </policy_evaluated>
    </row>
    <identifiers><header_from>sender.example</header_from></identifiers>
    <auth_results>
      <dkim><domain>sender.example</domain><result>pass</result></dkim>
      <spf><domain>sender.example</domain><result>pass</result></spf>
    </auth_results>
  </record>
  <record>
    <row>
      <source_ip>203.0.113.77</source_ip>
      <count>9</count>
      <policy_evaluated>
        <disposition>quarantine</disposition>
        <dkim>fail</dkim>
        <spf>fail</spf>
        <reason><type>local_policy</type></reason>
      </policy_evaluated>
    </row>
    <identifiers><header_from>sender.example</header_from></identifiers>
    <auth_results>
      <dkim><domain>bulk.example</domain><result>pass</result></dkim>
      <spf><domain>bulk.example</domain><result>pass</result></spf>
    </auth_results>
  </record>
  <record>
    <row>
      <source_ip>198.51.100.23</source_ip>
      <count>2</count>
      <policy_evaluated>
        <disposition>quarantine</disposition>
        <dkim>fail</dkim>
        <spf>fail</spf>
      </policy_evaluated>
    </row>
    <identifiers><header_from>sender.example</header_from></identifiers>
    <auth_results>
      <spf><domain>sender.example</domain><result>softfail</result></spf>
    </auth_results>
  </record>
</feedback>
`;

export const TLS_REPORT_JSON = JSON.stringify(
  {
    'organization-name': 'Sending Corp.',
    'date-range': {
      'start-datetime': '2025-03-04T00:00:00Z',
      'end-datetime': '2025-03-04T23:59:59Z',
    },
    'contact-info': 'tls-reports@sending.example',
    'report-id': '2025-03-04T00:00:00Z_receiver.example',
    policies: [
      {
        policy: {
          'policy-type': 'sts',
          'policy-string': [
            'version: STSv1',
            'mode: enforce',
            'mx: mx1.receiver.example',
            'max_age: 86400',
          ],
          'policy-domain': 'receiver.example',
          'mx-host': ['mx1.receiver.example'],
        },
        summary: { 'total-successful-session-count': 4210, 'total-failure-session-count': 37 },
        'failure-details': [
          {
            'result-type': 'certificate-expired',
            'sending-mta-ip': '192.0.2.25',
            'receiving-mx-hostname': 'mx1.receiver.example',
            'failed-session-count': 30,
          },
          {
            'result-type': 'starttls-not-supported',
            'sending-mta-ip': '192.0.2.26',
            'receiving-mx-hostname': 'mx1.receiver.example',
            'failed-session-count': 7,
          },
        ],
      },
    ],
  },
  null,
  2,
);

export const dmarcGzip = () => gzipSync(strToU8(DMARC_XML));
export const dmarcZip = () =>
  zipSync({ 'mailbox.example!sender.example!1741046400!1741132799.xml': strToU8(DMARC_XML) });
export const tlsGzip = () => gzipSync(strToU8(TLS_REPORT_JSON));

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/.{76}/g, '$&\n');
}

/** The mail an aggregate report arrives in (RFC 7489 s7.2.1.1: subject, a .zip attachment). */
export function dmarcReportMail(): string {
  return `From: DMARC Reports <dmarc-reports@mailbox.example>
To: dmarc@sender.example
Subject: Report Domain: sender.example Submitter: mailbox.example Report-ID: <8716249053811>
Date: Wed, 5 Mar 2025 03:12:40 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="rpt-1"

--rpt-1
Content-Type: text/plain; charset=us-ascii

This is an aggregate report from mailbox.example. DMARC failures are listed in the attachment.

--rpt-1
Content-Type: application/zip; name="mailbox.example!sender.example!1741046400!1741132799.zip"
Content-Disposition: attachment; filename="mailbox.example!sender.example!1741046400!1741132799.zip"
Content-Transfer-Encoding: base64

${base64(dmarcZip())}
--rpt-1--
`;
}

/** The mail a TLS report arrives in (RFC 8460 s5.3). */
export function tlsReportMail(): string {
  return `From: tls-reports@sending.example
To: tlsrpt@receiver.example
Subject: Report Domain: receiver.example Submitter: sending.example Report-ID: <2025-03-04T00:00:00Z_receiver.example>
TLS-Report-Domain: receiver.example
TLS-Report-Submitter: sending.example
MIME-Version: 1.0
Content-Type: multipart/report; report-type="tlsrpt"; boundary="tls-1"

--tls-1
Content-Type: text/plain; charset=us-ascii

This is an aggregate TLS report from sending.example

--tls-1
Content-Type: application/tlsrpt+gzip
Content-Disposition: attachment; filename="sending.example!receiver.example!1741046400!1741132799.json.gz"
Content-Transfer-Encoding: base64

${base64(tlsGzip())}
--tls-1--
`;
}

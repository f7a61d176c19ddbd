/** Amazon WorkMail and SES inbound: recognised by their regional MX hosts. */
import type { ProviderFamily } from './types.ts';

export const AMAZON: ProviderFamily<'amazon'> = {
  id: 'amazon',
  name: 'Amazon WorkMail / SES inbound',
  hosts: [],
  mx: [
    {
      key: 'amazon',
      name: 'Amazon WorkMail / SES inbound',
      kind: 'mailbox',
      // inbound-smtp.<region>.amazonaws.com; other amazonaws.com hosts are anyone's EC2 machines.
      suffixes: [],
      pattern: /^inbound-smtp\.[a-z0-9-]+\.amazonaws\.com$/,
      source: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-mx-record.html',
    },
  ],
  rules: [],
};

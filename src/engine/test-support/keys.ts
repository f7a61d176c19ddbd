/** Test helper: a fresh RSA public key as DKIM publishes it (base64 of the DER SubjectPublicKeyInfo). */
import { generateKeyPairSync } from 'node:crypto';

export function rsaPublicKey(bits = 2048): string {
  return generateKeyPairSync('rsa', { modulusLength: bits })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');
}

/**
 * Witnesses of the transparency log: each district's two parties — its education support office
 * and its local government — register a public key and cosign the log's checkpoints. A
 * registration is a fact in the log, one stream per district and party; a later registration
 * replaces the key. The key pair is made on the party's side; the log only ever holds the public key.
 */
import { type DistrictCode, districtCodes, type Funder, funders } from './catalogs.js';

export const WITNESS_KEY_REGISTERED = 'WitnessKeyRegistered';
export const WITNESS_STREAM_CATEGORY = 'witness';

export interface WitnessKeyRegistered {
  readonly type: typeof WITNESS_KEY_REGISTERED;
  readonly data: {
    readonly district: DistrictCode;
    readonly party: Funder;
    /** The key's name in cosignature lines, e.g. "suwon.education-office". */
    readonly keyName: string;
    /** The C2SP verifier key: "<name>+<key hash>+<base64(0x04 ‖ Ed25519 public key)>". */
    readonly verifierKey: string;
    /** The Korean date of the registration. */
    readonly registeredOn: string;
  };
}

/** The one stream of a district's party's witness key. */
export function witnessStreamId(district: DistrictCode, party: Funder): string {
  return `${WITNESS_STREAM_CATEGORY}:${district}.${party}`;
}

/** The key name a party's cosignatures carry: "<district>.<party>". */
export function witnessKeyName(district: DistrictCode, party: Funder): string {
  return `${district}.${party}`;
}

/** Every possible witness: two per district. */
export function witnessSlots(): { district: DistrictCode; party: Funder }[] {
  return districtCodes.flatMap((district) => funders.map((party) => ({ district, party })));
}

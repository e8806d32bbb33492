/**
 * The log's witnesses: each district's education support office and local government registers
 * a public key (made on its side by `cli witness keygen`; the server never sees the private key)
 * as a WitnessKeyRegistered event, and cosigns checkpoints with it (C2SP tlog-cosignature/v1).
 */
import { randomUUID } from 'node:crypto';
import {
  type DistrictCode,
  type Funder,
  isDistrictCode,
  isFunder,
  WITNESS_KEY_REGISTERED,
  type WitnessKeyRegistered,
  witnessKeyName,
  witnessSlots,
  witnessStreamId,
} from '@gongron/domain';
import { CheckpointError, parseWitnessKey, type EventStore, type Witness } from '@gongron/event-store';
import type { Actor } from '../access/actor.js';
import { businessDateOf } from '../time/business-clock.js';

export interface RegisteredWitness extends Witness {
  readonly district: DistrictCode;
  readonly party: Funder;
  readonly verifierKey: string;
  readonly registeredOn: string;
  /** The log position of the registration. */
  readonly position: number;
}

/** A registration refused: the field and the rule, with a stable code. */
export class WitnessRefusal extends Error {
  constructor(
    readonly kind: 'invalid' | 'forbidden',
    readonly code: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The registration's district, party and parsed key, after its refusals in turn: the district and
 * party, who may register them, then the key and its name.
 */
function checkedRegistration(
  input: { district: unknown; party: unknown; verifierKey: unknown },
  by: Actor,
): { district: DistrictCode; party: Funder; keyName: string; witness: Witness; verifierKey: string } {
  if (!isDistrictCode(input.district))
    throw new WitnessRefusal('invalid', 'WITNESS.DISTRICT', 'district', 'district must be one of the 31 district codes');
  if (!isFunder(input.party))
    throw new WitnessRefusal('invalid', 'WITNESS.PARTY', 'party', 'party must be "education-office" or "local-government"');
  const district = input.district;
  const party = input.party;
  if (by.role !== 'admin' && !(by.role === 'official' && by.district === district && by.party === party)) {
    throw new WitnessRefusal(
      'forbidden',
      'WITNESS.OTHER_PARTY',
      'party',
      `only ${district}'s ${party} official (or an administrator) registers this witness key`,
    );
  }
  if (typeof input.verifierKey !== 'string')
    throw new WitnessRefusal('invalid', 'WITNESS.KEY', 'verifierKey', 'verifierKey must be a witness key "<name>+<key hash>+<base64 key>"');
  let witness: Witness;
  try {
    witness = parseWitnessKey(input.verifierKey);
  } catch (error) {
    throw new WitnessRefusal('invalid', 'WITNESS.KEY', 'verifierKey', (error as CheckpointError).message);
  }
  const keyName = witnessKeyName(district, party);
  if (witness.name !== keyName)
    throw new WitnessRefusal(
      'invalid',
      'WITNESS.KEY_NAME',
      'verifierKey',
      `the key of ${district}'s ${party} is named "${keyName}" (got "${witness.name}")`,
    );
  return { district, party, keyName, witness, verifierKey: input.verifierKey };
}

export class WitnessRegistry {
  constructor(
    private readonly store: EventStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Records a party's public key. Officials register their own district's and party's key; administrators any. */
  async register(input: { district: unknown; party: unknown; verifierKey: unknown }, by: Actor): Promise<RegisteredWitness> {
    const { district, party, keyName, witness, verifierKey } = checkedRegistration(input, by);
    const event: WitnessKeyRegistered = {
      type: WITNESS_KEY_REGISTERED,
      data: { district, party, keyName, verifierKey: verifierKey.trim(), registeredOn: businessDateOf(this.clock()) },
    };
    // Who registered is recorded without a name: the registration carries no personal data.
    const appended = await this.store.append(
      witnessStreamId(district, party),
      [
        {
          id: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: { actor: { id: by.id, role: by.role, district: by.district, party: by.party } },
        },
      ],
      'any',
    );
    return {
      ...witness,
      district,
      party,
      verifierKey: event.data.verifierKey,
      registeredOn: event.data.registeredOn,
      position: appended.positions[0]!,
    };
  }

  /** Every party's current key (its last registration). */
  async registered(): Promise<RegisteredWitness[]> {
    const found: RegisteredWitness[] = [];
    for (const { district, party } of witnessSlots()) {
      const [last] = await this.store.readStream(witnessStreamId(district, party), { direction: 'backward', maxCount: 1 });
      if (!last || last.type !== WITNESS_KEY_REGISTERED) continue;
      const data = last.data as WitnessKeyRegistered['data'];
      try {
        found.push({
          ...parseWitnessKey(data.verifierKey),
          district,
          party,
          verifierKey: data.verifierKey,
          registeredOn: data.registeredOn,
          position: last.position,
        });
      } catch {
        // A registration whose key no longer parses cannot cosign anything; it is left out.
      }
    }
    return found;
  }
}

// Golden encodings of the on-call application's records: each is part of the state every
// validator commits to, so a changed field number, type or default changes consensus. The bytes
// are written down; a deliberate change updates them in the same commit and says why.
import assert from 'node:assert/strict';
import { toHex } from '../../src/chain/bytes.ts';
import { ackchain, encode } from '../../src/chain/codec.ts';

const { Severity, RestrictionKind, OlaStatus, OlaOutcome, AlertStatus } = ackchain;
const k = (b: number) => new Uint8Array(32).fill(b);

const RECORDS: Record<string, [Uint8Array, string]> = {
  policy: [encode.escalationPolicy({
    levels: [{ delayMs: 300_000, targets: [{ schedule: 'primary' }] }, { delayMs: 600_000, targets: [{ member: k(1) }] }], repeats: 2, ackTimeoutMs: 1_800_000,
  }), '0a0f08e0a712120912077072696d6172790a2808c0cf2412220a200101010101010101010101010101010101010101010101010101010101010101100218c0ee6d'],
  schedule: [encode.schedule({
    team: 'payments', name: 'primary', timeZone: 'Europe/Berlin',
    layers: [{ name: 'weekly', participants: [k(1), k(2)], startMs: 1_790_000_000_000, turnLengthDays: 7,
      restrictions: [{ kind: RestrictionKind.RESTRICTION_KIND_WEEKLY, startDayOfWeek: 1, startMinute: 540, durationMinutes: 4800 }] }],
    overrides: [{ id: 1, account: k(3), fromMs: 1_790_000_100_000, toMs: 1_790_000_200_000 }], nextOverrideId: 1,
  }), '0a087061796d656e747312077072696d6172791a0d4575726f70652f4265726c696e22610a067765656b6c7912200101010101010101010101010101010101010101010101010101010101010101122002020202020202020202020202020202020202020202020202020202020202021880d8c1a28c3430073a0a08021001189c0420c0252a3208011220030303030303030303030303030303030303030303030303030303030303030318a0e5c7a28c3420c0f2cda28c343001'],
  device: [encode.device({ key: k(4), owner: k(1), notifyKey: k(5), label: 'watch', expiresAtMs: 1_800_000_000_000, registeredAtMs: 1_790_000_000_000 }), '0a200404040404040404040404040404040404040404040404040404040404040404122001010101010101010101010101010101010101010101010101010101010101011a200505050505050505050505050505050505050505050505050505050505050505220577617463682880a0f1c2b1343080d8c1a28c34'],
  ola: [encode.ola({
    id: 7, provider: 'payments', consumer: 'platform', status: OlaStatus.OLA_STATUS_ACTIVE, activeVersion: 1,
    versions: [{ version: 1, terms: { targets: [{ severity: Severity.SEVERITY_CRITICAL, ackWithinMs: 300_000, resolveWithinMs: 3_600_000 }], effectiveFromMs: 1_790_000_000_000 },
      proposedBy: k(6), proposedByTeam: 'platform', proposedAtMs: 1_790_000_000_000, signedBy: k(1), signedAtMs: 1_790_000_060_000 }],
  }), '080712087061796d656e74731a08706c6174666f726d20022a74080112140a0b080110e0a7121880dddb011080d8c1a28c341a2006060606060606060606060606060606060606060606060606060606060606062208706c6174666f726d2880d8c1a28c343220010101010101010101010101010101010101010101010101010101010101010138e0acc5a28c343001'],
  alert: [encode.alert({
    team: 'payments', number: 3, dedupKey: 'slow', summary: 'checkout slow', severity: Severity.SEVERITY_CRITICAL, status: AlertStatus.ALERT_STATUS_ACKNOWLEDGED,
    triggeredBy: k(6), createdAtMs: 1_790_000_000_000, createdHeight: 12, triggerCount: 1, lastSeenMs: 1_790_000_000_000, sequence: 3,
    acknowledgedBy: k(1), acknowledgedAtMs: 1_790_000_120_000, firstAcknowledgedAtMs: 1_790_000_120_000, acknowledgedDevice: k(4), historyLength: 3,
    triggerTeam: 'platform', triggerStanding: ackchain.StandingKind.STANDING_KIND_INTEGRATION,
    policyVersion: 1, escalationLevel: 1, escalationRound: 0, rearmDueMs: 1_790_001_920_000,
    olaId: 7, olaVersion: 1, olaAckDueMs: 1_790_000_300_000, olaResolveDueMs: 1_790_003_600_000,
    olaAckOutcome: OlaOutcome.OLA_OUTCOME_MET, olaResolveOutcome: OlaOutcome.OLA_OUTCOME_PENDING,
  }), '0a087061796d656e747310031a04736c6f77220d636865636b6f757420736c6f77300160026a2006060606060606060606060606060606060606060606060606060606060606067080d8c1a28c34780c800101880180d8c1a28c3492012001010101010101010101010101010101010101010101010101010101010101019801c081c9a28c34b00103b80103c20108706c6174666f726dc80102d00101d80101f00180f0b6a38c348802079002019802e0ffd3a28c34a00280b59da48c34a80202b00201b802c081c9a28c34c202200404040404040404040404040404040404040404040404040404040404040404'],
  maintenanceTeam: [encode.team({ id: 'payments', name: 'Payments', nextAlertNumber: 3, policyVersion: 2, schedules: ['primary'], maintenanceWindows: [{ id: 1, fromMs: 1_790_000_000_000, toMs: 1_790_003_600_000, reason: 'db upgrade' }], nextWindowId: 1 }), '0a087061796d656e747312085061796d656e7473280330023a077072696d617279421c08011080d8c1a28c341880b59da48c34220a646220757067726164654801'],
};

describe('state: golden encodings of the on-call records', () => {
  for (const [name, [bytes, expected]] of Object.entries(RECORDS)) {
    it(name, () => {
      if (toHex(bytes) !== expected) console.log(`${name}: '${toHex(bytes)}'`);
      assert.equal(toHex(bytes), expected);
    });
  }
});

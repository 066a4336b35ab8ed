/* An authorize policy in C: critical alerts may be acknowledged only by the engineer on call for
 * the current shift (in any of the team's schedules) or by a team admin. Everything else follows
 * the default rules of genesis/contracts/authorize.asm. */
#include "ackchain.h"
#include "policy.h"

static const char only_on_call[] = "critical alerts are acknowledged by the engineer on call or an admin";
static const char not_member[] = "not a member";
static const char stranger[] = "not a member or integration of the team, and not the account that triggered it";
static const char taken_over[] = "the team has acknowledged it";
static const char standing_lost[] = "it no longer holds the standing it triggered with";
static const char revoked[] = "the device is revoked";
static const char expired[] = "the device has expired";
static const char bad_version[] = "unknown input layout version";

static void allow(void) {
  ACK_OUTPUT[0] = AUTH_ALLOWED;
  ACK_OUTPUT_LENGTH = 1;
}

static void deny(const char *why, uint8_t length) {
  uint8_t i;
  ACK_OUTPUT[0] = AUTH_DENIED;
  for (i = 0; i < length; i++) ACK_OUTPUT[1 + i] = why[i];
  ACK_OUTPUT_LENGTH = 1 + length;
}

#define DENY(why) deny(why, sizeof why - 1)

/* a < b for 64-bit little-endian numbers. */
static uint8_t less64(const uint8_t *a, const uint8_t *b) {
  int8_t i;
  for (i = 7; i >= 0; i--) {
    if (a[i] != b[i]) return a[i] < b[i];
  }
  return 0;
}

static uint8_t is_zero64(const uint8_t *a) {
  uint8_t i;
  for (i = 0; i < 8; i++) {
    if (a[i] != 0) return 0;
  }
  return 1;
}

void main(void) {
  uint8_t standing = AUTH_STANDING;
  uint8_t flags = AUTH_FLAGS;
  if (AUTH_VERSION != POLICY_LAYOUT_VERSION) ack_call(ACK_ABORT, (uint16_t)bad_version, sizeof bad_version - 1, 0, 0);
  if (flags & AUTH_FLAG_DEVICE) {
    if (!is_zero64(AUTH_DEVICE_REVOKED_MS)) { DENY(revoked); return; }
    if (!less64(AUTH_TIME_MS, AUTH_DEVICE_EXPIRES_MS)) { DENY(expired); return; }
  }
  if (AUTH_ACTION == AUTH_RESOLVE) {
    if (standing != STANDING_NONE) allow();
    else if (!(flags & AUTH_FLAG_TRIGGERED)) DENY(stranger);
    else if (AUTH_STATUS == STATUS_ACKNOWLEDGED) DENY(taken_over);
    else if (!(flags & AUTH_FLAG_KEEPS_STANDING)) DENY(standing_lost);
    else allow();
    return;
  }
  if (standing != STANDING_RESPONDER && standing != STANDING_ADMIN) { DENY(not_member); return; }
  if (AUTH_ACTION == AUTH_ACKNOWLEDGE && AUTH_SEVERITY == SEVERITY_CRITICAL && standing != STANDING_ADMIN && !(flags & AUTH_FLAG_ON_CALL)) {
    DENY(only_on_call);
    return;
  }
  allow();
}

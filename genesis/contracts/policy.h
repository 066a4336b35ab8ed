/* The policy contracts' input and output layouts for C (sdcc -msm83); docs/vm.md, "Policy
 * contracts", is the specification. Include after ackchain.h. */
#ifndef ACKCHAIN_POLICY_H
#define ACKCHAIN_POLICY_H
#include <stdint.h>

#define POLICY_LAYOUT_VERSION 1

/* authorize: input */
#define AUTH_VERSION ACK_INPUT[0]
#define AUTH_ACTION ACK_INPUT[1]          /* AUTH_ACKNOWLEDGE ... AUTH_SNOOZE */
#define AUTH_STATUS ACK_INPUT[2]          /* 1 triggered, 2 acknowledged, 3 resolved */
#define AUTH_SEVERITY ACK_INPUT[3]        /* 1 critical, 2 error, 3 warning, 4 info */
#define AUTH_STANDING ACK_INPUT[4]        /* STANDING_* in the alert's team */
#define AUTH_FLAGS ACK_INPUT[5]           /* AUTH_FLAG_* */
#define AUTH_TIME_MS (ACK_INPUT + 8)      /* 64-bit little-endian: the block time */
#define AUTH_CREATED_MS (ACK_INPUT + 16)  /* the alert's trigger time */
#define AUTH_DEVICE_EXPIRES_MS (ACK_INPUT + 24)
#define AUTH_DEVICE_REVOKED_MS (ACK_INPUT + 32)  /* 0: not revoked */
#define AUTH_ACCOUNT (ACK_INPUT + 40)     /* 32 bytes */
#define AUTH_DEVICE (ACK_INPUT + 72)      /* 32 bytes, zero without a device */

#define AUTH_ACKNOWLEDGE 1
#define AUTH_RESOLVE 2
#define AUTH_NOTE 3
#define AUTH_SNOOZE 4

#define STANDING_NONE 0
#define STANDING_RESPONDER 1
#define STANDING_ADMIN 2
#define STANDING_INTEGRATION 3

#define AUTH_FLAG_TRIGGERED 0x01      /* the account triggered the alert */
#define AUTH_FLAG_KEEPS_STANDING 0x02 /* ... and still holds the standing it triggered with */
#define AUTH_FLAG_ON_CALL 0x04        /* the account is on call now in one of the team's schedules */
#define AUTH_FLAG_DEVICE 0x08         /* a registered device signed */

#define SEVERITY_CRITICAL 1
#define STATUS_ACKNOWLEDGED 2

/* authorize: output. Allowed: 1. Denied: 0 and the reason, 1-200 printable ASCII bytes. */
#define AUTH_ALLOWED 1
#define AUTH_DENIED 0

/* Records for ack_call(ACK_RECORD_GET, id, buffer, capacity, 0) */
#define RECORD_ROSTER 1   /* per member: 32-byte account, 1-byte role (1 responder, 2 admin) */
#define RECORD_ON_CALL 2  /* the accounts on call now in the team's schedules, 32 bytes each */

#endif

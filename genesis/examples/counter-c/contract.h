/* The ackchain contract ABI for C (SDCC, -msm83); docs/vm.md specifies it, src/vm/abi.inc is the
 * same for assembly. crt0.s calls main() and returns its result as the output length. */
#ifndef ACKCHAIN_CONTRACT_H
#define ACKCHAIN_CONTRACT_H

#include <stdint.h>

/* Memory map */
#define CONTRACT_INPUT  ((const uint8_t *)0x8000) /* the call's input, read-only */
#define CONTRACT_OUTPUT ((uint8_t *)0xA000)       /* main() returns how many bytes of it to return */

/* I/O registers, 16-bit little-endian */
#define IO_ARG0         (*(volatile uint16_t *)0xFF00)
#define IO_ARG1         (*(volatile uint16_t *)0xFF02)
#define IO_ARG2         (*(volatile uint16_t *)0xFF04)
#define IO_ARG3         (*(volatile uint16_t *)0xFF06)
#define IO_RESULT       (*(volatile const uint16_t *)0xFF08)
#define IO_STATUS       (*(volatile const uint16_t *)0xFF0A)
#define IO_INPUT_LENGTH (*(volatile const uint16_t *)0xFF0C)
#define IO_HOST_CALL    (*(volatile uint8_t *)0xFF10)

/* Host calls: arguments in ARG0-ARG3, then the number written to HOST_CALL */
#define HC_STORAGE_GET    1 /* key, key length, buffer, capacity -> RESULT length, STATUS */
#define HC_STORAGE_SET    2 /* key, key length, value, value length */
#define HC_STORAGE_DELETE 3 /* key, key length */
#define HC_RECORD_GET     4 /* record id, buffer, capacity -> RESULT length, STATUS */
#define HC_EMIT_EVENT     5 /* type, type length, data, data length */
#define HC_SHA256         6 /* data, length, 32-byte destination */
#define HC_RETURN         7 /* output length */
#define HC_ABORT          8 /* message, message length: fails the call */

#define ST_OK        0
#define ST_NOT_FOUND 1
#define ST_TOO_SMALL 2

/* Makes host call `call`; returns STATUS, with RESULT left in IO_RESULT. */
static inline uint16_t host_call(uint8_t call, uint16_t arg0, uint16_t arg1, uint16_t arg2, uint16_t arg3) {
  IO_ARG0 = arg0;
  IO_ARG1 = arg1;
  IO_ARG2 = arg2;
  IO_ARG3 = arg3;
  IO_HOST_CALL = call;
  return IO_STATUS;
}

#define HOST_PTR(p) ((uint16_t)(p))

#endif

/* ackchain contract ABI for C compiled by SDCC (sdcc -msm83); see docs/vm.md. */
#ifndef ACKCHAIN_H
#define ACKCHAIN_H
#include <stdint.h>

#define ACK_IO16(address) (*(volatile uint16_t *)(address))
#define ACK_IO8(address) (*(volatile uint8_t *)(address))

#define ACK_ARG0 ACK_IO16(0xFF00)
#define ACK_ARG1 ACK_IO16(0xFF02)
#define ACK_ARG2 ACK_IO16(0xFF04)
#define ACK_ARG3 ACK_IO16(0xFF06)
#define ACK_RESULT ACK_IO16(0xFF08)
#define ACK_STATUS ACK_IO8(0xFF0A)
#define ACK_INPUT_LENGTH ACK_IO16(0xFF0C)
#define ACK_OUTPUT_LENGTH ACK_IO16(0xFF0E)
#define ACK_HOST_CALL ACK_IO8(0xFF10)

#define ACK_INPUT ((const uint8_t *)0x8000)
#define ACK_OUTPUT ((uint8_t *)0xA000)

#define ACK_STORAGE_GET 1
#define ACK_STORAGE_SET 2
#define ACK_STORAGE_DELETE 3
#define ACK_RECORD_GET 4
#define ACK_EMIT_EVENT 5
#define ACK_SHA256 6
#define ACK_RETURN 7
#define ACK_ABORT 8

#define ACK_OK 0
#define ACK_NOT_FOUND 1
#define ACK_TOO_SMALL 2

/* Makes host call `call` with four arguments; returns STATUS (RESULT is in ACK_RESULT). */
static inline uint8_t ack_call(uint8_t call, uint16_t a0, uint16_t a1, uint16_t a2, uint16_t a3) {
  ACK_ARG0 = a0;
  ACK_ARG1 = a1;
  ACK_ARG2 = a2;
  ACK_ARG3 = a3;
  ACK_HOST_CALL = call;
  return ACK_STATUS;
}

#endif

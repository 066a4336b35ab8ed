/* A counter contract in C: each call adds a step to a 16-bit counter kept in the contract's
 * storage, emits a "counter" event and returns the new value (2 bytes, little-endian).
 * The step is the input's first byte, or 1 when the input is empty. */
#include "ackchain.h"

static const char key[] = "count";
static const char event_type[] = "counter";
static const char overflow[] = "counter overflow";

/* Initialized data: crt0.s copies it to work RAM before main runs. */
static uint16_t default_step = 1;

static uint16_t load_count(void) {
  uint8_t stored[2];
  if (ack_call(ACK_STORAGE_GET, (uint16_t)key, sizeof key - 1, (uint16_t)stored, sizeof stored) == ACK_NOT_FOUND) return 0;
  return stored[0] | (uint16_t)stored[1] << 8;
}

void main(void) {
  uint16_t step = ACK_INPUT_LENGTH > 0 ? ACK_INPUT[0] : default_step;
  uint16_t count = load_count();
  if ((uint16_t)(count + step) < count) ack_call(ACK_ABORT, (uint16_t)overflow, sizeof overflow - 1, 0, 0);
  count += step;
  ACK_OUTPUT[0] = count & 0xff;
  ACK_OUTPUT[1] = count >> 8;
  ack_call(ACK_STORAGE_SET, (uint16_t)key, sizeof key - 1, (uint16_t)ACK_OUTPUT, 2);
  ack_call(ACK_EMIT_EVENT, (uint16_t)event_type, sizeof event_type - 1, (uint16_t)ACK_OUTPUT, 2);
  ACK_OUTPUT_LENGTH = 2;
}

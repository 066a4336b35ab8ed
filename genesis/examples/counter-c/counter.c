/* A counter contract in C: each call adds a step to a 16-bit counter kept in the contract's
 * storage, emits a "counter" event and returns the new value (2 bytes, little-endian).
 * The step is the input's first byte, or 1 when the input is empty. */
#include "contract.h"

static const char key[] = "count";
static const char event_type[] = "counter";
static const char overflow[] = "counter overflow";

/* Initialized data, copied to work RAM by crt0.s. */
static uint16_t default_step = 1;

static uint16_t load_count(void) {
  uint8_t stored[2];
  if (host_call(HC_STORAGE_GET, HOST_PTR(key), sizeof key - 1, HOST_PTR(stored), sizeof stored) == ST_NOT_FOUND) return 0;
  return stored[0] | (uint16_t)stored[1] << 8;
}

int main(void) {
  uint16_t step = IO_INPUT_LENGTH > 0 ? CONTRACT_INPUT[0] : default_step;
  uint16_t count = load_count();
  uint8_t *out = CONTRACT_OUTPUT;
  if ((uint16_t)(count + step) < count) host_call(HC_ABORT, HOST_PTR(overflow), sizeof overflow - 1, 0, 0);
  count += step;
  out[0] = count & 0xff;
  out[1] = count >> 8;
  host_call(HC_STORAGE_SET, HOST_PTR(key), sizeof key - 1, HOST_PTR(out), 2);
  host_call(HC_EMIT_EVENT, HOST_PTR(event_type), sizeof event_type - 1, HOST_PTR(out), 2);
  return 2;
}

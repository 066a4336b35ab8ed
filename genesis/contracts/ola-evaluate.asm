; ola-evaluate: was an OLA target met, and by how much? The default rule: met when the alert was
; answered (or the deadline came) at or before the target's due time, as docs/vm.md ("Policy
; contracts") lays out the input.
; Output: 9 bytes: 1 (met) or 2 (breached), then the margin (met) or the lateness (breached) in
; milliseconds, a 64-bit little-endian number.
INCLUDE "abi.inc"

SECTION "ola-evaluate", ROM0[$0000]
main:
    ld a, [IN_VERSION]
    cp POLICY_LAYOUT_VERSION
    jp nz, bad_version
    ; amount = due - time, computed in place in the output.
    ld de, OLA_DUE
    ld hl, OUTPUT_START + 1
    ld b, 8
.copy:
    ld a, [de]
    ld [hl+], a
    inc de
    dec b
    jr nz, .copy
    ld de, OUTPUT_START + 1
    ld hl, OLA_TIME
    ld b, 8
    and a
.subtract:
    ld a, [de]
    sbc a, [hl]
    ld [de], a
    inc de
    inc hl
    dec b
    jr nz, .subtract
    ld a, OUTCOME_MET
    jr nc, .done
    ; A borrow out: time > due. Breached, by time - due = 0 - amount.
    ld hl, OUTPUT_START + 1
    ld b, 8
    and a
.negate:
    ld a, 0
    sbc a, [hl]
    ld [hl+], a
    dec b
    jr nz, .negate
    ld a, OUTCOME_BREACHED
.done:
    ld [OUTPUT_START], a
    ld a, 9
    ldh [LOW(OUTPUT_LENGTH)], a
    halt

INCLUDE "policy.inc"

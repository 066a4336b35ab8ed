; escalate: an alert's escalation deadline fell due; which level of its policy is notified now,
; which of that level's targets, and when it escalates next? The default rules, as docs/vm.md
; ("Policy contracts") lays out the input:
;   - the next level; after the last one, the first level again in the next round;
;   - every target of that level;
;   - the next step after that level's delay, while a level or a repeat is left; else none.
; Output: 8 bytes: level (0-based), round (0-based), a 16-bit mask of the level's targets to
; notify (bit i: target i), and the delay to the next step in milliseconds (32 bits, 0: none),
; little-endian.
INCLUDE "abi.inc"

SECTION "escalate", ROM0[$0000]
main:
    ld a, [IN_VERSION]
    cp POLICY_LAYOUT_VERSION
    jp nz, bad_version
    ; The next level, or the first of the next round.
    ld a, [ESC_ROUND]
    ld c, a
    ld a, [ESC_LEVELS]
    ld b, a
    ld a, [ESC_LEVEL]
    inc a
    cp b
    jr c, .level_chosen
    xor a
    inc c
.level_chosen:
    ld [ESC_OUT_LEVEL], a
    ld e, a                     ; E = level
    ld a, c
    ld [ESC_OUT_ROUND], a
    ; HL = the level's table entry: ESC_TABLE + 8 * level.
    ld l, e
    ld h, 0
    add hl, hl
    add hl, hl
    add hl, hl
    ld bc, ESC_TABLE
    add hl, bc
    push hl
    ; Mask: the low `count` bits set (count is at most 16).
    ld bc, 4
    add hl, bc
    ld b, [hl]
    ld hl, 0
    inc b
    jr .mask_test
.mask_bit:
    add hl, hl
    inc hl
.mask_test:
    dec b
    jr nz, .mask_bit
    ld a, l
    ld [ESC_OUT_MASK], a
    ld a, h
    ld [ESC_OUT_MASK + 1], a
    pop hl
    ; A step is left while a level follows this one or the round is below the repeats.
    ld a, [ESC_LEVELS]
    ld b, a
    ld a, e
    inc a
    cp b
    jr c, .more
    ld a, [ESC_REPEATS]
    ld b, a
    ld a, [ESC_OUT_ROUND]
    cp b
    jr c, .more
    ; None left: the delay stays 0 (the output region starts zeroed).
    jr .done
.more:
    ld de, ESC_OUT_DELAY
    ld b, 4
.delay:
    ld a, [hl+]
    ld [de], a
    inc de
    dec b
    jr nz, .delay
.done:
    ld a, 8
    ldh [LOW(OUTPUT_LENGTH)], a
    halt

INCLUDE "policy.inc"

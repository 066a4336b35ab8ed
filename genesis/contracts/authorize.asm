; authorize: may this account (or its device) acknowledge, resolve, add a note to or snooze this
; alert? The default rules, as docs/vm.md ("Policy contracts") lays out the input:
;   - a device that is revoked, or expired at the block time, may do nothing;
;   - acknowledge, note and snooze: members of the alert's team (responders and admins);
;   - resolve: members and integrations of the alert's team, and the account that triggered the
;     alert from another team, while it holds the standing it triggered with and until the
;     alert's team has acknowledged it.
; Output: 1 (allowed), or 0 followed by the reason in ASCII (denied).
INCLUDE "abi.inc"

SECTION "authorize", ROM0[$0000]
main:
    ld a, [IN_VERSION]
    cp POLICY_LAYOUT_VERSION
    jp nz, bad_version
    ld a, [AUTH_FLAGS]
    bit FLAG_DEVICE, a
    jr z, .by_account
    ; A device: revoked (revoked_at != 0) or expired (time >= expires_at) may do nothing.
    ld hl, AUTH_DEVICE_REVOKED
    ld b, 8
    xor a
.revoked:
    or [hl]
    inc hl
    dec b
    jr nz, .revoked
    and a
    ld hl, why_revoked
    ld c, why_revoked.end - why_revoked
    jr nz, deny
    ; time - expires_at, byte by byte from the low end: a borrow out means time < expires_at.
    ld de, AUTH_TIME
    ld hl, AUTH_DEVICE_EXPIRES
    ld b, 8
    and a
.expiry:
    ld a, [de]
    sbc a, [hl]
    inc de
    inc hl
    dec b
    jr nz, .expiry
    ld hl, why_expired
    ld c, why_expired.end - why_expired
    jr nc, deny
.by_account:
    ld a, [AUTH_ACTION]
    cp ACTION_RESOLVE
    jr z, resolve
    ; Acknowledge, note, snooze: responders and admins of the alert's team.
    ld a, [AUTH_STANDING]
    cp STANDING_RESPONDER
    jr z, allow
    cp STANDING_ADMIN
    jr z, allow
    ld hl, why_not_member
    ld c, why_not_member.end - why_not_member
    jr deny

resolve:
    ld a, [AUTH_STANDING]
    and a
    jr nz, allow                ; any standing in the alert's team
    ld a, [AUTH_FLAGS]
    bit FLAG_TRIGGERED, a
    ld hl, why_stranger
    ld c, why_stranger.end - why_stranger
    jr z, deny
    ld a, [AUTH_STATUS]
    cp STATUS_ACKNOWLEDGED
    ld hl, why_taken_over
    ld c, why_taken_over.end - why_taken_over
    jr z, deny
    ld a, [AUTH_FLAGS]
    bit FLAG_KEEPS_STANDING, a
    ld hl, why_standing_lost
    ld c, why_standing_lost.end - why_standing_lost
    jr z, deny

allow:
    ld a, 1
    ld [OUTPUT_START], a
    ldh [LOW(OUTPUT_LENGTH)], a
    halt

; Denied: 0, then the C bytes of the reason at HL.
deny:
    ld de, OUTPUT_START
    xor a
    ld [de], a
    inc de
    ld a, c
    inc a
    ldh [LOW(OUTPUT_LENGTH)], a
.copy:
    ld a, [hl+]
    ld [de], a
    inc de
    dec c
    jr nz, .copy
    halt

why_revoked: db "the device is revoked"
.end:
why_expired: db "the device has expired"
.end:
why_not_member: db "not a member"
.end:
why_stranger: db "not a member or integration of the team, and not the account that triggered it"
.end:
why_taken_over: db "the team has acknowledged it"
.end:
why_standing_lost: db "it no longer holds the standing it triggered with"
.end:

INCLUDE "policy.inc"

;; Start-up code for C contracts compiled by SDCC (-msm83 --no-std-crt0). Linked first with
;; --code-loc 0x0000, so `start` is the contract's entry point. The machine has already set
;; SP to $FF00 and zeroed work RAM, so only initialized globals need copying.
        .module crt0
        .globl  _main

        .area   _CODE
start:
        call    gsinit
        call    _main           ; returns the output length in BC (sdcccall(1))
        ld      a, c
        ld      (0xff0e), a     ; OUTPUT_LENGTH, low byte
        ld      a, b
        ld      (0xff0f), a     ; OUTPUT_LENGTH, high byte
        halt                    ; ends the call; the output is OUTPUT_LENGTH bytes at $A000

        ;; Area order for the linker: code and initial values in ROM, then RAM (--data-loc).
        .area   _HOME
        .area   _INITIALIZER
        .area   _GSINIT
        .area   _GSFINAL
        .area   _DATA
        .area   _INITIALIZED
        .area   _BSEG
        .area   _BSS
        .area   _HEAP

        ;; Copies the initial values of initialized globals from ROM to work RAM.
        .area   _GSINIT
gsinit:
        ld      de, #s__INITIALIZED
        ld      hl, #s__INITIALIZER
        ld      bc, #l__INITIALIZER
copy:
        ld      a, b
        or      a, c
        jr      z, copied
        ld      a, (hl+)
        ld      (de), a
        inc     de
        dec     bc
        jr      copy
copied:
        .area   _GSFINAL
        ret

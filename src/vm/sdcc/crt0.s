; Start-up code for SDCC contracts: copies initialized globals to RAM, calls main, then HALT
; returns ACK_OUTPUT_LENGTH bytes of the output region. Link it first (see docs/vm.md).
        .module crt0
        .globl  _main
        .globl  l__INITIALIZER, s__INITIALIZER, s__INITIALIZED
        .area   _HEADER (ABS)
        .org    0x0000
        ld      de, #s__INITIALIZED
        ld      hl, #s__INITIALIZER
        ld      bc, #l__INITIALIZER
copy:
        ld      a, b
        or      a, c
        jr      z, start
        ld      a, (hl+)
        ld      (de), a
        inc     de
        dec     bc
        jr      copy
start:
        call    _main
        halt
        ; Area order decides the layout: code and initializers in ROM, data from --data-loc.
        .area   _HOME
        .area   _CODE
        .area   _INITIALIZER
        .area   _GSINIT
        .area   _GSFINAL
        .area   _DATA
        .area   _INITIALIZED
        .area   _BSEG
        .area   _BSS
        .area   _HEAP

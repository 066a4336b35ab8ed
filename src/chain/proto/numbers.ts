// protobufjs decodes 64-bit fields to Long objects when the `long` package is present. ackchain
// keeps uint64 values as JS numbers and checks that they are safe integers where they arrive
// (see codec.ts), so Long support is switched off before the generated code loads.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

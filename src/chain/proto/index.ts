// The one entry point to the generated protobuf code; importing it through here guarantees that
// 64-bit fields decode to numbers.
import './numbers.ts';

export { ackchain } from './generated.js';

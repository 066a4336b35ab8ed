// The two ways a block can fail that are not a tx's own failure (a tx's failure is a receipt).
//
// BlockError: the block is invalid as a whole (a tx that may not be included, a wrong root, a
// wrong time). A validator prevotes nil on it, block sync refuses it, replay stops at it.
//
// InvariantError: committed state contradicts itself (an index pointing at nothing, a height that
// does not follow). Nothing sensible can be built on it: the node stops producing and says why.
export class BlockError extends Error {
  override name = 'BlockError';
}

export class InvariantError extends Error {
  override name = 'InvariantError';
}

export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(`state invariant broken: ${message}`);
}

// The p2p layer: the libp2p host (host.ts), its gossip topics and structural checks (topics.ts),
// its wire messages (wire.ts), keys (keys.ts) and the persistent-peer re-dialler (redial.ts).
export {
  P2PHost, P2PRequestError, DEFAULT_LIMITS, tcpMultiaddr,
  type P2PHostOptions, type P2PHandlers, type P2PLimits, type P2PLogger, type ReceivedGossip, type Verdict,
  type SyncServeRequest, type SyncedBlock, type PeerInfo, type RequestOptions,
} from './host.ts';
export {
  TOPIC_KINDS, topicName, gossipLimitsFor, decodeGossip,
  type TopicKind, type GossipLimits, type GossipPayload, type DecodedVote, type DecodedProposal, type DecodedEvidence,
} from './topics.ts';
export {
  WireError,
  encodeProposal, decodeProposal, encodeSignedVote, decodeSignedVote, encodeSignedProposal, decodeSignedProposal,
  encodeConsensusMessage, decodeConsensusMessage, encodeEvidence, decodeEvidence,
  type Proposal, type SignedVote, type SignedProposal, type ConsensusMessage, type DuplicateVoteEvidence,
  type BlockWithCommit, type StatusResponse, type SyncRequest,
} from './wire.ts';
export { libp2pPrivateKey, peerIdOf, parsePeerId, parseNetworkKey, formatNetworkKey, generateNetworkKey } from './keys.ts';
export { DEFAULT_BACKOFF, backoffDelay, realTimers, type BackoffOptions, type Timers, type Timer, type PersistentPeerStatus } from './redial.ts';

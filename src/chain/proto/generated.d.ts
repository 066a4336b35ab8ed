import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace ackchain. */
export namespace ackchain {

    /**
     * Properties of a Header.
     * @deprecated Use ackchain.Header.$Properties instead.
     */
    interface IHeader extends ackchain.Header.$Properties {
    }

    /** Represents a Header. */
    class Header {

        /**
         * Constructs a new Header.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Header.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Header chainId. */
        chainId: string;

        /** Header height. */
        height: number;

        /** Header timeMs. */
        timeMs: number;

        /** Header prevBlockHash. */
        prevBlockHash: Uint8Array;

        /** Header lastCommitHash. */
        lastCommitHash: Uint8Array;

        /** Header txRoot. */
        txRoot: Uint8Array;

        /** Header stateRoot. */
        stateRoot: Uint8Array;

        /** Header resultsRoot. */
        resultsRoot: Uint8Array;

        /** Header validatorsHash. */
        validatorsHash: Uint8Array;

        /** Header nextValidatorsHash. */
        nextValidatorsHash: Uint8Array;

        /** Header proposer. */
        proposer: Uint8Array;

        /** Header evidenceRoot. */
        evidenceRoot: Uint8Array;

        /**
         * Creates a new Header instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Header instance
         */
        static create(properties: ackchain.Header.$Shape): ackchain.Header & ackchain.Header.$Shape;
        static create(properties?: ackchain.Header.$Properties): ackchain.Header;

        /**
         * Encodes the specified Header message. Does not implicitly {@link ackchain.Header.verify|verify} messages.
         * @param message Header message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Header message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Header & ackchain.Header.$Shape} Header
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Header & ackchain.Header.$Shape;
    }

    namespace Header {

        /** Properties of a Header. */
        interface $Properties {

            /** Header chainId */
            chainId?: (string|null);

            /** Header height */
            height?: (number|null);

            /** Header timeMs */
            timeMs?: (number|null);

            /** Header prevBlockHash */
            prevBlockHash?: (Uint8Array|null);

            /** Header lastCommitHash */
            lastCommitHash?: (Uint8Array|null);

            /** Header txRoot */
            txRoot?: (Uint8Array|null);

            /** Header stateRoot */
            stateRoot?: (Uint8Array|null);

            /** Header resultsRoot */
            resultsRoot?: (Uint8Array|null);

            /** Header validatorsHash */
            validatorsHash?: (Uint8Array|null);

            /** Header nextValidatorsHash */
            nextValidatorsHash?: (Uint8Array|null);

            /** Header proposer */
            proposer?: (Uint8Array|null);

            /** Header evidenceRoot */
            evidenceRoot?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Header. */
        type $Shape = ackchain.Header.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use ackchain.Block.$Properties instead.
     */
    interface IBlock extends ackchain.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block header. */
        header: Uint8Array;

        /** Block txs. */
        txs: Uint8Array[];

        /** Block lastCommit. */
        lastCommit: Uint8Array;

        /** Block evidence. */
        evidence: Uint8Array[];

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: ackchain.Block.$Shape): ackchain.Block & ackchain.Block.$Shape;
        static create(properties?: ackchain.Block.$Properties): ackchain.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link ackchain.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Block & ackchain.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Block & ackchain.Block.$Shape;
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block header */
            header?: (Uint8Array|null);

            /** Block txs */
            txs?: (Uint8Array[]|null);

            /** Block lastCommit */
            lastCommit?: (Uint8Array|null);

            /** Block evidence */
            evidence?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Block. */
        type $Shape = ackchain.Block.$Properties;
    }

    /** VoteType enum. */
    enum VoteType {

        /** VOTE_TYPE_UNSPECIFIED value */
        VOTE_TYPE_UNSPECIFIED = 0,

        /** VOTE_TYPE_PREVOTE value */
        VOTE_TYPE_PREVOTE = 1,

        /** VOTE_TYPE_PRECOMMIT value */
        VOTE_TYPE_PRECOMMIT = 2
    }

    /**
     * Properties of a Vote.
     * @deprecated Use ackchain.Vote.$Properties instead.
     */
    interface IVote extends ackchain.Vote.$Properties {
    }

    /** Represents a Vote. */
    class Vote {

        /**
         * Constructs a new Vote.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Vote.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Vote chainId. */
        chainId: string;

        /** Vote type. */
        type: ackchain.VoteType;

        /** Vote height. */
        height: number;

        /** Vote round. */
        round: number;

        /** Vote blockHash. */
        blockHash: Uint8Array;

        /** Vote timestampMs. */
        timestampMs: number;

        /** Vote validator. */
        validator: Uint8Array;

        /**
         * Creates a new Vote instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Vote instance
         */
        static create(properties: ackchain.Vote.$Shape): ackchain.Vote & ackchain.Vote.$Shape;
        static create(properties?: ackchain.Vote.$Properties): ackchain.Vote;

        /**
         * Encodes the specified Vote message. Does not implicitly {@link ackchain.Vote.verify|verify} messages.
         * @param message Vote message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Vote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Vote message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Vote & ackchain.Vote.$Shape} Vote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Vote & ackchain.Vote.$Shape;
    }

    namespace Vote {

        /** Properties of a Vote. */
        interface $Properties {

            /** Vote chainId */
            chainId?: (string|null);

            /** Vote type */
            type?: (ackchain.VoteType|null);

            /** Vote height */
            height?: (number|null);

            /** Vote round */
            round?: (number|null);

            /** Vote blockHash */
            blockHash?: (Uint8Array|null);

            /** Vote timestampMs */
            timestampMs?: (number|null);

            /** Vote validator */
            validator?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Vote. */
        type $Shape = ackchain.Vote.$Properties;
    }

    /**
     * Properties of a CommitSig.
     * @deprecated Use ackchain.CommitSig.$Properties instead.
     */
    interface ICommitSig extends ackchain.CommitSig.$Properties {
    }

    /** Represents a CommitSig. */
    class CommitSig {

        /**
         * Constructs a new CommitSig.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.CommitSig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CommitSig vote. */
        vote: Uint8Array;

        /** CommitSig signature. */
        signature: Uint8Array;

        /**
         * Creates a new CommitSig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CommitSig instance
         */
        static create(properties: ackchain.CommitSig.$Shape): ackchain.CommitSig & ackchain.CommitSig.$Shape;
        static create(properties?: ackchain.CommitSig.$Properties): ackchain.CommitSig;

        /**
         * Encodes the specified CommitSig message. Does not implicitly {@link ackchain.CommitSig.verify|verify} messages.
         * @param message CommitSig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.CommitSig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CommitSig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.CommitSig & ackchain.CommitSig.$Shape} CommitSig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.CommitSig & ackchain.CommitSig.$Shape;
    }

    namespace CommitSig {

        /** Properties of a CommitSig. */
        interface $Properties {

            /** CommitSig vote */
            vote?: (Uint8Array|null);

            /** CommitSig signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CommitSig. */
        type $Shape = ackchain.CommitSig.$Properties;
    }

    /**
     * Properties of a DuplicateVoteEvidence.
     * @deprecated Use ackchain.DuplicateVoteEvidence.$Properties instead.
     */
    interface IDuplicateVoteEvidence extends ackchain.DuplicateVoteEvidence.$Properties {
    }

    /** Represents a DuplicateVoteEvidence. */
    class DuplicateVoteEvidence {

        /**
         * Constructs a new DuplicateVoteEvidence.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.DuplicateVoteEvidence.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DuplicateVoteEvidence voteA. */
        voteA?: (ackchain.CommitSig.$Properties|null);

        /** DuplicateVoteEvidence voteB. */
        voteB?: (ackchain.CommitSig.$Properties|null);

        /**
         * Creates a new DuplicateVoteEvidence instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DuplicateVoteEvidence instance
         */
        static create(properties: ackchain.DuplicateVoteEvidence.$Shape): ackchain.DuplicateVoteEvidence & ackchain.DuplicateVoteEvidence.$Shape;
        static create(properties?: ackchain.DuplicateVoteEvidence.$Properties): ackchain.DuplicateVoteEvidence;

        /**
         * Encodes the specified DuplicateVoteEvidence message. Does not implicitly {@link ackchain.DuplicateVoteEvidence.verify|verify} messages.
         * @param message DuplicateVoteEvidence message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.DuplicateVoteEvidence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DuplicateVoteEvidence message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.DuplicateVoteEvidence & ackchain.DuplicateVoteEvidence.$Shape} DuplicateVoteEvidence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.DuplicateVoteEvidence & ackchain.DuplicateVoteEvidence.$Shape;
    }

    namespace DuplicateVoteEvidence {

        /** Properties of a DuplicateVoteEvidence. */
        interface $Properties {

            /** DuplicateVoteEvidence voteA */
            voteA?: (ackchain.CommitSig.$Properties|null);

            /** DuplicateVoteEvidence voteB */
            voteB?: (ackchain.CommitSig.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DuplicateVoteEvidence. */
        type $Shape = ackchain.DuplicateVoteEvidence.$Properties;
    }

    /**
     * Properties of a Commit.
     * @deprecated Use ackchain.Commit.$Properties instead.
     */
    interface ICommit extends ackchain.Commit.$Properties {
    }

    /** Represents a Commit. */
    class Commit {

        /**
         * Constructs a new Commit.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Commit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Commit height. */
        height: number;

        /** Commit round. */
        round: number;

        /** Commit blockHash. */
        blockHash: Uint8Array;

        /** Commit signatures. */
        signatures: ackchain.CommitSig.$Properties[];

        /**
         * Creates a new Commit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Commit instance
         */
        static create(properties: ackchain.Commit.$Shape): ackchain.Commit & ackchain.Commit.$Shape;
        static create(properties?: ackchain.Commit.$Properties): ackchain.Commit;

        /**
         * Encodes the specified Commit message. Does not implicitly {@link ackchain.Commit.verify|verify} messages.
         * @param message Commit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Commit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Commit & ackchain.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Commit & ackchain.Commit.$Shape;
    }

    namespace Commit {

        /** Properties of a Commit. */
        interface $Properties {

            /** Commit height */
            height?: (number|null);

            /** Commit round */
            round?: (number|null);

            /** Commit blockHash */
            blockHash?: (Uint8Array|null);

            /** Commit signatures */
            signatures?: (ackchain.CommitSig.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Commit. */
        type $Shape = ackchain.Commit.$Properties;
    }

    /**
     * Properties of an Attribute.
     * @deprecated Use ackchain.Attribute.$Properties instead.
     */
    interface IAttribute extends ackchain.Attribute.$Properties {
    }

    /** Represents an Attribute. */
    class Attribute {

        /**
         * Constructs a new Attribute.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Attribute.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Attribute key. */
        key: string;

        /** Attribute value. */
        value: string;

        /**
         * Creates a new Attribute instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Attribute instance
         */
        static create(properties: ackchain.Attribute.$Shape): ackchain.Attribute & ackchain.Attribute.$Shape;
        static create(properties?: ackchain.Attribute.$Properties): ackchain.Attribute;

        /**
         * Encodes the specified Attribute message. Does not implicitly {@link ackchain.Attribute.verify|verify} messages.
         * @param message Attribute message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Attribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Attribute message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Attribute & ackchain.Attribute.$Shape} Attribute
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Attribute & ackchain.Attribute.$Shape;
    }

    namespace Attribute {

        /** Properties of an Attribute. */
        interface $Properties {

            /** Attribute key */
            key?: (string|null);

            /** Attribute value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Attribute. */
        type $Shape = ackchain.Attribute.$Properties;
    }

    /**
     * Properties of an Event.
     * @deprecated Use ackchain.Event.$Properties instead.
     */
    interface IEvent extends ackchain.Event.$Properties {
    }

    /** Represents an Event. */
    class Event {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Event.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Event type. */
        type: string;

        /** Event attributes. */
        attributes: ackchain.Attribute.$Properties[];

        /**
         * Creates a new Event instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Event instance
         */
        static create(properties: ackchain.Event.$Shape): ackchain.Event & ackchain.Event.$Shape;
        static create(properties?: ackchain.Event.$Properties): ackchain.Event;

        /**
         * Encodes the specified Event message. Does not implicitly {@link ackchain.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Event & ackchain.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Event & ackchain.Event.$Shape;
    }

    namespace Event {

        /** Properties of an Event. */
        interface $Properties {

            /** Event type */
            type?: (string|null);

            /** Event attributes */
            attributes?: (ackchain.Attribute.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Event. */
        type $Shape = ackchain.Event.$Properties;
    }

    /**
     * Properties of a Receipt.
     * @deprecated Use ackchain.Receipt.$Properties instead.
     */
    interface IReceipt extends ackchain.Receipt.$Properties {
    }

    /** Represents a Receipt. */
    class Receipt {

        /**
         * Constructs a new Receipt.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Receipt.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Receipt code. */
        code: number;

        /** Receipt log. */
        log: string;

        /** Receipt events. */
        events: ackchain.Event.$Properties[];

        /** Receipt gasUsed. */
        gasUsed: number;

        /**
         * Creates a new Receipt instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Receipt instance
         */
        static create(properties: ackchain.Receipt.$Shape): ackchain.Receipt & ackchain.Receipt.$Shape;
        static create(properties?: ackchain.Receipt.$Properties): ackchain.Receipt;

        /**
         * Encodes the specified Receipt message. Does not implicitly {@link ackchain.Receipt.verify|verify} messages.
         * @param message Receipt message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Receipt message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Receipt & ackchain.Receipt.$Shape} Receipt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Receipt & ackchain.Receipt.$Shape;
    }

    namespace Receipt {

        /** Properties of a Receipt. */
        interface $Properties {

            /** Receipt code */
            code?: (number|null);

            /** Receipt log */
            log?: (string|null);

            /** Receipt events */
            events?: (ackchain.Event.$Properties[]|null);

            /** Receipt gasUsed */
            gasUsed?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Receipt. */
        type $Shape = ackchain.Receipt.$Properties;
    }

    /**
     * Properties of a TxLocation.
     * @deprecated Use ackchain.TxLocation.$Properties instead.
     */
    interface ITxLocation extends ackchain.TxLocation.$Properties {
    }

    /** Represents a TxLocation. */
    class TxLocation {

        /**
         * Constructs a new TxLocation.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.TxLocation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TxLocation height. */
        height: number;

        /** TxLocation index. */
        index: number;

        /** TxLocation receipt. */
        receipt: Uint8Array;

        /**
         * Creates a new TxLocation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxLocation instance
         */
        static create(properties: ackchain.TxLocation.$Shape): ackchain.TxLocation & ackchain.TxLocation.$Shape;
        static create(properties?: ackchain.TxLocation.$Properties): ackchain.TxLocation;

        /**
         * Encodes the specified TxLocation message. Does not implicitly {@link ackchain.TxLocation.verify|verify} messages.
         * @param message TxLocation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.TxLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxLocation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.TxLocation & ackchain.TxLocation.$Shape} TxLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.TxLocation & ackchain.TxLocation.$Shape;
    }

    namespace TxLocation {

        /** Properties of a TxLocation. */
        interface $Properties {

            /** TxLocation height */
            height?: (number|null);

            /** TxLocation index */
            index?: (number|null);

            /** TxLocation receipt */
            receipt?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TxLocation. */
        type $Shape = ackchain.TxLocation.$Properties;
    }

    /**
     * Properties of a Proposal.
     * @deprecated Use ackchain.Proposal.$Properties instead.
     */
    interface IProposal extends ackchain.Proposal.$Properties {
    }

    /** Represents a Proposal. */
    class Proposal {

        /**
         * Constructs a new Proposal.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Proposal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Proposal chainId. */
        chainId: string;

        /** Proposal height. */
        height: number;

        /** Proposal round. */
        round: number;

        /** Proposal validRound. */
        validRound: number;

        /** Proposal blockHash. */
        blockHash: Uint8Array;

        /** Proposal timestampMs. */
        timestampMs: number;

        /** Proposal proposer. */
        proposer: Uint8Array;

        /**
         * Creates a new Proposal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Proposal instance
         */
        static create(properties: ackchain.Proposal.$Shape): ackchain.Proposal & ackchain.Proposal.$Shape;
        static create(properties?: ackchain.Proposal.$Properties): ackchain.Proposal;

        /**
         * Encodes the specified Proposal message. Does not implicitly {@link ackchain.Proposal.verify|verify} messages.
         * @param message Proposal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Proposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Proposal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Proposal & ackchain.Proposal.$Shape} Proposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Proposal & ackchain.Proposal.$Shape;
    }

    namespace Proposal {

        /** Properties of a Proposal. */
        interface $Properties {

            /** Proposal chainId */
            chainId?: (string|null);

            /** Proposal height */
            height?: (number|null);

            /** Proposal round */
            round?: (number|null);

            /** Proposal validRound */
            validRound?: (number|null);

            /** Proposal blockHash */
            blockHash?: (Uint8Array|null);

            /** Proposal timestampMs */
            timestampMs?: (number|null);

            /** Proposal proposer */
            proposer?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Proposal. */
        type $Shape = ackchain.Proposal.$Properties;
    }

    /**
     * Properties of a SignedProposal.
     * @deprecated Use ackchain.SignedProposal.$Properties instead.
     */
    interface ISignedProposal extends ackchain.SignedProposal.$Properties {
    }

    /** Represents a SignedProposal. */
    class SignedProposal {

        /**
         * Constructs a new SignedProposal.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SignedProposal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedProposal proposal. */
        proposal: Uint8Array;

        /** SignedProposal signature. */
        signature: Uint8Array;

        /** SignedProposal block. */
        block: Uint8Array;

        /**
         * Creates a new SignedProposal instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignedProposal instance
         */
        static create(properties: ackchain.SignedProposal.$Shape): ackchain.SignedProposal & ackchain.SignedProposal.$Shape;
        static create(properties?: ackchain.SignedProposal.$Properties): ackchain.SignedProposal;

        /**
         * Encodes the specified SignedProposal message. Does not implicitly {@link ackchain.SignedProposal.verify|verify} messages.
         * @param message SignedProposal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SignedProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedProposal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SignedProposal & ackchain.SignedProposal.$Shape} SignedProposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SignedProposal & ackchain.SignedProposal.$Shape;
    }

    namespace SignedProposal {

        /** Properties of a SignedProposal. */
        interface $Properties {

            /** SignedProposal proposal */
            proposal?: (Uint8Array|null);

            /** SignedProposal signature */
            signature?: (Uint8Array|null);

            /** SignedProposal block */
            block?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedProposal. */
        type $Shape = ackchain.SignedProposal.$Properties;
    }

    /**
     * Properties of a ConsensusMessage.
     * @deprecated Use ackchain.ConsensusMessage.$Properties instead.
     */
    interface IConsensusMessage extends ackchain.ConsensusMessage.$Properties {
    }

    /** Represents a ConsensusMessage. */
    class ConsensusMessage {

        /**
         * Constructs a new ConsensusMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ConsensusMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConsensusMessage vote. */
        vote?: (ackchain.CommitSig.$Properties|null);

        /** ConsensusMessage proposal. */
        proposal?: (ackchain.SignedProposal.$Properties|null);

        /** ConsensusMessage message. */
        message?: ("vote"|"proposal");

        /**
         * Creates a new ConsensusMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConsensusMessage instance
         */
        static create(properties: ackchain.ConsensusMessage.$Shape): ackchain.ConsensusMessage & ackchain.ConsensusMessage.$Shape;
        static create(properties?: ackchain.ConsensusMessage.$Properties): ackchain.ConsensusMessage;

        /**
         * Encodes the specified ConsensusMessage message. Does not implicitly {@link ackchain.ConsensusMessage.verify|verify} messages.
         * @param message ConsensusMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ConsensusMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConsensusMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ConsensusMessage & ackchain.ConsensusMessage.$Shape} ConsensusMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ConsensusMessage & ackchain.ConsensusMessage.$Shape;
    }

    namespace ConsensusMessage {

        /** Properties of a ConsensusMessage. */
        interface $Properties {

            /** ConsensusMessage vote */
            vote?: (ackchain.CommitSig.$Properties|null);

            /** ConsensusMessage proposal */
            proposal?: (ackchain.SignedProposal.$Properties|null);

            /** ConsensusMessage message */
            message?: ("vote"|"proposal");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ConsensusMessage. */
        type $Shape = {
          vote?: ackchain.CommitSig.$Shape|null;
          proposal?: ackchain.SignedProposal.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ message?: undefined; vote?: null; proposal?: null }|{ message?: "vote"; vote: ackchain.CommitSig.$Shape; proposal?: null }|{ message?: "proposal"; vote?: null; proposal: ackchain.SignedProposal.$Shape })
        );
    }

    /**
     * Properties of a SyncRequest.
     * @deprecated Use ackchain.SyncRequest.$Properties instead.
     */
    interface ISyncRequest extends ackchain.SyncRequest.$Properties {
    }

    /** Represents a SyncRequest. */
    class SyncRequest {

        /**
         * Constructs a new SyncRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SyncRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncRequest fromHeight. */
        fromHeight: number;

        /** SyncRequest count. */
        count: number;

        /**
         * Creates a new SyncRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncRequest instance
         */
        static create(properties: ackchain.SyncRequest.$Shape): ackchain.SyncRequest & ackchain.SyncRequest.$Shape;
        static create(properties?: ackchain.SyncRequest.$Properties): ackchain.SyncRequest;

        /**
         * Encodes the specified SyncRequest message. Does not implicitly {@link ackchain.SyncRequest.verify|verify} messages.
         * @param message SyncRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SyncRequest & ackchain.SyncRequest.$Shape} SyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SyncRequest & ackchain.SyncRequest.$Shape;
    }

    namespace SyncRequest {

        /** Properties of a SyncRequest. */
        interface $Properties {

            /** SyncRequest fromHeight */
            fromHeight?: (number|null);

            /** SyncRequest count */
            count?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncRequest. */
        type $Shape = ackchain.SyncRequest.$Properties;
    }

    /**
     * Properties of a SyncedBlock.
     * @deprecated Use ackchain.SyncedBlock.$Properties instead.
     */
    interface ISyncedBlock extends ackchain.SyncedBlock.$Properties {
    }

    /** Represents a SyncedBlock. */
    class SyncedBlock {

        /**
         * Constructs a new SyncedBlock.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SyncedBlock.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncedBlock block. */
        block: Uint8Array;

        /** SyncedBlock commit. */
        commit: Uint8Array;

        /**
         * Creates a new SyncedBlock instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncedBlock instance
         */
        static create(properties: ackchain.SyncedBlock.$Shape): ackchain.SyncedBlock & ackchain.SyncedBlock.$Shape;
        static create(properties?: ackchain.SyncedBlock.$Properties): ackchain.SyncedBlock;

        /**
         * Encodes the specified SyncedBlock message. Does not implicitly {@link ackchain.SyncedBlock.verify|verify} messages.
         * @param message SyncedBlock message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SyncedBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncedBlock message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SyncedBlock & ackchain.SyncedBlock.$Shape} SyncedBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SyncedBlock & ackchain.SyncedBlock.$Shape;
    }

    namespace SyncedBlock {

        /** Properties of a SyncedBlock. */
        interface $Properties {

            /** SyncedBlock block */
            block?: (Uint8Array|null);

            /** SyncedBlock commit */
            commit?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncedBlock. */
        type $Shape = ackchain.SyncedBlock.$Properties;
    }

    /**
     * Properties of a SyncResponse.
     * @deprecated Use ackchain.SyncResponse.$Properties instead.
     */
    interface ISyncResponse extends ackchain.SyncResponse.$Properties {
    }

    /** Represents a SyncResponse. */
    class SyncResponse {

        /**
         * Constructs a new SyncResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SyncResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncResponse blocks. */
        blocks: ackchain.SyncedBlock.$Properties[];

        /** SyncResponse error. */
        error: string;

        /**
         * Creates a new SyncResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncResponse instance
         */
        static create(properties: ackchain.SyncResponse.$Shape): ackchain.SyncResponse & ackchain.SyncResponse.$Shape;
        static create(properties?: ackchain.SyncResponse.$Properties): ackchain.SyncResponse;

        /**
         * Encodes the specified SyncResponse message. Does not implicitly {@link ackchain.SyncResponse.verify|verify} messages.
         * @param message SyncResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SyncResponse & ackchain.SyncResponse.$Shape} SyncResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SyncResponse & ackchain.SyncResponse.$Shape;
    }

    namespace SyncResponse {

        /** Properties of a SyncResponse. */
        interface $Properties {

            /** SyncResponse blocks */
            blocks?: (ackchain.SyncedBlock.$Properties[]|null);

            /** SyncResponse error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncResponse. */
        type $Shape = ackchain.SyncResponse.$Properties;
    }

    /**
     * Properties of a StatusResponse.
     * @deprecated Use ackchain.StatusResponse.$Properties instead.
     */
    interface IStatusResponse extends ackchain.StatusResponse.$Properties {
    }

    /** Represents a StatusResponse. */
    class StatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.StatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusResponse height. */
        height: number;

        /** StatusResponse blockHash. */
        blockHash: Uint8Array;

        /** StatusResponse genesisHash. */
        genesisHash: Uint8Array;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        static create(properties: ackchain.StatusResponse.$Shape): ackchain.StatusResponse & ackchain.StatusResponse.$Shape;
        static create(properties?: ackchain.StatusResponse.$Properties): ackchain.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link ackchain.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.StatusResponse & ackchain.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.StatusResponse & ackchain.StatusResponse.$Shape;
    }

    namespace StatusResponse {

        /** Properties of a StatusResponse. */
        interface $Properties {

            /** StatusResponse height */
            height?: (number|null);

            /** StatusResponse blockHash */
            blockHash?: (Uint8Array|null);

            /** StatusResponse genesisHash */
            genesisHash?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusResponse. */
        type $Shape = ackchain.StatusResponse.$Properties;
    }

    /**
     * Properties of a Member.
     * @deprecated Use ackchain.Member.$Properties instead.
     */
    interface IMember extends ackchain.Member.$Properties {
    }

    /** Represents a Member. */
    class Member {

        /**
         * Constructs a new Member.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Member.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Member account. */
        account: Uint8Array;

        /** Member handle. */
        handle: string;

        /** Member role. */
        role: ackchain.Role;

        /**
         * Creates a new Member instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Member instance
         */
        static create(properties: ackchain.Member.$Shape): ackchain.Member & ackchain.Member.$Shape;
        static create(properties?: ackchain.Member.$Properties): ackchain.Member;

        /**
         * Encodes the specified Member message. Does not implicitly {@link ackchain.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Member & ackchain.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Member & ackchain.Member.$Shape;
    }

    namespace Member {

        /** Properties of a Member. */
        interface $Properties {

            /** Member account */
            account?: (Uint8Array|null);

            /** Member handle */
            handle?: (string|null);

            /** Member role */
            role?: (ackchain.Role|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Member. */
        type $Shape = ackchain.Member.$Properties;
    }

    /**
     * Properties of an Integration.
     * @deprecated Use ackchain.Integration.$Properties instead.
     */
    interface IIntegration extends ackchain.Integration.$Properties {
    }

    /** Represents an Integration. */
    class Integration {

        /**
         * Constructs a new Integration.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Integration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Integration account. */
        account: Uint8Array;

        /** Integration name. */
        name: string;

        /**
         * Creates a new Integration instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Integration instance
         */
        static create(properties: ackchain.Integration.$Shape): ackchain.Integration & ackchain.Integration.$Shape;
        static create(properties?: ackchain.Integration.$Properties): ackchain.Integration;

        /**
         * Encodes the specified Integration message. Does not implicitly {@link ackchain.Integration.verify|verify} messages.
         * @param message Integration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Integration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Integration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Integration & ackchain.Integration.$Shape} Integration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Integration & ackchain.Integration.$Shape;
    }

    namespace Integration {

        /** Properties of an Integration. */
        interface $Properties {

            /** Integration account */
            account?: (Uint8Array|null);

            /** Integration name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Integration. */
        type $Shape = ackchain.Integration.$Properties;
    }

    /**
     * Properties of a Team.
     * @deprecated Use ackchain.Team.$Properties instead.
     */
    interface ITeam extends ackchain.Team.$Properties {
    }

    /** Represents a Team. */
    class Team {

        /**
         * Constructs a new Team.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Team.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Team id. */
        id: string;

        /** Team name. */
        name: string;

        /** Team members. */
        members: ackchain.Member.$Properties[];

        /** Team integrations. */
        integrations: ackchain.Integration.$Properties[];

        /** Team nextAlertNumber. */
        nextAlertNumber: number;

        /** Team policyVersion. */
        policyVersion: number;

        /** Team schedules. */
        schedules: string[];

        /** Team maintenanceWindows. */
        maintenanceWindows: ackchain.MaintenanceWindow.$Properties[];

        /** Team nextWindowId. */
        nextWindowId: number;

        /** Team contracts. */
        contracts?: (ackchain.TeamContracts.$Properties|null);

        /**
         * Creates a new Team instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Team instance
         */
        static create(properties: ackchain.Team.$Shape): ackchain.Team & ackchain.Team.$Shape;
        static create(properties?: ackchain.Team.$Properties): ackchain.Team;

        /**
         * Encodes the specified Team message. Does not implicitly {@link ackchain.Team.verify|verify} messages.
         * @param message Team message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Team.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Team message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Team & ackchain.Team.$Shape} Team
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Team & ackchain.Team.$Shape;
    }

    namespace Team {

        /** Properties of a Team. */
        interface $Properties {

            /** Team id */
            id?: (string|null);

            /** Team name */
            name?: (string|null);

            /** Team members */
            members?: (ackchain.Member.$Properties[]|null);

            /** Team integrations */
            integrations?: (ackchain.Integration.$Properties[]|null);

            /** Team nextAlertNumber */
            nextAlertNumber?: (number|null);

            /** Team policyVersion */
            policyVersion?: (number|null);

            /** Team schedules */
            schedules?: (string[]|null);

            /** Team maintenanceWindows */
            maintenanceWindows?: (ackchain.MaintenanceWindow.$Properties[]|null);

            /** Team nextWindowId */
            nextWindowId?: (number|null);

            /** Team contracts */
            contracts?: (ackchain.TeamContracts.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Team. */
        type $Shape = ackchain.Team.$Properties;
    }

    /**
     * Properties of a TeamContracts.
     * @deprecated Use ackchain.TeamContracts.$Properties instead.
     */
    interface ITeamContracts extends ackchain.TeamContracts.$Properties {
    }

    /** Represents a TeamContracts. */
    class TeamContracts {

        /**
         * Constructs a new TeamContracts.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.TeamContracts.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TeamContracts authorize. */
        authorize: Uint8Array;

        /** TeamContracts escalate. */
        escalate: Uint8Array;

        /** TeamContracts olaEvaluate. */
        olaEvaluate: Uint8Array;

        /**
         * Creates a new TeamContracts instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TeamContracts instance
         */
        static create(properties: ackchain.TeamContracts.$Shape): ackchain.TeamContracts & ackchain.TeamContracts.$Shape;
        static create(properties?: ackchain.TeamContracts.$Properties): ackchain.TeamContracts;

        /**
         * Encodes the specified TeamContracts message. Does not implicitly {@link ackchain.TeamContracts.verify|verify} messages.
         * @param message TeamContracts message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.TeamContracts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TeamContracts message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.TeamContracts & ackchain.TeamContracts.$Shape} TeamContracts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.TeamContracts & ackchain.TeamContracts.$Shape;
    }

    namespace TeamContracts {

        /** Properties of a TeamContracts. */
        interface $Properties {

            /** TeamContracts authorize */
            authorize?: (Uint8Array|null);

            /** TeamContracts escalate */
            escalate?: (Uint8Array|null);

            /** TeamContracts olaEvaluate */
            olaEvaluate?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TeamContracts. */
        type $Shape = ackchain.TeamContracts.$Properties;
    }

    /**
     * Properties of a MaintenanceWindow.
     * @deprecated Use ackchain.MaintenanceWindow.$Properties instead.
     */
    interface IMaintenanceWindow extends ackchain.MaintenanceWindow.$Properties {
    }

    /** Represents a MaintenanceWindow. */
    class MaintenanceWindow {

        /**
         * Constructs a new MaintenanceWindow.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.MaintenanceWindow.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MaintenanceWindow id. */
        id: number;

        /** MaintenanceWindow fromMs. */
        fromMs: number;

        /** MaintenanceWindow toMs. */
        toMs: number;

        /** MaintenanceWindow reason. */
        reason: string;

        /**
         * Creates a new MaintenanceWindow instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MaintenanceWindow instance
         */
        static create(properties: ackchain.MaintenanceWindow.$Shape): ackchain.MaintenanceWindow & ackchain.MaintenanceWindow.$Shape;
        static create(properties?: ackchain.MaintenanceWindow.$Properties): ackchain.MaintenanceWindow;

        /**
         * Encodes the specified MaintenanceWindow message. Does not implicitly {@link ackchain.MaintenanceWindow.verify|verify} messages.
         * @param message MaintenanceWindow message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.MaintenanceWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MaintenanceWindow message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.MaintenanceWindow & ackchain.MaintenanceWindow.$Shape} MaintenanceWindow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.MaintenanceWindow & ackchain.MaintenanceWindow.$Shape;
    }

    namespace MaintenanceWindow {

        /** Properties of a MaintenanceWindow. */
        interface $Properties {

            /** MaintenanceWindow id */
            id?: (number|null);

            /** MaintenanceWindow fromMs */
            fromMs?: (number|null);

            /** MaintenanceWindow toMs */
            toMs?: (number|null);

            /** MaintenanceWindow reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MaintenanceWindow. */
        type $Shape = ackchain.MaintenanceWindow.$Properties;
    }

    /**
     * Properties of a Schedule.
     * @deprecated Use ackchain.Schedule.$Properties instead.
     */
    interface ISchedule extends ackchain.Schedule.$Properties {
    }

    /** Represents a Schedule. */
    class Schedule {

        /**
         * Constructs a new Schedule.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Schedule.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Schedule team. */
        team: string;

        /** Schedule name. */
        name: string;

        /** Schedule timeZone. */
        timeZone: string;

        /** Schedule layers. */
        layers: ackchain.ScheduleLayer.$Properties[];

        /** Schedule overrides. */
        overrides: ackchain.ScheduleOverride.$Properties[];

        /** Schedule nextOverrideId. */
        nextOverrideId: number;

        /**
         * Creates a new Schedule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Schedule instance
         */
        static create(properties: ackchain.Schedule.$Shape): ackchain.Schedule & ackchain.Schedule.$Shape;
        static create(properties?: ackchain.Schedule.$Properties): ackchain.Schedule;

        /**
         * Encodes the specified Schedule message. Does not implicitly {@link ackchain.Schedule.verify|verify} messages.
         * @param message Schedule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Schedule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Schedule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Schedule & ackchain.Schedule.$Shape} Schedule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Schedule & ackchain.Schedule.$Shape;
    }

    namespace Schedule {

        /** Properties of a Schedule. */
        interface $Properties {

            /** Schedule team */
            team?: (string|null);

            /** Schedule name */
            name?: (string|null);

            /** Schedule timeZone */
            timeZone?: (string|null);

            /** Schedule layers */
            layers?: (ackchain.ScheduleLayer.$Properties[]|null);

            /** Schedule overrides */
            overrides?: (ackchain.ScheduleOverride.$Properties[]|null);

            /** Schedule nextOverrideId */
            nextOverrideId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Schedule. */
        type $Shape = ackchain.Schedule.$Properties;
    }

    /**
     * Properties of a Device.
     * @deprecated Use ackchain.Device.$Properties instead.
     */
    interface IDevice extends ackchain.Device.$Properties {
    }

    /** Represents a Device. */
    class Device {

        /**
         * Constructs a new Device.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Device.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Device key. */
        key: Uint8Array;

        /** Device owner. */
        owner: Uint8Array;

        /** Device notifyKey. */
        notifyKey: Uint8Array;

        /** Device label. */
        label: string;

        /** Device expiresAtMs. */
        expiresAtMs: number;

        /** Device registeredAtMs. */
        registeredAtMs: number;

        /** Device revokedAtMs. */
        revokedAtMs: number;

        /** Device revokedBy. */
        revokedBy: Uint8Array;

        /**
         * Creates a new Device instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Device instance
         */
        static create(properties: ackchain.Device.$Shape): ackchain.Device & ackchain.Device.$Shape;
        static create(properties?: ackchain.Device.$Properties): ackchain.Device;

        /**
         * Encodes the specified Device message. Does not implicitly {@link ackchain.Device.verify|verify} messages.
         * @param message Device message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Device message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Device & ackchain.Device.$Shape} Device
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Device & ackchain.Device.$Shape;
    }

    namespace Device {

        /** Properties of a Device. */
        interface $Properties {

            /** Device key */
            key?: (Uint8Array|null);

            /** Device owner */
            owner?: (Uint8Array|null);

            /** Device notifyKey */
            notifyKey?: (Uint8Array|null);

            /** Device label */
            label?: (string|null);

            /** Device expiresAtMs */
            expiresAtMs?: (number|null);

            /** Device registeredAtMs */
            registeredAtMs?: (number|null);

            /** Device revokedAtMs */
            revokedAtMs?: (number|null);

            /** Device revokedBy */
            revokedBy?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Device. */
        type $Shape = ackchain.Device.$Properties;
    }

    /** OlaStatus enum. */
    enum OlaStatus {

        /** OLA_STATUS_UNSPECIFIED value */
        OLA_STATUS_UNSPECIFIED = 0,

        /** OLA_STATUS_PROPOSED value */
        OLA_STATUS_PROPOSED = 1,

        /** OLA_STATUS_ACTIVE value */
        OLA_STATUS_ACTIVE = 2,

        /** OLA_STATUS_TERMINATED value */
        OLA_STATUS_TERMINATED = 3
    }

    /**
     * Properties of an OlaVersion.
     * @deprecated Use ackchain.OlaVersion.$Properties instead.
     */
    interface IOlaVersion extends ackchain.OlaVersion.$Properties {
    }

    /** Represents an OlaVersion. */
    class OlaVersion {

        /**
         * Constructs a new OlaVersion.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.OlaVersion.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OlaVersion version. */
        version: number;

        /** OlaVersion terms. */
        terms?: (ackchain.OlaTerms.$Properties|null);

        /** OlaVersion proposedBy. */
        proposedBy: Uint8Array;

        /** OlaVersion proposedByTeam. */
        proposedByTeam: string;

        /** OlaVersion proposedAtMs. */
        proposedAtMs: number;

        /** OlaVersion signedBy. */
        signedBy: Uint8Array;

        /** OlaVersion signedAtMs. */
        signedAtMs: number;

        /** OlaVersion evaluateContract. */
        evaluateContract: Uint8Array;

        /**
         * Creates a new OlaVersion instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OlaVersion instance
         */
        static create(properties: ackchain.OlaVersion.$Shape): ackchain.OlaVersion & ackchain.OlaVersion.$Shape;
        static create(properties?: ackchain.OlaVersion.$Properties): ackchain.OlaVersion;

        /**
         * Encodes the specified OlaVersion message. Does not implicitly {@link ackchain.OlaVersion.verify|verify} messages.
         * @param message OlaVersion message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.OlaVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OlaVersion message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.OlaVersion & ackchain.OlaVersion.$Shape} OlaVersion
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.OlaVersion & ackchain.OlaVersion.$Shape;
    }

    namespace OlaVersion {

        /** Properties of an OlaVersion. */
        interface $Properties {

            /** OlaVersion version */
            version?: (number|null);

            /** OlaVersion terms */
            terms?: (ackchain.OlaTerms.$Properties|null);

            /** OlaVersion proposedBy */
            proposedBy?: (Uint8Array|null);

            /** OlaVersion proposedByTeam */
            proposedByTeam?: (string|null);

            /** OlaVersion proposedAtMs */
            proposedAtMs?: (number|null);

            /** OlaVersion signedBy */
            signedBy?: (Uint8Array|null);

            /** OlaVersion signedAtMs */
            signedAtMs?: (number|null);

            /** OlaVersion evaluateContract */
            evaluateContract?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OlaVersion. */
        type $Shape = ackchain.OlaVersion.$Properties;
    }

    /**
     * Properties of an Ola.
     * @deprecated Use ackchain.Ola.$Properties instead.
     */
    interface IOla extends ackchain.Ola.$Properties {
    }

    /** Represents an Ola. */
    class Ola {

        /**
         * Constructs a new Ola.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Ola.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ola id. */
        id: number;

        /** Ola provider. */
        provider: string;

        /** Ola consumer. */
        consumer: string;

        /** Ola status. */
        status: ackchain.OlaStatus;

        /** Ola versions. */
        versions: ackchain.OlaVersion.$Properties[];

        /** Ola activeVersion. */
        activeVersion: number;

        /** Ola terminatedAtMs. */
        terminatedAtMs: number;

        /** Ola terminatedBy. */
        terminatedBy: Uint8Array;

        /**
         * Creates a new Ola instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Ola instance
         */
        static create(properties: ackchain.Ola.$Shape): ackchain.Ola & ackchain.Ola.$Shape;
        static create(properties?: ackchain.Ola.$Properties): ackchain.Ola;

        /**
         * Encodes the specified Ola message. Does not implicitly {@link ackchain.Ola.verify|verify} messages.
         * @param message Ola message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Ola.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Ola message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Ola & ackchain.Ola.$Shape} Ola
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Ola & ackchain.Ola.$Shape;
    }

    namespace Ola {

        /** Properties of an Ola. */
        interface $Properties {

            /** Ola id */
            id?: (number|null);

            /** Ola provider */
            provider?: (string|null);

            /** Ola consumer */
            consumer?: (string|null);

            /** Ola status */
            status?: (ackchain.OlaStatus|null);

            /** Ola versions */
            versions?: (ackchain.OlaVersion.$Properties[]|null);

            /** Ola activeVersion */
            activeVersion?: (number|null);

            /** Ola terminatedAtMs */
            terminatedAtMs?: (number|null);

            /** Ola terminatedBy */
            terminatedBy?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Ola. */
        type $Shape = ackchain.Ola.$Properties;
    }

    /** OlaOutcome enum. */
    enum OlaOutcome {

        /** OLA_OUTCOME_NONE value */
        OLA_OUTCOME_NONE = 0,

        /** OLA_OUTCOME_PENDING value */
        OLA_OUTCOME_PENDING = 1,

        /** OLA_OUTCOME_MET value */
        OLA_OUTCOME_MET = 2,

        /** OLA_OUTCOME_BREACHED value */
        OLA_OUTCOME_BREACHED = 3
    }

    /** AlertStatus enum. */
    enum AlertStatus {

        /** ALERT_STATUS_UNSPECIFIED value */
        ALERT_STATUS_UNSPECIFIED = 0,

        /** ALERT_STATUS_TRIGGERED value */
        ALERT_STATUS_TRIGGERED = 1,

        /** ALERT_STATUS_ACKNOWLEDGED value */
        ALERT_STATUS_ACKNOWLEDGED = 2,

        /** ALERT_STATUS_RESOLVED value */
        ALERT_STATUS_RESOLVED = 3
    }

    /**
     * Properties of an Alert.
     * @deprecated Use ackchain.Alert.$Properties instead.
     */
    interface IAlert extends ackchain.Alert.$Properties {
    }

    /** Represents an Alert. */
    class Alert {

        /**
         * Constructs a new Alert.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Alert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Alert team. */
        team: string;

        /** Alert number. */
        number: number;

        /** Alert dedupKey. */
        dedupKey: string;

        /** Alert summary. */
        summary: string;

        /** Alert source. */
        source: string;

        /** Alert severity. */
        severity: ackchain.Severity;

        /** Alert component. */
        component: string;

        /** Alert group. */
        group: string;

        /** Alert alertClass. */
        alertClass: string;

        /** Alert customDetailsJson. */
        customDetailsJson: string;

        /** Alert links. */
        links: ackchain.Link.$Properties[];

        /** Alert status. */
        status: ackchain.AlertStatus;

        /** Alert triggeredBy. */
        triggeredBy: Uint8Array;

        /** Alert createdAtMs. */
        createdAtMs: number;

        /** Alert createdHeight. */
        createdHeight: number;

        /** Alert triggerCount. */
        triggerCount: number;

        /** Alert lastSeenMs. */
        lastSeenMs: number;

        /** Alert acknowledgedBy. */
        acknowledgedBy: Uint8Array;

        /** Alert acknowledgedAtMs. */
        acknowledgedAtMs: number;

        /** Alert resolvedBy. */
        resolvedBy: Uint8Array;

        /** Alert resolvedAtMs. */
        resolvedAtMs: number;

        /** Alert historyLength. */
        historyLength: number;

        /** Alert sequence. */
        sequence: number;

        /** Alert triggerTeam. */
        triggerTeam: string;

        /** Alert triggerStanding. */
        triggerStanding: ackchain.StandingKind;

        /** Alert policyVersion. */
        policyVersion: number;

        /** Alert escalationLevel. */
        escalationLevel: number;

        /** Alert escalationRound. */
        escalationRound: number;

        /** Alert escalationDueMs. */
        escalationDueMs: number;

        /** Alert rearmDueMs. */
        rearmDueMs: number;

        /** Alert snoozedUntilMs. */
        snoozedUntilMs: number;

        /** Alert inMaintenance. */
        inMaintenance: boolean;

        /** Alert olaId. */
        olaId: number;

        /** Alert olaVersion. */
        olaVersion: number;

        /** Alert olaAckDueMs. */
        olaAckDueMs: number;

        /** Alert olaResolveDueMs. */
        olaResolveDueMs: number;

        /** Alert olaAckOutcome. */
        olaAckOutcome: ackchain.OlaOutcome;

        /** Alert olaResolveOutcome. */
        olaResolveOutcome: ackchain.OlaOutcome;

        /** Alert firstAcknowledgedAtMs. */
        firstAcknowledgedAtMs: number;

        /** Alert acknowledgedDevice. */
        acknowledgedDevice: Uint8Array;

        /** Alert resolvedDevice. */
        resolvedDevice: Uint8Array;

        /**
         * Creates a new Alert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Alert instance
         */
        static create(properties: ackchain.Alert.$Shape): ackchain.Alert & ackchain.Alert.$Shape;
        static create(properties?: ackchain.Alert.$Properties): ackchain.Alert;

        /**
         * Encodes the specified Alert message. Does not implicitly {@link ackchain.Alert.verify|verify} messages.
         * @param message Alert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Alert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Alert & ackchain.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Alert & ackchain.Alert.$Shape;
    }

    namespace Alert {

        /** Properties of an Alert. */
        interface $Properties {

            /** Alert team */
            team?: (string|null);

            /** Alert number */
            number?: (number|null);

            /** Alert dedupKey */
            dedupKey?: (string|null);

            /** Alert summary */
            summary?: (string|null);

            /** Alert source */
            source?: (string|null);

            /** Alert severity */
            severity?: (ackchain.Severity|null);

            /** Alert component */
            component?: (string|null);

            /** Alert group */
            group?: (string|null);

            /** Alert alertClass */
            alertClass?: (string|null);

            /** Alert customDetailsJson */
            customDetailsJson?: (string|null);

            /** Alert links */
            links?: (ackchain.Link.$Properties[]|null);

            /** Alert status */
            status?: (ackchain.AlertStatus|null);

            /** Alert triggeredBy */
            triggeredBy?: (Uint8Array|null);

            /** Alert createdAtMs */
            createdAtMs?: (number|null);

            /** Alert createdHeight */
            createdHeight?: (number|null);

            /** Alert triggerCount */
            triggerCount?: (number|null);

            /** Alert lastSeenMs */
            lastSeenMs?: (number|null);

            /** Alert acknowledgedBy */
            acknowledgedBy?: (Uint8Array|null);

            /** Alert acknowledgedAtMs */
            acknowledgedAtMs?: (number|null);

            /** Alert resolvedBy */
            resolvedBy?: (Uint8Array|null);

            /** Alert resolvedAtMs */
            resolvedAtMs?: (number|null);

            /** Alert historyLength */
            historyLength?: (number|null);

            /** Alert sequence */
            sequence?: (number|null);

            /** Alert triggerTeam */
            triggerTeam?: (string|null);

            /** Alert triggerStanding */
            triggerStanding?: (ackchain.StandingKind|null);

            /** Alert policyVersion */
            policyVersion?: (number|null);

            /** Alert escalationLevel */
            escalationLevel?: (number|null);

            /** Alert escalationRound */
            escalationRound?: (number|null);

            /** Alert escalationDueMs */
            escalationDueMs?: (number|null);

            /** Alert rearmDueMs */
            rearmDueMs?: (number|null);

            /** Alert snoozedUntilMs */
            snoozedUntilMs?: (number|null);

            /** Alert inMaintenance */
            inMaintenance?: (boolean|null);

            /** Alert olaId */
            olaId?: (number|null);

            /** Alert olaVersion */
            olaVersion?: (number|null);

            /** Alert olaAckDueMs */
            olaAckDueMs?: (number|null);

            /** Alert olaResolveDueMs */
            olaResolveDueMs?: (number|null);

            /** Alert olaAckOutcome */
            olaAckOutcome?: (ackchain.OlaOutcome|null);

            /** Alert olaResolveOutcome */
            olaResolveOutcome?: (ackchain.OlaOutcome|null);

            /** Alert firstAcknowledgedAtMs */
            firstAcknowledgedAtMs?: (number|null);

            /** Alert acknowledgedDevice */
            acknowledgedDevice?: (Uint8Array|null);

            /** Alert resolvedDevice */
            resolvedDevice?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Alert. */
        type $Shape = ackchain.Alert.$Properties;
    }

    /** StandingKind enum. */
    enum StandingKind {

        /** STANDING_KIND_UNSPECIFIED value */
        STANDING_KIND_UNSPECIFIED = 0,

        /** STANDING_KIND_MEMBER value */
        STANDING_KIND_MEMBER = 1,

        /** STANDING_KIND_INTEGRATION value */
        STANDING_KIND_INTEGRATION = 2
    }

    /**
     * Properties of an AlertHistoryEntry.
     * @deprecated Use ackchain.AlertHistoryEntry.$Properties instead.
     */
    interface IAlertHistoryEntry extends ackchain.AlertHistoryEntry.$Properties {
    }

    /** Represents an AlertHistoryEntry. */
    class AlertHistoryEntry {

        /**
         * Constructs a new AlertHistoryEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AlertHistoryEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertHistoryEntry action. */
        action: string;

        /** AlertHistoryEntry account. */
        account: Uint8Array;

        /** AlertHistoryEntry handle. */
        handle: string;

        /** AlertHistoryEntry device. */
        device: Uint8Array;

        /** AlertHistoryEntry timeMs. */
        timeMs: number;

        /** AlertHistoryEntry height. */
        height: number;

        /** AlertHistoryEntry txHash. */
        txHash: Uint8Array;

        /** AlertHistoryEntry detail. */
        detail: string;

        /**
         * Creates a new AlertHistoryEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertHistoryEntry instance
         */
        static create(properties: ackchain.AlertHistoryEntry.$Shape): ackchain.AlertHistoryEntry & ackchain.AlertHistoryEntry.$Shape;
        static create(properties?: ackchain.AlertHistoryEntry.$Properties): ackchain.AlertHistoryEntry;

        /**
         * Encodes the specified AlertHistoryEntry message. Does not implicitly {@link ackchain.AlertHistoryEntry.verify|verify} messages.
         * @param message AlertHistoryEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AlertHistoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertHistoryEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AlertHistoryEntry & ackchain.AlertHistoryEntry.$Shape} AlertHistoryEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AlertHistoryEntry & ackchain.AlertHistoryEntry.$Shape;
    }

    namespace AlertHistoryEntry {

        /** Properties of an AlertHistoryEntry. */
        interface $Properties {

            /** AlertHistoryEntry action */
            action?: (string|null);

            /** AlertHistoryEntry account */
            account?: (Uint8Array|null);

            /** AlertHistoryEntry handle */
            handle?: (string|null);

            /** AlertHistoryEntry device */
            device?: (Uint8Array|null);

            /** AlertHistoryEntry timeMs */
            timeMs?: (number|null);

            /** AlertHistoryEntry height */
            height?: (number|null);

            /** AlertHistoryEntry txHash */
            txHash?: (Uint8Array|null);

            /** AlertHistoryEntry detail */
            detail?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertHistoryEntry. */
        type $Shape = ackchain.AlertHistoryEntry.$Properties;
    }

    /**
     * Properties of a Contract.
     * @deprecated Use ackchain.Contract.$Properties instead.
     */
    interface IContract extends ackchain.Contract.$Properties {
    }

    /** Represents a Contract. */
    class Contract {

        /**
         * Constructs a new Contract.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Contract.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Contract name. */
        name: string;

        /** Contract code. */
        code: Uint8Array;

        /** Contract deployer. */
        deployer: Uint8Array;

        /** Contract deployedHeight. */
        deployedHeight: number;

        /**
         * Creates a new Contract instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Contract instance
         */
        static create(properties: ackchain.Contract.$Shape): ackchain.Contract & ackchain.Contract.$Shape;
        static create(properties?: ackchain.Contract.$Properties): ackchain.Contract;

        /**
         * Encodes the specified Contract message. Does not implicitly {@link ackchain.Contract.verify|verify} messages.
         * @param message Contract message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Contract.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Contract message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Contract & ackchain.Contract.$Shape} Contract
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Contract & ackchain.Contract.$Shape;
    }

    namespace Contract {

        /** Properties of a Contract. */
        interface $Properties {

            /** Contract name */
            name?: (string|null);

            /** Contract code */
            code?: (Uint8Array|null);

            /** Contract deployer */
            deployer?: (Uint8Array|null);

            /** Contract deployedHeight */
            deployedHeight?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Contract. */
        type $Shape = ackchain.Contract.$Properties;
    }

    /**
     * Properties of an EvidenceRecord.
     * @deprecated Use ackchain.EvidenceRecord.$Properties instead.
     */
    interface IEvidenceRecord extends ackchain.EvidenceRecord.$Properties {
    }

    /** Represents an EvidenceRecord. */
    class EvidenceRecord {

        /**
         * Constructs a new EvidenceRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.EvidenceRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EvidenceRecord evidence. */
        evidence: Uint8Array;

        /** EvidenceRecord includedHeight. */
        includedHeight: number;

        /**
         * Creates a new EvidenceRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EvidenceRecord instance
         */
        static create(properties: ackchain.EvidenceRecord.$Shape): ackchain.EvidenceRecord & ackchain.EvidenceRecord.$Shape;
        static create(properties?: ackchain.EvidenceRecord.$Properties): ackchain.EvidenceRecord;

        /**
         * Encodes the specified EvidenceRecord message. Does not implicitly {@link ackchain.EvidenceRecord.verify|verify} messages.
         * @param message EvidenceRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.EvidenceRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EvidenceRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.EvidenceRecord & ackchain.EvidenceRecord.$Shape} EvidenceRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.EvidenceRecord & ackchain.EvidenceRecord.$Shape;
    }

    namespace EvidenceRecord {

        /** Properties of an EvidenceRecord. */
        interface $Properties {

            /** EvidenceRecord evidence */
            evidence?: (Uint8Array|null);

            /** EvidenceRecord includedHeight */
            includedHeight?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EvidenceRecord. */
        type $Shape = ackchain.EvidenceRecord.$Properties;
    }

    /**
     * Properties of a ConsensusParams.
     * @deprecated Use ackchain.ConsensusParams.$Properties instead.
     */
    interface IConsensusParams extends ackchain.ConsensusParams.$Properties {
    }

    /** Represents a ConsensusParams. */
    class ConsensusParams {

        /**
         * Constructs a new ConsensusParams.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ConsensusParams.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConsensusParams maxBlockBytes. */
        maxBlockBytes: number;

        /** ConsensusParams maxBlockTxs. */
        maxBlockTxs: number;

        /** ConsensusParams maxTxBytes. */
        maxTxBytes: number;

        /** ConsensusParams maxTxTtlMs. */
        maxTxTtlMs: number;

        /** ConsensusParams emptyBlockIntervalMs. */
        emptyBlockIntervalMs: number;

        /** ConsensusParams batchDelayMs. */
        batchDelayMs: number;

        /** ConsensusParams timeoutProposeMs. */
        timeoutProposeMs: number;

        /** ConsensusParams timeoutPrevoteMs. */
        timeoutPrevoteMs: number;

        /** ConsensusParams timeoutPrecommitMs. */
        timeoutPrecommitMs: number;

        /** ConsensusParams timeoutDeltaMs. */
        timeoutDeltaMs: number;

        /** ConsensusParams maxClockDriftMs. */
        maxClockDriftMs: number;

        /** ConsensusParams maxContractBytes. */
        maxContractBytes: number;

        /** ConsensusParams maxDeadlinesPerBlock. */
        maxDeadlinesPerBlock: number;

        /** ConsensusParams maxDeviceTxAgeMs. */
        maxDeviceTxAgeMs: number;

        /** ConsensusParams tzdbVersion. */
        tzdbVersion: string;

        /** ConsensusParams maxTxGas. */
        maxTxGas: number;

        /** ConsensusParams maxBlockGas. */
        maxBlockGas: number;

        /**
         * Creates a new ConsensusParams instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConsensusParams instance
         */
        static create(properties: ackchain.ConsensusParams.$Shape): ackchain.ConsensusParams & ackchain.ConsensusParams.$Shape;
        static create(properties?: ackchain.ConsensusParams.$Properties): ackchain.ConsensusParams;

        /**
         * Encodes the specified ConsensusParams message. Does not implicitly {@link ackchain.ConsensusParams.verify|verify} messages.
         * @param message ConsensusParams message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ConsensusParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConsensusParams message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ConsensusParams & ackchain.ConsensusParams.$Shape} ConsensusParams
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ConsensusParams & ackchain.ConsensusParams.$Shape;
    }

    namespace ConsensusParams {

        /** Properties of a ConsensusParams. */
        interface $Properties {

            /** ConsensusParams maxBlockBytes */
            maxBlockBytes?: (number|null);

            /** ConsensusParams maxBlockTxs */
            maxBlockTxs?: (number|null);

            /** ConsensusParams maxTxBytes */
            maxTxBytes?: (number|null);

            /** ConsensusParams maxTxTtlMs */
            maxTxTtlMs?: (number|null);

            /** ConsensusParams emptyBlockIntervalMs */
            emptyBlockIntervalMs?: (number|null);

            /** ConsensusParams batchDelayMs */
            batchDelayMs?: (number|null);

            /** ConsensusParams timeoutProposeMs */
            timeoutProposeMs?: (number|null);

            /** ConsensusParams timeoutPrevoteMs */
            timeoutPrevoteMs?: (number|null);

            /** ConsensusParams timeoutPrecommitMs */
            timeoutPrecommitMs?: (number|null);

            /** ConsensusParams timeoutDeltaMs */
            timeoutDeltaMs?: (number|null);

            /** ConsensusParams maxClockDriftMs */
            maxClockDriftMs?: (number|null);

            /** ConsensusParams maxContractBytes */
            maxContractBytes?: (number|null);

            /** ConsensusParams maxDeadlinesPerBlock */
            maxDeadlinesPerBlock?: (number|null);

            /** ConsensusParams maxDeviceTxAgeMs */
            maxDeviceTxAgeMs?: (number|null);

            /** ConsensusParams tzdbVersion */
            tzdbVersion?: (string|null);

            /** ConsensusParams maxTxGas */
            maxTxGas?: (number|null);

            /** ConsensusParams maxBlockGas */
            maxBlockGas?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConsensusParams. */
        type $Shape = ackchain.ConsensusParams.$Properties;
    }

    /**
     * Properties of a Validator.
     * @deprecated Use ackchain.Validator.$Properties instead.
     */
    interface IValidator extends ackchain.Validator.$Properties {
    }

    /** Represents a Validator. */
    class Validator {

        /**
         * Constructs a new Validator.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Validator.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Validator team. */
        team: string;

        /** Validator publicKey. */
        publicKey: Uint8Array;

        /** Validator power. */
        power: number;

        /** Validator peerId. */
        peerId: string;

        /**
         * Creates a new Validator instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Validator instance
         */
        static create(properties: ackchain.Validator.$Shape): ackchain.Validator & ackchain.Validator.$Shape;
        static create(properties?: ackchain.Validator.$Properties): ackchain.Validator;

        /**
         * Encodes the specified Validator message. Does not implicitly {@link ackchain.Validator.verify|verify} messages.
         * @param message Validator message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Validator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Validator message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Validator & ackchain.Validator.$Shape} Validator
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Validator & ackchain.Validator.$Shape;
    }

    namespace Validator {

        /** Properties of a Validator. */
        interface $Properties {

            /** Validator team */
            team?: (string|null);

            /** Validator publicKey */
            publicKey?: (Uint8Array|null);

            /** Validator power */
            power?: (number|null);

            /** Validator peerId */
            peerId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Validator. */
        type $Shape = ackchain.Validator.$Properties;
    }

    /**
     * Properties of a ValidatorSet.
     * @deprecated Use ackchain.ValidatorSet.$Properties instead.
     */
    interface IValidatorSet extends ackchain.ValidatorSet.$Properties {
    }

    /** Represents a ValidatorSet. */
    class ValidatorSet {

        /**
         * Constructs a new ValidatorSet.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ValidatorSet.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ValidatorSet validators. */
        validators: ackchain.Validator.$Properties[];

        /**
         * Creates a new ValidatorSet instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ValidatorSet instance
         */
        static create(properties: ackchain.ValidatorSet.$Shape): ackchain.ValidatorSet & ackchain.ValidatorSet.$Shape;
        static create(properties?: ackchain.ValidatorSet.$Properties): ackchain.ValidatorSet;

        /**
         * Encodes the specified ValidatorSet message. Does not implicitly {@link ackchain.ValidatorSet.verify|verify} messages.
         * @param message ValidatorSet message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ValidatorSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ValidatorSet message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ValidatorSet & ackchain.ValidatorSet.$Shape} ValidatorSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ValidatorSet & ackchain.ValidatorSet.$Shape;
    }

    namespace ValidatorSet {

        /** Properties of a ValidatorSet. */
        interface $Properties {

            /** ValidatorSet validators */
            validators?: (ackchain.Validator.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ValidatorSet. */
        type $Shape = ackchain.ValidatorSet.$Properties;
    }

    /**
     * Properties of a GenesisTeam.
     * @deprecated Use ackchain.GenesisTeam.$Properties instead.
     */
    interface IGenesisTeam extends ackchain.GenesisTeam.$Properties {
    }

    /** Represents a GenesisTeam. */
    class GenesisTeam {

        /**
         * Constructs a new GenesisTeam.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.GenesisTeam.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GenesisTeam id. */
        id: string;

        /** GenesisTeam name. */
        name: string;

        /** GenesisTeam members. */
        members: ackchain.Member.$Properties[];

        /** GenesisTeam integrations. */
        integrations: ackchain.Integration.$Properties[];

        /** GenesisTeam schedules. */
        schedules: ackchain.SetSchedule.$Properties[];

        /** GenesisTeam policy. */
        policy?: (ackchain.EscalationPolicy.$Properties|null);

        /** GenesisTeam contracts. */
        contracts: ackchain.ContractAssignment.$Properties[];

        /**
         * Creates a new GenesisTeam instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GenesisTeam instance
         */
        static create(properties: ackchain.GenesisTeam.$Shape): ackchain.GenesisTeam & ackchain.GenesisTeam.$Shape;
        static create(properties?: ackchain.GenesisTeam.$Properties): ackchain.GenesisTeam;

        /**
         * Encodes the specified GenesisTeam message. Does not implicitly {@link ackchain.GenesisTeam.verify|verify} messages.
         * @param message GenesisTeam message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.GenesisTeam.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GenesisTeam message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.GenesisTeam & ackchain.GenesisTeam.$Shape} GenesisTeam
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.GenesisTeam & ackchain.GenesisTeam.$Shape;
    }

    namespace GenesisTeam {

        /** Properties of a GenesisTeam. */
        interface $Properties {

            /** GenesisTeam id */
            id?: (string|null);

            /** GenesisTeam name */
            name?: (string|null);

            /** GenesisTeam members */
            members?: (ackchain.Member.$Properties[]|null);

            /** GenesisTeam integrations */
            integrations?: (ackchain.Integration.$Properties[]|null);

            /** GenesisTeam schedules */
            schedules?: (ackchain.SetSchedule.$Properties[]|null);

            /** GenesisTeam policy */
            policy?: (ackchain.EscalationPolicy.$Properties|null);

            /** GenesisTeam contracts */
            contracts?: (ackchain.ContractAssignment.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GenesisTeam. */
        type $Shape = {
          id?: string|null;
          name?: string|null;
          members?: ackchain.Member.$Shape[]|null;
          integrations?: ackchain.Integration.$Shape[]|null;
          schedules?: ackchain.SetSchedule.$Shape[]|null;
          policy?: ackchain.EscalationPolicy.$Shape|null;
          contracts?: ackchain.ContractAssignment.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Genesis.
     * @deprecated Use ackchain.Genesis.$Properties instead.
     */
    interface IGenesis extends ackchain.Genesis.$Properties {
    }

    /** Represents a Genesis. */
    class Genesis {

        /**
         * Constructs a new Genesis.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Genesis.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Genesis chainId. */
        chainId: string;

        /** Genesis genesisTimeMs. */
        genesisTimeMs: number;

        /** Genesis params. */
        params?: (ackchain.ConsensusParams.$Properties|null);

        /** Genesis validators. */
        validators: ackchain.Validator.$Properties[];

        /** Genesis teams. */
        teams: ackchain.GenesisTeam.$Properties[];

        /** Genesis contracts. */
        contracts: ackchain.DeployContract.$Properties[];

        /**
         * Creates a new Genesis instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Genesis instance
         */
        static create(properties: ackchain.Genesis.$Shape): ackchain.Genesis & ackchain.Genesis.$Shape;
        static create(properties?: ackchain.Genesis.$Properties): ackchain.Genesis;

        /**
         * Encodes the specified Genesis message. Does not implicitly {@link ackchain.Genesis.verify|verify} messages.
         * @param message Genesis message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Genesis.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Genesis message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Genesis & ackchain.Genesis.$Shape} Genesis
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Genesis & ackchain.Genesis.$Shape;
    }

    namespace Genesis {

        /** Properties of a Genesis. */
        interface $Properties {

            /** Genesis chainId */
            chainId?: (string|null);

            /** Genesis genesisTimeMs */
            genesisTimeMs?: (number|null);

            /** Genesis params */
            params?: (ackchain.ConsensusParams.$Properties|null);

            /** Genesis validators */
            validators?: (ackchain.Validator.$Properties[]|null);

            /** Genesis teams */
            teams?: (ackchain.GenesisTeam.$Properties[]|null);

            /** Genesis contracts */
            contracts?: (ackchain.DeployContract.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Genesis. */
        type $Shape = {
          chainId?: string|null;
          genesisTimeMs?: number|null;
          params?: ackchain.ConsensusParams.$Shape|null;
          validators?: ackchain.Validator.$Shape[]|null;
          teams?: ackchain.GenesisTeam.$Shape[]|null;
          contracts?: ackchain.DeployContract.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ChainState.
     * @deprecated Use ackchain.ChainState.$Properties instead.
     */
    interface IChainState extends ackchain.ChainState.$Properties {
    }

    /** Represents a ChainState. */
    class ChainState {

        /**
         * Constructs a new ChainState.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ChainState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChainState chainId. */
        chainId: string;

        /** ChainState height. */
        height: number;

        /** ChainState timeMs. */
        timeMs: number;

        /** ChainState blockHash. */
        blockHash: Uint8Array;

        /** ChainState stateRoot. */
        stateRoot: Uint8Array;

        /** ChainState lastValidators. */
        lastValidators?: (ackchain.ValidatorSet.$Properties|null);

        /** ChainState validators. */
        validators?: (ackchain.ValidatorSet.$Properties|null);

        /** ChainState nextValidators. */
        nextValidators?: (ackchain.ValidatorSet.$Properties|null);

        /** ChainState lastCommit. */
        lastCommit: Uint8Array;

        /** ChainState params. */
        params?: (ackchain.ConsensusParams.$Properties|null);

        /**
         * Creates a new ChainState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChainState instance
         */
        static create(properties: ackchain.ChainState.$Shape): ackchain.ChainState & ackchain.ChainState.$Shape;
        static create(properties?: ackchain.ChainState.$Properties): ackchain.ChainState;

        /**
         * Encodes the specified ChainState message. Does not implicitly {@link ackchain.ChainState.verify|verify} messages.
         * @param message ChainState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ChainState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChainState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ChainState & ackchain.ChainState.$Shape} ChainState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ChainState & ackchain.ChainState.$Shape;
    }

    namespace ChainState {

        /** Properties of a ChainState. */
        interface $Properties {

            /** ChainState chainId */
            chainId?: (string|null);

            /** ChainState height */
            height?: (number|null);

            /** ChainState timeMs */
            timeMs?: (number|null);

            /** ChainState blockHash */
            blockHash?: (Uint8Array|null);

            /** ChainState stateRoot */
            stateRoot?: (Uint8Array|null);

            /** ChainState lastValidators */
            lastValidators?: (ackchain.ValidatorSet.$Properties|null);

            /** ChainState validators */
            validators?: (ackchain.ValidatorSet.$Properties|null);

            /** ChainState nextValidators */
            nextValidators?: (ackchain.ValidatorSet.$Properties|null);

            /** ChainState lastCommit */
            lastCommit?: (Uint8Array|null);

            /** ChainState params */
            params?: (ackchain.ConsensusParams.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChainState. */
        type $Shape = ackchain.ChainState.$Properties;
    }

    /**
     * Properties of a Tx.
     * @deprecated Use ackchain.Tx.$Properties instead.
     */
    interface ITx extends ackchain.Tx.$Properties {
    }

    /** Represents a Tx. */
    class Tx {

        /**
         * Constructs a new Tx.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Tx.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Tx body. */
        body: Uint8Array;

        /** Tx signer. */
        signer: Uint8Array;

        /** Tx signature. */
        signature: Uint8Array;

        /**
         * Creates a new Tx instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Tx instance
         */
        static create(properties: ackchain.Tx.$Shape): ackchain.Tx & ackchain.Tx.$Shape;
        static create(properties?: ackchain.Tx.$Properties): ackchain.Tx;

        /**
         * Encodes the specified Tx message. Does not implicitly {@link ackchain.Tx.verify|verify} messages.
         * @param message Tx message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Tx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Tx message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Tx & ackchain.Tx.$Shape} Tx
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Tx & ackchain.Tx.$Shape;
    }

    namespace Tx {

        /** Properties of a Tx. */
        interface $Properties {

            /** Tx body */
            body?: (Uint8Array|null);

            /** Tx signer */
            signer?: (Uint8Array|null);

            /** Tx signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Tx. */
        type $Shape = ackchain.Tx.$Properties;
    }

    /**
     * Properties of a TxBody.
     * @deprecated Use ackchain.TxBody.$Properties instead.
     */
    interface ITxBody extends ackchain.TxBody.$Properties {
    }

    /** Represents a TxBody. */
    class TxBody {

        /**
         * Constructs a new TxBody.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.TxBody.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TxBody chainId. */
        chainId: string;

        /** TxBody expiresAtMs. */
        expiresAtMs: number;

        /** TxBody memo. */
        memo: string;

        /** TxBody signedAtMs. */
        signedAtMs: number;

        /** TxBody triggerAlert. */
        triggerAlert?: (ackchain.TriggerAlert.$Properties|null);

        /** TxBody acknowledgeAlert. */
        acknowledgeAlert?: (ackchain.AcknowledgeAlert.$Properties|null);

        /** TxBody resolveAlert. */
        resolveAlert?: (ackchain.ResolveAlert.$Properties|null);

        /** TxBody addAlertNote. */
        addAlertNote?: (ackchain.AddAlertNote.$Properties|null);

        /** TxBody snoozeAlert. */
        snoozeAlert?: (ackchain.SnoozeAlert.$Properties|null);

        /** TxBody addMember. */
        addMember?: (ackchain.AddMember.$Properties|null);

        /** TxBody removeMember. */
        removeMember?: (ackchain.RemoveMember.$Properties|null);

        /** TxBody addIntegration. */
        addIntegration?: (ackchain.AddIntegration.$Properties|null);

        /** TxBody removeIntegration. */
        removeIntegration?: (ackchain.RemoveIntegration.$Properties|null);

        /** TxBody setEscalationPolicy. */
        setEscalationPolicy?: (ackchain.SetEscalationPolicy.$Properties|null);

        /** TxBody setSchedule. */
        setSchedule?: (ackchain.SetSchedule.$Properties|null);

        /** TxBody removeSchedule. */
        removeSchedule?: (ackchain.RemoveSchedule.$Properties|null);

        /** TxBody addOverride. */
        addOverride?: (ackchain.AddOverride.$Properties|null);

        /** TxBody removeOverride. */
        removeOverride?: (ackchain.RemoveOverride.$Properties|null);

        /** TxBody addMaintenanceWindow. */
        addMaintenanceWindow?: (ackchain.AddMaintenanceWindow.$Properties|null);

        /** TxBody removeMaintenanceWindow. */
        removeMaintenanceWindow?: (ackchain.RemoveMaintenanceWindow.$Properties|null);

        /** TxBody registerDevice. */
        registerDevice?: (ackchain.RegisterDevice.$Properties|null);

        /** TxBody revokeDevice. */
        revokeDevice?: (ackchain.RevokeDevice.$Properties|null);

        /** TxBody deployContract. */
        deployContract?: (ackchain.DeployContract.$Properties|null);

        /** TxBody setTeamContracts. */
        setTeamContracts?: (ackchain.SetTeamContracts.$Properties|null);

        /** TxBody proposeOla. */
        proposeOla?: (ackchain.ProposeOla.$Properties|null);

        /** TxBody signOla. */
        signOla?: (ackchain.SignOla.$Properties|null);

        /** TxBody amendOla. */
        amendOla?: (ackchain.AmendOla.$Properties|null);

        /** TxBody terminateOla. */
        terminateOla?: (ackchain.TerminateOla.$Properties|null);

        /** TxBody payload. */
        payload?: ("triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"snoozeAlert"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"setEscalationPolicy"|"setSchedule"|"removeSchedule"|"addOverride"|"removeOverride"|"addMaintenanceWindow"|"removeMaintenanceWindow"|"registerDevice"|"revokeDevice"|"deployContract"|"setTeamContracts"|"proposeOla"|"signOla"|"amendOla"|"terminateOla");

        /**
         * Creates a new TxBody instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxBody instance
         */
        static create(properties: ackchain.TxBody.$Shape): ackchain.TxBody & ackchain.TxBody.$Shape;
        static create(properties?: ackchain.TxBody.$Properties): ackchain.TxBody;

        /**
         * Encodes the specified TxBody message. Does not implicitly {@link ackchain.TxBody.verify|verify} messages.
         * @param message TxBody message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.TxBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxBody message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.TxBody & ackchain.TxBody.$Shape} TxBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.TxBody & ackchain.TxBody.$Shape;
    }

    namespace TxBody {

        /** Properties of a TxBody. */
        interface $Properties {

            /** TxBody chainId */
            chainId?: (string|null);

            /** TxBody expiresAtMs */
            expiresAtMs?: (number|null);

            /** TxBody memo */
            memo?: (string|null);

            /** TxBody signedAtMs */
            signedAtMs?: (number|null);

            /** TxBody triggerAlert */
            triggerAlert?: (ackchain.TriggerAlert.$Properties|null);

            /** TxBody acknowledgeAlert */
            acknowledgeAlert?: (ackchain.AcknowledgeAlert.$Properties|null);

            /** TxBody resolveAlert */
            resolveAlert?: (ackchain.ResolveAlert.$Properties|null);

            /** TxBody addAlertNote */
            addAlertNote?: (ackchain.AddAlertNote.$Properties|null);

            /** TxBody snoozeAlert */
            snoozeAlert?: (ackchain.SnoozeAlert.$Properties|null);

            /** TxBody addMember */
            addMember?: (ackchain.AddMember.$Properties|null);

            /** TxBody removeMember */
            removeMember?: (ackchain.RemoveMember.$Properties|null);

            /** TxBody addIntegration */
            addIntegration?: (ackchain.AddIntegration.$Properties|null);

            /** TxBody removeIntegration */
            removeIntegration?: (ackchain.RemoveIntegration.$Properties|null);

            /** TxBody setEscalationPolicy */
            setEscalationPolicy?: (ackchain.SetEscalationPolicy.$Properties|null);

            /** TxBody setSchedule */
            setSchedule?: (ackchain.SetSchedule.$Properties|null);

            /** TxBody removeSchedule */
            removeSchedule?: (ackchain.RemoveSchedule.$Properties|null);

            /** TxBody addOverride */
            addOverride?: (ackchain.AddOverride.$Properties|null);

            /** TxBody removeOverride */
            removeOverride?: (ackchain.RemoveOverride.$Properties|null);

            /** TxBody addMaintenanceWindow */
            addMaintenanceWindow?: (ackchain.AddMaintenanceWindow.$Properties|null);

            /** TxBody removeMaintenanceWindow */
            removeMaintenanceWindow?: (ackchain.RemoveMaintenanceWindow.$Properties|null);

            /** TxBody registerDevice */
            registerDevice?: (ackchain.RegisterDevice.$Properties|null);

            /** TxBody revokeDevice */
            revokeDevice?: (ackchain.RevokeDevice.$Properties|null);

            /** TxBody deployContract */
            deployContract?: (ackchain.DeployContract.$Properties|null);

            /** TxBody setTeamContracts */
            setTeamContracts?: (ackchain.SetTeamContracts.$Properties|null);

            /** TxBody proposeOla */
            proposeOla?: (ackchain.ProposeOla.$Properties|null);

            /** TxBody signOla */
            signOla?: (ackchain.SignOla.$Properties|null);

            /** TxBody amendOla */
            amendOla?: (ackchain.AmendOla.$Properties|null);

            /** TxBody terminateOla */
            terminateOla?: (ackchain.TerminateOla.$Properties|null);

            /** TxBody payload */
            payload?: ("triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"snoozeAlert"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"setEscalationPolicy"|"setSchedule"|"removeSchedule"|"addOverride"|"removeOverride"|"addMaintenanceWindow"|"removeMaintenanceWindow"|"registerDevice"|"revokeDevice"|"deployContract"|"setTeamContracts"|"proposeOla"|"signOla"|"amendOla"|"terminateOla");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a TxBody. */
        type $Shape = {
          chainId?: string|null;
          expiresAtMs?: number|null;
          memo?: string|null;
          signedAtMs?: number|null;
          triggerAlert?: ackchain.TriggerAlert.$Shape|null;
          acknowledgeAlert?: ackchain.AcknowledgeAlert.$Shape|null;
          resolveAlert?: ackchain.ResolveAlert.$Shape|null;
          addAlertNote?: ackchain.AddAlertNote.$Shape|null;
          snoozeAlert?: ackchain.SnoozeAlert.$Shape|null;
          addMember?: ackchain.AddMember.$Shape|null;
          removeMember?: ackchain.RemoveMember.$Shape|null;
          addIntegration?: ackchain.AddIntegration.$Shape|null;
          removeIntegration?: ackchain.RemoveIntegration.$Shape|null;
          setEscalationPolicy?: ackchain.SetEscalationPolicy.$Shape|null;
          setSchedule?: ackchain.SetSchedule.$Shape|null;
          removeSchedule?: ackchain.RemoveSchedule.$Shape|null;
          addOverride?: ackchain.AddOverride.$Shape|null;
          removeOverride?: ackchain.RemoveOverride.$Shape|null;
          addMaintenanceWindow?: ackchain.AddMaintenanceWindow.$Shape|null;
          removeMaintenanceWindow?: ackchain.RemoveMaintenanceWindow.$Shape|null;
          registerDevice?: ackchain.RegisterDevice.$Shape|null;
          revokeDevice?: ackchain.RevokeDevice.$Shape|null;
          deployContract?: ackchain.DeployContract.$Shape|null;
          setTeamContracts?: ackchain.SetTeamContracts.$Shape|null;
          proposeOla?: ackchain.ProposeOla.$Shape|null;
          signOla?: ackchain.SignOla.$Shape|null;
          amendOla?: ackchain.AmendOla.$Shape|null;
          terminateOla?: ackchain.TerminateOla.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ payload?: undefined; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "triggerAlert"; triggerAlert: ackchain.TriggerAlert.$Shape; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "acknowledgeAlert"; triggerAlert?: null; acknowledgeAlert: ackchain.AcknowledgeAlert.$Shape; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "resolveAlert"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert: ackchain.ResolveAlert.$Shape; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addAlertNote"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote: ackchain.AddAlertNote.$Shape; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "snoozeAlert"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert: ackchain.SnoozeAlert.$Shape; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember: ackchain.AddMember.$Shape; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember: ackchain.RemoveMember.$Shape; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration: ackchain.AddIntegration.$Shape; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration: ackchain.RemoveIntegration.$Shape; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "setEscalationPolicy"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy: ackchain.SetEscalationPolicy.$Shape; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "setSchedule"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule: ackchain.SetSchedule.$Shape; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeSchedule"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule: ackchain.RemoveSchedule.$Shape; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addOverride"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride: ackchain.AddOverride.$Shape; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeOverride"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride: ackchain.RemoveOverride.$Shape; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addMaintenanceWindow"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow: ackchain.AddMaintenanceWindow.$Shape; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeMaintenanceWindow"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow: ackchain.RemoveMaintenanceWindow.$Shape; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "registerDevice"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice: ackchain.RegisterDevice.$Shape; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "revokeDevice"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice: ackchain.RevokeDevice.$Shape; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "deployContract"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract: ackchain.DeployContract.$Shape; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "setTeamContracts"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts: ackchain.SetTeamContracts.$Shape; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "proposeOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla: ackchain.ProposeOla.$Shape; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "signOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla: ackchain.SignOla.$Shape; amendOla?: null; terminateOla?: null }|{ payload?: "amendOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla: ackchain.AmendOla.$Shape; terminateOla?: null }|{ payload?: "terminateOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla: ackchain.TerminateOla.$Shape })
        );
    }

    /** Severity enum. */
    enum Severity {

        /** SEVERITY_UNSPECIFIED value */
        SEVERITY_UNSPECIFIED = 0,

        /** SEVERITY_CRITICAL value */
        SEVERITY_CRITICAL = 1,

        /** SEVERITY_ERROR value */
        SEVERITY_ERROR = 2,

        /** SEVERITY_WARNING value */
        SEVERITY_WARNING = 3,

        /** SEVERITY_INFO value */
        SEVERITY_INFO = 4
    }

    /**
     * Properties of a Link.
     * @deprecated Use ackchain.Link.$Properties instead.
     */
    interface ILink extends ackchain.Link.$Properties {
    }

    /** Represents a Link. */
    class Link {

        /**
         * Constructs a new Link.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Link.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Link href. */
        href: string;

        /** Link text. */
        text: string;

        /**
         * Creates a new Link instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Link instance
         */
        static create(properties: ackchain.Link.$Shape): ackchain.Link & ackchain.Link.$Shape;
        static create(properties?: ackchain.Link.$Properties): ackchain.Link;

        /**
         * Encodes the specified Link message. Does not implicitly {@link ackchain.Link.verify|verify} messages.
         * @param message Link message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Link.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Link message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Link & ackchain.Link.$Shape} Link
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Link & ackchain.Link.$Shape;
    }

    namespace Link {

        /** Properties of a Link. */
        interface $Properties {

            /** Link href */
            href?: (string|null);

            /** Link text */
            text?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Link. */
        type $Shape = ackchain.Link.$Properties;
    }

    /**
     * Properties of a TriggerAlert.
     * @deprecated Use ackchain.TriggerAlert.$Properties instead.
     */
    interface ITriggerAlert extends ackchain.TriggerAlert.$Properties {
    }

    /** Represents a TriggerAlert. */
    class TriggerAlert {

        /**
         * Constructs a new TriggerAlert.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.TriggerAlert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TriggerAlert team. */
        team: string;

        /** TriggerAlert dedupKey. */
        dedupKey: string;

        /** TriggerAlert summary. */
        summary: string;

        /** TriggerAlert source. */
        source: string;

        /** TriggerAlert severity. */
        severity: ackchain.Severity;

        /** TriggerAlert component. */
        component: string;

        /** TriggerAlert group. */
        group: string;

        /** TriggerAlert alertClass. */
        alertClass: string;

        /** TriggerAlert customDetailsJson. */
        customDetailsJson: string;

        /** TriggerAlert links. */
        links: ackchain.Link.$Properties[];

        /**
         * Creates a new TriggerAlert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TriggerAlert instance
         */
        static create(properties: ackchain.TriggerAlert.$Shape): ackchain.TriggerAlert & ackchain.TriggerAlert.$Shape;
        static create(properties?: ackchain.TriggerAlert.$Properties): ackchain.TriggerAlert;

        /**
         * Encodes the specified TriggerAlert message. Does not implicitly {@link ackchain.TriggerAlert.verify|verify} messages.
         * @param message TriggerAlert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.TriggerAlert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TriggerAlert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.TriggerAlert & ackchain.TriggerAlert.$Shape} TriggerAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.TriggerAlert & ackchain.TriggerAlert.$Shape;
    }

    namespace TriggerAlert {

        /** Properties of a TriggerAlert. */
        interface $Properties {

            /** TriggerAlert team */
            team?: (string|null);

            /** TriggerAlert dedupKey */
            dedupKey?: (string|null);

            /** TriggerAlert summary */
            summary?: (string|null);

            /** TriggerAlert source */
            source?: (string|null);

            /** TriggerAlert severity */
            severity?: (ackchain.Severity|null);

            /** TriggerAlert component */
            component?: (string|null);

            /** TriggerAlert group */
            group?: (string|null);

            /** TriggerAlert alertClass */
            alertClass?: (string|null);

            /** TriggerAlert customDetailsJson */
            customDetailsJson?: (string|null);

            /** TriggerAlert links */
            links?: (ackchain.Link.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TriggerAlert. */
        type $Shape = ackchain.TriggerAlert.$Properties;
    }

    /**
     * Properties of an AlertRef.
     * @deprecated Use ackchain.AlertRef.$Properties instead.
     */
    interface IAlertRef extends ackchain.AlertRef.$Properties {
    }

    /** Represents an AlertRef. */
    class AlertRef {

        /**
         * Constructs a new AlertRef.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AlertRef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertRef team. */
        team: string;

        /** AlertRef number. */
        number: number;

        /** AlertRef dedupKey. */
        dedupKey: string;

        /**
         * Creates a new AlertRef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertRef instance
         */
        static create(properties: ackchain.AlertRef.$Shape): ackchain.AlertRef & ackchain.AlertRef.$Shape;
        static create(properties?: ackchain.AlertRef.$Properties): ackchain.AlertRef;

        /**
         * Encodes the specified AlertRef message. Does not implicitly {@link ackchain.AlertRef.verify|verify} messages.
         * @param message AlertRef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AlertRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertRef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AlertRef & ackchain.AlertRef.$Shape} AlertRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AlertRef & ackchain.AlertRef.$Shape;
    }

    namespace AlertRef {

        /** Properties of an AlertRef. */
        interface $Properties {

            /** AlertRef team */
            team?: (string|null);

            /** AlertRef number */
            number?: (number|null);

            /** AlertRef dedupKey */
            dedupKey?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertRef. */
        type $Shape = ackchain.AlertRef.$Properties;
    }

    /**
     * Properties of an AcknowledgeAlert.
     * @deprecated Use ackchain.AcknowledgeAlert.$Properties instead.
     */
    interface IAcknowledgeAlert extends ackchain.AcknowledgeAlert.$Properties {
    }

    /** Represents an AcknowledgeAlert. */
    class AcknowledgeAlert {

        /**
         * Constructs a new AcknowledgeAlert.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AcknowledgeAlert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AcknowledgeAlert alert. */
        alert?: (ackchain.AlertRef.$Properties|null);

        /**
         * Creates a new AcknowledgeAlert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AcknowledgeAlert instance
         */
        static create(properties: ackchain.AcknowledgeAlert.$Shape): ackchain.AcknowledgeAlert & ackchain.AcknowledgeAlert.$Shape;
        static create(properties?: ackchain.AcknowledgeAlert.$Properties): ackchain.AcknowledgeAlert;

        /**
         * Encodes the specified AcknowledgeAlert message. Does not implicitly {@link ackchain.AcknowledgeAlert.verify|verify} messages.
         * @param message AcknowledgeAlert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AcknowledgeAlert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AcknowledgeAlert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AcknowledgeAlert & ackchain.AcknowledgeAlert.$Shape} AcknowledgeAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AcknowledgeAlert & ackchain.AcknowledgeAlert.$Shape;
    }

    namespace AcknowledgeAlert {

        /** Properties of an AcknowledgeAlert. */
        interface $Properties {

            /** AcknowledgeAlert alert */
            alert?: (ackchain.AlertRef.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AcknowledgeAlert. */
        type $Shape = ackchain.AcknowledgeAlert.$Properties;
    }

    /**
     * Properties of a ResolveAlert.
     * @deprecated Use ackchain.ResolveAlert.$Properties instead.
     */
    interface IResolveAlert extends ackchain.ResolveAlert.$Properties {
    }

    /** Represents a ResolveAlert. */
    class ResolveAlert {

        /**
         * Constructs a new ResolveAlert.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ResolveAlert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResolveAlert alert. */
        alert?: (ackchain.AlertRef.$Properties|null);

        /** ResolveAlert resolution. */
        resolution: string;

        /**
         * Creates a new ResolveAlert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResolveAlert instance
         */
        static create(properties: ackchain.ResolveAlert.$Shape): ackchain.ResolveAlert & ackchain.ResolveAlert.$Shape;
        static create(properties?: ackchain.ResolveAlert.$Properties): ackchain.ResolveAlert;

        /**
         * Encodes the specified ResolveAlert message. Does not implicitly {@link ackchain.ResolveAlert.verify|verify} messages.
         * @param message ResolveAlert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ResolveAlert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResolveAlert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ResolveAlert & ackchain.ResolveAlert.$Shape} ResolveAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ResolveAlert & ackchain.ResolveAlert.$Shape;
    }

    namespace ResolveAlert {

        /** Properties of a ResolveAlert. */
        interface $Properties {

            /** ResolveAlert alert */
            alert?: (ackchain.AlertRef.$Properties|null);

            /** ResolveAlert resolution */
            resolution?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResolveAlert. */
        type $Shape = ackchain.ResolveAlert.$Properties;
    }

    /**
     * Properties of an AddAlertNote.
     * @deprecated Use ackchain.AddAlertNote.$Properties instead.
     */
    interface IAddAlertNote extends ackchain.AddAlertNote.$Properties {
    }

    /** Represents an AddAlertNote. */
    class AddAlertNote {

        /**
         * Constructs a new AddAlertNote.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AddAlertNote.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddAlertNote alert. */
        alert?: (ackchain.AlertRef.$Properties|null);

        /** AddAlertNote note. */
        note: string;

        /**
         * Creates a new AddAlertNote instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddAlertNote instance
         */
        static create(properties: ackchain.AddAlertNote.$Shape): ackchain.AddAlertNote & ackchain.AddAlertNote.$Shape;
        static create(properties?: ackchain.AddAlertNote.$Properties): ackchain.AddAlertNote;

        /**
         * Encodes the specified AddAlertNote message. Does not implicitly {@link ackchain.AddAlertNote.verify|verify} messages.
         * @param message AddAlertNote message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AddAlertNote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddAlertNote message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AddAlertNote & ackchain.AddAlertNote.$Shape} AddAlertNote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AddAlertNote & ackchain.AddAlertNote.$Shape;
    }

    namespace AddAlertNote {

        /** Properties of an AddAlertNote. */
        interface $Properties {

            /** AddAlertNote alert */
            alert?: (ackchain.AlertRef.$Properties|null);

            /** AddAlertNote note */
            note?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddAlertNote. */
        type $Shape = ackchain.AddAlertNote.$Properties;
    }

    /**
     * Properties of a SnoozeAlert.
     * @deprecated Use ackchain.SnoozeAlert.$Properties instead.
     */
    interface ISnoozeAlert extends ackchain.SnoozeAlert.$Properties {
    }

    /** Represents a SnoozeAlert. */
    class SnoozeAlert {

        /**
         * Constructs a new SnoozeAlert.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SnoozeAlert.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SnoozeAlert alert. */
        alert?: (ackchain.AlertRef.$Properties|null);

        /** SnoozeAlert untilMs. */
        untilMs: number;

        /**
         * Creates a new SnoozeAlert instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnoozeAlert instance
         */
        static create(properties: ackchain.SnoozeAlert.$Shape): ackchain.SnoozeAlert & ackchain.SnoozeAlert.$Shape;
        static create(properties?: ackchain.SnoozeAlert.$Properties): ackchain.SnoozeAlert;

        /**
         * Encodes the specified SnoozeAlert message. Does not implicitly {@link ackchain.SnoozeAlert.verify|verify} messages.
         * @param message SnoozeAlert message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SnoozeAlert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnoozeAlert message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SnoozeAlert & ackchain.SnoozeAlert.$Shape} SnoozeAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SnoozeAlert & ackchain.SnoozeAlert.$Shape;
    }

    namespace SnoozeAlert {

        /** Properties of a SnoozeAlert. */
        interface $Properties {

            /** SnoozeAlert alert */
            alert?: (ackchain.AlertRef.$Properties|null);

            /** SnoozeAlert untilMs */
            untilMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SnoozeAlert. */
        type $Shape = ackchain.SnoozeAlert.$Properties;
    }

    /** Role enum. */
    enum Role {

        /** ROLE_UNSPECIFIED value */
        ROLE_UNSPECIFIED = 0,

        /** ROLE_ADMIN value */
        ROLE_ADMIN = 1,

        /** ROLE_RESPONDER value */
        ROLE_RESPONDER = 2
    }

    /**
     * Properties of an AddMember.
     * @deprecated Use ackchain.AddMember.$Properties instead.
     */
    interface IAddMember extends ackchain.AddMember.$Properties {
    }

    /** Represents an AddMember. */
    class AddMember {

        /**
         * Constructs a new AddMember.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AddMember.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddMember team. */
        team: string;

        /** AddMember account. */
        account: Uint8Array;

        /** AddMember handle. */
        handle: string;

        /** AddMember role. */
        role: ackchain.Role;

        /**
         * Creates a new AddMember instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddMember instance
         */
        static create(properties: ackchain.AddMember.$Shape): ackchain.AddMember & ackchain.AddMember.$Shape;
        static create(properties?: ackchain.AddMember.$Properties): ackchain.AddMember;

        /**
         * Encodes the specified AddMember message. Does not implicitly {@link ackchain.AddMember.verify|verify} messages.
         * @param message AddMember message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AddMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddMember message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AddMember & ackchain.AddMember.$Shape} AddMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AddMember & ackchain.AddMember.$Shape;
    }

    namespace AddMember {

        /** Properties of an AddMember. */
        interface $Properties {

            /** AddMember team */
            team?: (string|null);

            /** AddMember account */
            account?: (Uint8Array|null);

            /** AddMember handle */
            handle?: (string|null);

            /** AddMember role */
            role?: (ackchain.Role|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddMember. */
        type $Shape = ackchain.AddMember.$Properties;
    }

    /**
     * Properties of a RemoveMember.
     * @deprecated Use ackchain.RemoveMember.$Properties instead.
     */
    interface IRemoveMember extends ackchain.RemoveMember.$Properties {
    }

    /** Represents a RemoveMember. */
    class RemoveMember {

        /**
         * Constructs a new RemoveMember.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RemoveMember.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveMember team. */
        team: string;

        /** RemoveMember account. */
        account: Uint8Array;

        /**
         * Creates a new RemoveMember instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveMember instance
         */
        static create(properties: ackchain.RemoveMember.$Shape): ackchain.RemoveMember & ackchain.RemoveMember.$Shape;
        static create(properties?: ackchain.RemoveMember.$Properties): ackchain.RemoveMember;

        /**
         * Encodes the specified RemoveMember message. Does not implicitly {@link ackchain.RemoveMember.verify|verify} messages.
         * @param message RemoveMember message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RemoveMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveMember message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RemoveMember & ackchain.RemoveMember.$Shape} RemoveMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RemoveMember & ackchain.RemoveMember.$Shape;
    }

    namespace RemoveMember {

        /** Properties of a RemoveMember. */
        interface $Properties {

            /** RemoveMember team */
            team?: (string|null);

            /** RemoveMember account */
            account?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveMember. */
        type $Shape = ackchain.RemoveMember.$Properties;
    }

    /**
     * Properties of an AddIntegration.
     * @deprecated Use ackchain.AddIntegration.$Properties instead.
     */
    interface IAddIntegration extends ackchain.AddIntegration.$Properties {
    }

    /** Represents an AddIntegration. */
    class AddIntegration {

        /**
         * Constructs a new AddIntegration.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AddIntegration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddIntegration team. */
        team: string;

        /** AddIntegration account. */
        account: Uint8Array;

        /** AddIntegration name. */
        name: string;

        /**
         * Creates a new AddIntegration instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddIntegration instance
         */
        static create(properties: ackchain.AddIntegration.$Shape): ackchain.AddIntegration & ackchain.AddIntegration.$Shape;
        static create(properties?: ackchain.AddIntegration.$Properties): ackchain.AddIntegration;

        /**
         * Encodes the specified AddIntegration message. Does not implicitly {@link ackchain.AddIntegration.verify|verify} messages.
         * @param message AddIntegration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AddIntegration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddIntegration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AddIntegration & ackchain.AddIntegration.$Shape} AddIntegration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AddIntegration & ackchain.AddIntegration.$Shape;
    }

    namespace AddIntegration {

        /** Properties of an AddIntegration. */
        interface $Properties {

            /** AddIntegration team */
            team?: (string|null);

            /** AddIntegration account */
            account?: (Uint8Array|null);

            /** AddIntegration name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddIntegration. */
        type $Shape = ackchain.AddIntegration.$Properties;
    }

    /**
     * Properties of a RemoveIntegration.
     * @deprecated Use ackchain.RemoveIntegration.$Properties instead.
     */
    interface IRemoveIntegration extends ackchain.RemoveIntegration.$Properties {
    }

    /** Represents a RemoveIntegration. */
    class RemoveIntegration {

        /**
         * Constructs a new RemoveIntegration.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RemoveIntegration.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveIntegration team. */
        team: string;

        /** RemoveIntegration account. */
        account: Uint8Array;

        /**
         * Creates a new RemoveIntegration instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveIntegration instance
         */
        static create(properties: ackchain.RemoveIntegration.$Shape): ackchain.RemoveIntegration & ackchain.RemoveIntegration.$Shape;
        static create(properties?: ackchain.RemoveIntegration.$Properties): ackchain.RemoveIntegration;

        /**
         * Encodes the specified RemoveIntegration message. Does not implicitly {@link ackchain.RemoveIntegration.verify|verify} messages.
         * @param message RemoveIntegration message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RemoveIntegration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveIntegration message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RemoveIntegration & ackchain.RemoveIntegration.$Shape} RemoveIntegration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RemoveIntegration & ackchain.RemoveIntegration.$Shape;
    }

    namespace RemoveIntegration {

        /** Properties of a RemoveIntegration. */
        interface $Properties {

            /** RemoveIntegration team */
            team?: (string|null);

            /** RemoveIntegration account */
            account?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveIntegration. */
        type $Shape = ackchain.RemoveIntegration.$Properties;
    }

    /**
     * Properties of a DeployContract.
     * @deprecated Use ackchain.DeployContract.$Properties instead.
     */
    interface IDeployContract extends ackchain.DeployContract.$Properties {
    }

    /** Represents a DeployContract. */
    class DeployContract {

        /**
         * Constructs a new DeployContract.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.DeployContract.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeployContract name. */
        name: string;

        /** DeployContract code. */
        code: Uint8Array;

        /**
         * Creates a new DeployContract instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeployContract instance
         */
        static create(properties: ackchain.DeployContract.$Shape): ackchain.DeployContract & ackchain.DeployContract.$Shape;
        static create(properties?: ackchain.DeployContract.$Properties): ackchain.DeployContract;

        /**
         * Encodes the specified DeployContract message. Does not implicitly {@link ackchain.DeployContract.verify|verify} messages.
         * @param message DeployContract message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.DeployContract.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeployContract message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.DeployContract & ackchain.DeployContract.$Shape} DeployContract
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.DeployContract & ackchain.DeployContract.$Shape;
    }

    namespace DeployContract {

        /** Properties of a DeployContract. */
        interface $Properties {

            /** DeployContract name */
            name?: (string|null);

            /** DeployContract code */
            code?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeployContract. */
        type $Shape = ackchain.DeployContract.$Properties;
    }

    /**
     * Properties of a SetTeamContracts.
     * @deprecated Use ackchain.SetTeamContracts.$Properties instead.
     */
    interface ISetTeamContracts extends ackchain.SetTeamContracts.$Properties {
    }

    /** Represents a SetTeamContracts. */
    class SetTeamContracts {

        /**
         * Constructs a new SetTeamContracts.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SetTeamContracts.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetTeamContracts team. */
        team: string;

        /** SetTeamContracts assignments. */
        assignments: ackchain.ContractAssignment.$Properties[];

        /**
         * Creates a new SetTeamContracts instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetTeamContracts instance
         */
        static create(properties: ackchain.SetTeamContracts.$Shape): ackchain.SetTeamContracts & ackchain.SetTeamContracts.$Shape;
        static create(properties?: ackchain.SetTeamContracts.$Properties): ackchain.SetTeamContracts;

        /**
         * Encodes the specified SetTeamContracts message. Does not implicitly {@link ackchain.SetTeamContracts.verify|verify} messages.
         * @param message SetTeamContracts message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SetTeamContracts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetTeamContracts message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SetTeamContracts & ackchain.SetTeamContracts.$Shape} SetTeamContracts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SetTeamContracts & ackchain.SetTeamContracts.$Shape;
    }

    namespace SetTeamContracts {

        /** Properties of a SetTeamContracts. */
        interface $Properties {

            /** SetTeamContracts team */
            team?: (string|null);

            /** SetTeamContracts assignments */
            assignments?: (ackchain.ContractAssignment.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetTeamContracts. */
        type $Shape = ackchain.SetTeamContracts.$Properties;
    }

    /**
     * Properties of a ContractAssignment.
     * @deprecated Use ackchain.ContractAssignment.$Properties instead.
     */
    interface IContractAssignment extends ackchain.ContractAssignment.$Properties {
    }

    /** Represents a ContractAssignment. */
    class ContractAssignment {

        /**
         * Constructs a new ContractAssignment.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ContractAssignment.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContractAssignment slot. */
        slot: string;

        /** ContractAssignment address. */
        address: Uint8Array;

        /**
         * Creates a new ContractAssignment instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContractAssignment instance
         */
        static create(properties: ackchain.ContractAssignment.$Shape): ackchain.ContractAssignment & ackchain.ContractAssignment.$Shape;
        static create(properties?: ackchain.ContractAssignment.$Properties): ackchain.ContractAssignment;

        /**
         * Encodes the specified ContractAssignment message. Does not implicitly {@link ackchain.ContractAssignment.verify|verify} messages.
         * @param message ContractAssignment message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ContractAssignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContractAssignment message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ContractAssignment & ackchain.ContractAssignment.$Shape} ContractAssignment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ContractAssignment & ackchain.ContractAssignment.$Shape;
    }

    namespace ContractAssignment {

        /** Properties of a ContractAssignment. */
        interface $Properties {

            /** ContractAssignment slot */
            slot?: (string|null);

            /** ContractAssignment address */
            address?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContractAssignment. */
        type $Shape = ackchain.ContractAssignment.$Properties;
    }

    /**
     * Properties of an EscalationTarget.
     * @deprecated Use ackchain.EscalationTarget.$Properties instead.
     */
    interface IEscalationTarget extends ackchain.EscalationTarget.$Properties {
    }

    /** Represents an EscalationTarget. */
    class EscalationTarget {

        /**
         * Constructs a new EscalationTarget.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.EscalationTarget.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EscalationTarget member. */
        member?: (Uint8Array|null);

        /** EscalationTarget schedule. */
        schedule?: (string|null);

        /** EscalationTarget target. */
        target?: ("member"|"schedule");

        /**
         * Creates a new EscalationTarget instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EscalationTarget instance
         */
        static create(properties: ackchain.EscalationTarget.$Shape): ackchain.EscalationTarget & ackchain.EscalationTarget.$Shape;
        static create(properties?: ackchain.EscalationTarget.$Properties): ackchain.EscalationTarget;

        /**
         * Encodes the specified EscalationTarget message. Does not implicitly {@link ackchain.EscalationTarget.verify|verify} messages.
         * @param message EscalationTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.EscalationTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EscalationTarget message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.EscalationTarget & ackchain.EscalationTarget.$Shape} EscalationTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.EscalationTarget & ackchain.EscalationTarget.$Shape;
    }

    namespace EscalationTarget {

        /** Properties of an EscalationTarget. */
        interface $Properties {

            /** EscalationTarget member */
            member?: (Uint8Array|null);

            /** EscalationTarget schedule */
            schedule?: (string|null);

            /** EscalationTarget target */
            target?: ("member"|"schedule");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an EscalationTarget. */
        type $Shape = {
          member?: Uint8Array|null;
          schedule?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ target?: undefined; member?: null; schedule?: null }|{ target?: "member"; member: Uint8Array; schedule?: null }|{ target?: "schedule"; member?: null; schedule: string })
        );
    }

    /**
     * Properties of an EscalationLevel.
     * @deprecated Use ackchain.EscalationLevel.$Properties instead.
     */
    interface IEscalationLevel extends ackchain.EscalationLevel.$Properties {
    }

    /** Represents an EscalationLevel. */
    class EscalationLevel {

        /**
         * Constructs a new EscalationLevel.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.EscalationLevel.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EscalationLevel delayMs. */
        delayMs: number;

        /** EscalationLevel targets. */
        targets: ackchain.EscalationTarget.$Properties[];

        /**
         * Creates a new EscalationLevel instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EscalationLevel instance
         */
        static create(properties: ackchain.EscalationLevel.$Shape): ackchain.EscalationLevel & ackchain.EscalationLevel.$Shape;
        static create(properties?: ackchain.EscalationLevel.$Properties): ackchain.EscalationLevel;

        /**
         * Encodes the specified EscalationLevel message. Does not implicitly {@link ackchain.EscalationLevel.verify|verify} messages.
         * @param message EscalationLevel message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.EscalationLevel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EscalationLevel message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.EscalationLevel & ackchain.EscalationLevel.$Shape} EscalationLevel
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.EscalationLevel & ackchain.EscalationLevel.$Shape;
    }

    namespace EscalationLevel {

        /** Properties of an EscalationLevel. */
        interface $Properties {

            /** EscalationLevel delayMs */
            delayMs?: (number|null);

            /** EscalationLevel targets */
            targets?: (ackchain.EscalationTarget.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EscalationLevel. */
        type $Shape = {
          delayMs?: number|null;
          targets?: ackchain.EscalationTarget.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an EscalationPolicy.
     * @deprecated Use ackchain.EscalationPolicy.$Properties instead.
     */
    interface IEscalationPolicy extends ackchain.EscalationPolicy.$Properties {
    }

    /** Represents an EscalationPolicy. */
    class EscalationPolicy {

        /**
         * Constructs a new EscalationPolicy.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.EscalationPolicy.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EscalationPolicy levels. */
        levels: ackchain.EscalationLevel.$Properties[];

        /** EscalationPolicy repeats. */
        repeats: number;

        /** EscalationPolicy ackTimeoutMs. */
        ackTimeoutMs: number;

        /**
         * Creates a new EscalationPolicy instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EscalationPolicy instance
         */
        static create(properties: ackchain.EscalationPolicy.$Shape): ackchain.EscalationPolicy & ackchain.EscalationPolicy.$Shape;
        static create(properties?: ackchain.EscalationPolicy.$Properties): ackchain.EscalationPolicy;

        /**
         * Encodes the specified EscalationPolicy message. Does not implicitly {@link ackchain.EscalationPolicy.verify|verify} messages.
         * @param message EscalationPolicy message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.EscalationPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EscalationPolicy message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.EscalationPolicy & ackchain.EscalationPolicy.$Shape} EscalationPolicy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.EscalationPolicy & ackchain.EscalationPolicy.$Shape;
    }

    namespace EscalationPolicy {

        /** Properties of an EscalationPolicy. */
        interface $Properties {

            /** EscalationPolicy levels */
            levels?: (ackchain.EscalationLevel.$Properties[]|null);

            /** EscalationPolicy repeats */
            repeats?: (number|null);

            /** EscalationPolicy ackTimeoutMs */
            ackTimeoutMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EscalationPolicy. */
        type $Shape = {
          levels?: ackchain.EscalationLevel.$Shape[]|null;
          repeats?: number|null;
          ackTimeoutMs?: number|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a SetEscalationPolicy.
     * @deprecated Use ackchain.SetEscalationPolicy.$Properties instead.
     */
    interface ISetEscalationPolicy extends ackchain.SetEscalationPolicy.$Properties {
    }

    /** Represents a SetEscalationPolicy. */
    class SetEscalationPolicy {

        /**
         * Constructs a new SetEscalationPolicy.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SetEscalationPolicy.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetEscalationPolicy team. */
        team: string;

        /** SetEscalationPolicy policy. */
        policy?: (ackchain.EscalationPolicy.$Properties|null);

        /**
         * Creates a new SetEscalationPolicy instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetEscalationPolicy instance
         */
        static create(properties: ackchain.SetEscalationPolicy.$Shape): ackchain.SetEscalationPolicy & ackchain.SetEscalationPolicy.$Shape;
        static create(properties?: ackchain.SetEscalationPolicy.$Properties): ackchain.SetEscalationPolicy;

        /**
         * Encodes the specified SetEscalationPolicy message. Does not implicitly {@link ackchain.SetEscalationPolicy.verify|verify} messages.
         * @param message SetEscalationPolicy message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SetEscalationPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetEscalationPolicy message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SetEscalationPolicy & ackchain.SetEscalationPolicy.$Shape} SetEscalationPolicy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SetEscalationPolicy & ackchain.SetEscalationPolicy.$Shape;
    }

    namespace SetEscalationPolicy {

        /** Properties of a SetEscalationPolicy. */
        interface $Properties {

            /** SetEscalationPolicy team */
            team?: (string|null);

            /** SetEscalationPolicy policy */
            policy?: (ackchain.EscalationPolicy.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetEscalationPolicy. */
        type $Shape = {
          team?: string|null;
          policy?: ackchain.EscalationPolicy.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /** RestrictionKind enum. */
    enum RestrictionKind {

        /** RESTRICTION_KIND_UNSPECIFIED value */
        RESTRICTION_KIND_UNSPECIFIED = 0,

        /** RESTRICTION_KIND_DAILY value */
        RESTRICTION_KIND_DAILY = 1,

        /** RESTRICTION_KIND_WEEKLY value */
        RESTRICTION_KIND_WEEKLY = 2
    }

    /**
     * Properties of a Restriction.
     * @deprecated Use ackchain.Restriction.$Properties instead.
     */
    interface IRestriction extends ackchain.Restriction.$Properties {
    }

    /** Represents a Restriction. */
    class Restriction {

        /**
         * Constructs a new Restriction.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.Restriction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Restriction kind. */
        kind: ackchain.RestrictionKind;

        /** Restriction startDayOfWeek. */
        startDayOfWeek: number;

        /** Restriction startMinute. */
        startMinute: number;

        /** Restriction durationMinutes. */
        durationMinutes: number;

        /**
         * Creates a new Restriction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Restriction instance
         */
        static create(properties: ackchain.Restriction.$Shape): ackchain.Restriction & ackchain.Restriction.$Shape;
        static create(properties?: ackchain.Restriction.$Properties): ackchain.Restriction;

        /**
         * Encodes the specified Restriction message. Does not implicitly {@link ackchain.Restriction.verify|verify} messages.
         * @param message Restriction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.Restriction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Restriction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.Restriction & ackchain.Restriction.$Shape} Restriction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.Restriction & ackchain.Restriction.$Shape;
    }

    namespace Restriction {

        /** Properties of a Restriction. */
        interface $Properties {

            /** Restriction kind */
            kind?: (ackchain.RestrictionKind|null);

            /** Restriction startDayOfWeek */
            startDayOfWeek?: (number|null);

            /** Restriction startMinute */
            startMinute?: (number|null);

            /** Restriction durationMinutes */
            durationMinutes?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Restriction. */
        type $Shape = ackchain.Restriction.$Properties;
    }

    /**
     * Properties of a ScheduleLayer.
     * @deprecated Use ackchain.ScheduleLayer.$Properties instead.
     */
    interface IScheduleLayer extends ackchain.ScheduleLayer.$Properties {
    }

    /** Represents a ScheduleLayer. */
    class ScheduleLayer {

        /**
         * Constructs a new ScheduleLayer.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ScheduleLayer.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ScheduleLayer name. */
        name: string;

        /** ScheduleLayer participants. */
        participants: Uint8Array[];

        /** ScheduleLayer startMs. */
        startMs: number;

        /** ScheduleLayer endMs. */
        endMs: number;

        /** ScheduleLayer turnLengthMs. */
        turnLengthMs: number;

        /** ScheduleLayer turnLengthDays. */
        turnLengthDays: number;

        /** ScheduleLayer restrictions. */
        restrictions: ackchain.Restriction.$Properties[];

        /**
         * Creates a new ScheduleLayer instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ScheduleLayer instance
         */
        static create(properties: ackchain.ScheduleLayer.$Shape): ackchain.ScheduleLayer & ackchain.ScheduleLayer.$Shape;
        static create(properties?: ackchain.ScheduleLayer.$Properties): ackchain.ScheduleLayer;

        /**
         * Encodes the specified ScheduleLayer message. Does not implicitly {@link ackchain.ScheduleLayer.verify|verify} messages.
         * @param message ScheduleLayer message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ScheduleLayer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ScheduleLayer message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ScheduleLayer & ackchain.ScheduleLayer.$Shape} ScheduleLayer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ScheduleLayer & ackchain.ScheduleLayer.$Shape;
    }

    namespace ScheduleLayer {

        /** Properties of a ScheduleLayer. */
        interface $Properties {

            /** ScheduleLayer name */
            name?: (string|null);

            /** ScheduleLayer participants */
            participants?: (Uint8Array[]|null);

            /** ScheduleLayer startMs */
            startMs?: (number|null);

            /** ScheduleLayer endMs */
            endMs?: (number|null);

            /** ScheduleLayer turnLengthMs */
            turnLengthMs?: (number|null);

            /** ScheduleLayer turnLengthDays */
            turnLengthDays?: (number|null);

            /** ScheduleLayer restrictions */
            restrictions?: (ackchain.Restriction.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ScheduleLayer. */
        type $Shape = ackchain.ScheduleLayer.$Properties;
    }

    /**
     * Properties of a ScheduleOverride.
     * @deprecated Use ackchain.ScheduleOverride.$Properties instead.
     */
    interface IScheduleOverride extends ackchain.ScheduleOverride.$Properties {
    }

    /** Represents a ScheduleOverride. */
    class ScheduleOverride {

        /**
         * Constructs a new ScheduleOverride.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ScheduleOverride.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ScheduleOverride id. */
        id: number;

        /** ScheduleOverride account. */
        account: Uint8Array;

        /** ScheduleOverride fromMs. */
        fromMs: number;

        /** ScheduleOverride toMs. */
        toMs: number;

        /**
         * Creates a new ScheduleOverride instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ScheduleOverride instance
         */
        static create(properties: ackchain.ScheduleOverride.$Shape): ackchain.ScheduleOverride & ackchain.ScheduleOverride.$Shape;
        static create(properties?: ackchain.ScheduleOverride.$Properties): ackchain.ScheduleOverride;

        /**
         * Encodes the specified ScheduleOverride message. Does not implicitly {@link ackchain.ScheduleOverride.verify|verify} messages.
         * @param message ScheduleOverride message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ScheduleOverride.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ScheduleOverride message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ScheduleOverride & ackchain.ScheduleOverride.$Shape} ScheduleOverride
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ScheduleOverride & ackchain.ScheduleOverride.$Shape;
    }

    namespace ScheduleOverride {

        /** Properties of a ScheduleOverride. */
        interface $Properties {

            /** ScheduleOverride id */
            id?: (number|null);

            /** ScheduleOverride account */
            account?: (Uint8Array|null);

            /** ScheduleOverride fromMs */
            fromMs?: (number|null);

            /** ScheduleOverride toMs */
            toMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ScheduleOverride. */
        type $Shape = ackchain.ScheduleOverride.$Properties;
    }

    /**
     * Properties of a SetSchedule.
     * @deprecated Use ackchain.SetSchedule.$Properties instead.
     */
    interface ISetSchedule extends ackchain.SetSchedule.$Properties {
    }

    /** Represents a SetSchedule. */
    class SetSchedule {

        /**
         * Constructs a new SetSchedule.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SetSchedule.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetSchedule team. */
        team: string;

        /** SetSchedule name. */
        name: string;

        /** SetSchedule timeZone. */
        timeZone: string;

        /** SetSchedule layers. */
        layers: ackchain.ScheduleLayer.$Properties[];

        /**
         * Creates a new SetSchedule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetSchedule instance
         */
        static create(properties: ackchain.SetSchedule.$Shape): ackchain.SetSchedule & ackchain.SetSchedule.$Shape;
        static create(properties?: ackchain.SetSchedule.$Properties): ackchain.SetSchedule;

        /**
         * Encodes the specified SetSchedule message. Does not implicitly {@link ackchain.SetSchedule.verify|verify} messages.
         * @param message SetSchedule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SetSchedule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetSchedule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SetSchedule & ackchain.SetSchedule.$Shape} SetSchedule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SetSchedule & ackchain.SetSchedule.$Shape;
    }

    namespace SetSchedule {

        /** Properties of a SetSchedule. */
        interface $Properties {

            /** SetSchedule team */
            team?: (string|null);

            /** SetSchedule name */
            name?: (string|null);

            /** SetSchedule timeZone */
            timeZone?: (string|null);

            /** SetSchedule layers */
            layers?: (ackchain.ScheduleLayer.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetSchedule. */
        type $Shape = ackchain.SetSchedule.$Properties;
    }

    /**
     * Properties of a RemoveSchedule.
     * @deprecated Use ackchain.RemoveSchedule.$Properties instead.
     */
    interface IRemoveSchedule extends ackchain.RemoveSchedule.$Properties {
    }

    /** Represents a RemoveSchedule. */
    class RemoveSchedule {

        /**
         * Constructs a new RemoveSchedule.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RemoveSchedule.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveSchedule team. */
        team: string;

        /** RemoveSchedule name. */
        name: string;

        /**
         * Creates a new RemoveSchedule instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveSchedule instance
         */
        static create(properties: ackchain.RemoveSchedule.$Shape): ackchain.RemoveSchedule & ackchain.RemoveSchedule.$Shape;
        static create(properties?: ackchain.RemoveSchedule.$Properties): ackchain.RemoveSchedule;

        /**
         * Encodes the specified RemoveSchedule message. Does not implicitly {@link ackchain.RemoveSchedule.verify|verify} messages.
         * @param message RemoveSchedule message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RemoveSchedule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveSchedule message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RemoveSchedule & ackchain.RemoveSchedule.$Shape} RemoveSchedule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RemoveSchedule & ackchain.RemoveSchedule.$Shape;
    }

    namespace RemoveSchedule {

        /** Properties of a RemoveSchedule. */
        interface $Properties {

            /** RemoveSchedule team */
            team?: (string|null);

            /** RemoveSchedule name */
            name?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveSchedule. */
        type $Shape = ackchain.RemoveSchedule.$Properties;
    }

    /**
     * Properties of an AddOverride.
     * @deprecated Use ackchain.AddOverride.$Properties instead.
     */
    interface IAddOverride extends ackchain.AddOverride.$Properties {
    }

    /** Represents an AddOverride. */
    class AddOverride {

        /**
         * Constructs a new AddOverride.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AddOverride.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddOverride team. */
        team: string;

        /** AddOverride schedule. */
        schedule: string;

        /** AddOverride account. */
        account: Uint8Array;

        /** AddOverride fromMs. */
        fromMs: number;

        /** AddOverride toMs. */
        toMs: number;

        /**
         * Creates a new AddOverride instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddOverride instance
         */
        static create(properties: ackchain.AddOverride.$Shape): ackchain.AddOverride & ackchain.AddOverride.$Shape;
        static create(properties?: ackchain.AddOverride.$Properties): ackchain.AddOverride;

        /**
         * Encodes the specified AddOverride message. Does not implicitly {@link ackchain.AddOverride.verify|verify} messages.
         * @param message AddOverride message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AddOverride.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddOverride message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AddOverride & ackchain.AddOverride.$Shape} AddOverride
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AddOverride & ackchain.AddOverride.$Shape;
    }

    namespace AddOverride {

        /** Properties of an AddOverride. */
        interface $Properties {

            /** AddOverride team */
            team?: (string|null);

            /** AddOverride schedule */
            schedule?: (string|null);

            /** AddOverride account */
            account?: (Uint8Array|null);

            /** AddOverride fromMs */
            fromMs?: (number|null);

            /** AddOverride toMs */
            toMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddOverride. */
        type $Shape = ackchain.AddOverride.$Properties;
    }

    /**
     * Properties of a RemoveOverride.
     * @deprecated Use ackchain.RemoveOverride.$Properties instead.
     */
    interface IRemoveOverride extends ackchain.RemoveOverride.$Properties {
    }

    /** Represents a RemoveOverride. */
    class RemoveOverride {

        /**
         * Constructs a new RemoveOverride.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RemoveOverride.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveOverride team. */
        team: string;

        /** RemoveOverride schedule. */
        schedule: string;

        /** RemoveOverride id. */
        id: number;

        /**
         * Creates a new RemoveOverride instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveOverride instance
         */
        static create(properties: ackchain.RemoveOverride.$Shape): ackchain.RemoveOverride & ackchain.RemoveOverride.$Shape;
        static create(properties?: ackchain.RemoveOverride.$Properties): ackchain.RemoveOverride;

        /**
         * Encodes the specified RemoveOverride message. Does not implicitly {@link ackchain.RemoveOverride.verify|verify} messages.
         * @param message RemoveOverride message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RemoveOverride.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveOverride message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RemoveOverride & ackchain.RemoveOverride.$Shape} RemoveOverride
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RemoveOverride & ackchain.RemoveOverride.$Shape;
    }

    namespace RemoveOverride {

        /** Properties of a RemoveOverride. */
        interface $Properties {

            /** RemoveOverride team */
            team?: (string|null);

            /** RemoveOverride schedule */
            schedule?: (string|null);

            /** RemoveOverride id */
            id?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveOverride. */
        type $Shape = ackchain.RemoveOverride.$Properties;
    }

    /**
     * Properties of an AddMaintenanceWindow.
     * @deprecated Use ackchain.AddMaintenanceWindow.$Properties instead.
     */
    interface IAddMaintenanceWindow extends ackchain.AddMaintenanceWindow.$Properties {
    }

    /** Represents an AddMaintenanceWindow. */
    class AddMaintenanceWindow {

        /**
         * Constructs a new AddMaintenanceWindow.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AddMaintenanceWindow.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AddMaintenanceWindow team. */
        team: string;

        /** AddMaintenanceWindow fromMs. */
        fromMs: number;

        /** AddMaintenanceWindow toMs. */
        toMs: number;

        /** AddMaintenanceWindow reason. */
        reason: string;

        /**
         * Creates a new AddMaintenanceWindow instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddMaintenanceWindow instance
         */
        static create(properties: ackchain.AddMaintenanceWindow.$Shape): ackchain.AddMaintenanceWindow & ackchain.AddMaintenanceWindow.$Shape;
        static create(properties?: ackchain.AddMaintenanceWindow.$Properties): ackchain.AddMaintenanceWindow;

        /**
         * Encodes the specified AddMaintenanceWindow message. Does not implicitly {@link ackchain.AddMaintenanceWindow.verify|verify} messages.
         * @param message AddMaintenanceWindow message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AddMaintenanceWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddMaintenanceWindow message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AddMaintenanceWindow & ackchain.AddMaintenanceWindow.$Shape} AddMaintenanceWindow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AddMaintenanceWindow & ackchain.AddMaintenanceWindow.$Shape;
    }

    namespace AddMaintenanceWindow {

        /** Properties of an AddMaintenanceWindow. */
        interface $Properties {

            /** AddMaintenanceWindow team */
            team?: (string|null);

            /** AddMaintenanceWindow fromMs */
            fromMs?: (number|null);

            /** AddMaintenanceWindow toMs */
            toMs?: (number|null);

            /** AddMaintenanceWindow reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AddMaintenanceWindow. */
        type $Shape = ackchain.AddMaintenanceWindow.$Properties;
    }

    /**
     * Properties of a RemoveMaintenanceWindow.
     * @deprecated Use ackchain.RemoveMaintenanceWindow.$Properties instead.
     */
    interface IRemoveMaintenanceWindow extends ackchain.RemoveMaintenanceWindow.$Properties {
    }

    /** Represents a RemoveMaintenanceWindow. */
    class RemoveMaintenanceWindow {

        /**
         * Constructs a new RemoveMaintenanceWindow.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RemoveMaintenanceWindow.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoveMaintenanceWindow team. */
        team: string;

        /** RemoveMaintenanceWindow id. */
        id: number;

        /**
         * Creates a new RemoveMaintenanceWindow instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveMaintenanceWindow instance
         */
        static create(properties: ackchain.RemoveMaintenanceWindow.$Shape): ackchain.RemoveMaintenanceWindow & ackchain.RemoveMaintenanceWindow.$Shape;
        static create(properties?: ackchain.RemoveMaintenanceWindow.$Properties): ackchain.RemoveMaintenanceWindow;

        /**
         * Encodes the specified RemoveMaintenanceWindow message. Does not implicitly {@link ackchain.RemoveMaintenanceWindow.verify|verify} messages.
         * @param message RemoveMaintenanceWindow message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RemoveMaintenanceWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveMaintenanceWindow message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RemoveMaintenanceWindow & ackchain.RemoveMaintenanceWindow.$Shape} RemoveMaintenanceWindow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RemoveMaintenanceWindow & ackchain.RemoveMaintenanceWindow.$Shape;
    }

    namespace RemoveMaintenanceWindow {

        /** Properties of a RemoveMaintenanceWindow. */
        interface $Properties {

            /** RemoveMaintenanceWindow team */
            team?: (string|null);

            /** RemoveMaintenanceWindow id */
            id?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoveMaintenanceWindow. */
        type $Shape = ackchain.RemoveMaintenanceWindow.$Properties;
    }

    /**
     * Properties of a RegisterDevice.
     * @deprecated Use ackchain.RegisterDevice.$Properties instead.
     */
    interface IRegisterDevice extends ackchain.RegisterDevice.$Properties {
    }

    /** Represents a RegisterDevice. */
    class RegisterDevice {

        /**
         * Constructs a new RegisterDevice.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RegisterDevice.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterDevice key. */
        key: Uint8Array;

        /** RegisterDevice notifyKey. */
        notifyKey: Uint8Array;

        /** RegisterDevice label. */
        label: string;

        /** RegisterDevice expiresAtMs. */
        expiresAtMs: number;

        /** RegisterDevice proof. */
        proof: Uint8Array;

        /**
         * Creates a new RegisterDevice instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterDevice instance
         */
        static create(properties: ackchain.RegisterDevice.$Shape): ackchain.RegisterDevice & ackchain.RegisterDevice.$Shape;
        static create(properties?: ackchain.RegisterDevice.$Properties): ackchain.RegisterDevice;

        /**
         * Encodes the specified RegisterDevice message. Does not implicitly {@link ackchain.RegisterDevice.verify|verify} messages.
         * @param message RegisterDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RegisterDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterDevice message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RegisterDevice & ackchain.RegisterDevice.$Shape} RegisterDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RegisterDevice & ackchain.RegisterDevice.$Shape;
    }

    namespace RegisterDevice {

        /** Properties of a RegisterDevice. */
        interface $Properties {

            /** RegisterDevice key */
            key?: (Uint8Array|null);

            /** RegisterDevice notifyKey */
            notifyKey?: (Uint8Array|null);

            /** RegisterDevice label */
            label?: (string|null);

            /** RegisterDevice expiresAtMs */
            expiresAtMs?: (number|null);

            /** RegisterDevice proof */
            proof?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterDevice. */
        type $Shape = ackchain.RegisterDevice.$Properties;
    }

    /**
     * Properties of a RevokeDevice.
     * @deprecated Use ackchain.RevokeDevice.$Properties instead.
     */
    interface IRevokeDevice extends ackchain.RevokeDevice.$Properties {
    }

    /** Represents a RevokeDevice. */
    class RevokeDevice {

        /**
         * Constructs a new RevokeDevice.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.RevokeDevice.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RevokeDevice key. */
        key: Uint8Array;

        /**
         * Creates a new RevokeDevice instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RevokeDevice instance
         */
        static create(properties: ackchain.RevokeDevice.$Shape): ackchain.RevokeDevice & ackchain.RevokeDevice.$Shape;
        static create(properties?: ackchain.RevokeDevice.$Properties): ackchain.RevokeDevice;

        /**
         * Encodes the specified RevokeDevice message. Does not implicitly {@link ackchain.RevokeDevice.verify|verify} messages.
         * @param message RevokeDevice message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.RevokeDevice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RevokeDevice message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.RevokeDevice & ackchain.RevokeDevice.$Shape} RevokeDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.RevokeDevice & ackchain.RevokeDevice.$Shape;
    }

    namespace RevokeDevice {

        /** Properties of a RevokeDevice. */
        interface $Properties {

            /** RevokeDevice key */
            key?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RevokeDevice. */
        type $Shape = ackchain.RevokeDevice.$Properties;
    }

    /**
     * Properties of an OlaTarget.
     * @deprecated Use ackchain.OlaTarget.$Properties instead.
     */
    interface IOlaTarget extends ackchain.OlaTarget.$Properties {
    }

    /** Represents an OlaTarget. */
    class OlaTarget {

        /**
         * Constructs a new OlaTarget.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.OlaTarget.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OlaTarget severity. */
        severity: ackchain.Severity;

        /** OlaTarget ackWithinMs. */
        ackWithinMs: number;

        /** OlaTarget resolveWithinMs. */
        resolveWithinMs: number;

        /**
         * Creates a new OlaTarget instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OlaTarget instance
         */
        static create(properties: ackchain.OlaTarget.$Shape): ackchain.OlaTarget & ackchain.OlaTarget.$Shape;
        static create(properties?: ackchain.OlaTarget.$Properties): ackchain.OlaTarget;

        /**
         * Encodes the specified OlaTarget message. Does not implicitly {@link ackchain.OlaTarget.verify|verify} messages.
         * @param message OlaTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.OlaTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OlaTarget message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.OlaTarget & ackchain.OlaTarget.$Shape} OlaTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.OlaTarget & ackchain.OlaTarget.$Shape;
    }

    namespace OlaTarget {

        /** Properties of an OlaTarget. */
        interface $Properties {

            /** OlaTarget severity */
            severity?: (ackchain.Severity|null);

            /** OlaTarget ackWithinMs */
            ackWithinMs?: (number|null);

            /** OlaTarget resolveWithinMs */
            resolveWithinMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OlaTarget. */
        type $Shape = ackchain.OlaTarget.$Properties;
    }

    /**
     * Properties of an OlaTerms.
     * @deprecated Use ackchain.OlaTerms.$Properties instead.
     */
    interface IOlaTerms extends ackchain.OlaTerms.$Properties {
    }

    /** Represents an OlaTerms. */
    class OlaTerms {

        /**
         * Constructs a new OlaTerms.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.OlaTerms.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OlaTerms targets. */
        targets: ackchain.OlaTarget.$Properties[];

        /** OlaTerms effectiveFromMs. */
        effectiveFromMs: number;

        /** OlaTerms effectiveToMs. */
        effectiveToMs: number;

        /**
         * Creates a new OlaTerms instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OlaTerms instance
         */
        static create(properties: ackchain.OlaTerms.$Shape): ackchain.OlaTerms & ackchain.OlaTerms.$Shape;
        static create(properties?: ackchain.OlaTerms.$Properties): ackchain.OlaTerms;

        /**
         * Encodes the specified OlaTerms message. Does not implicitly {@link ackchain.OlaTerms.verify|verify} messages.
         * @param message OlaTerms message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.OlaTerms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OlaTerms message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.OlaTerms & ackchain.OlaTerms.$Shape} OlaTerms
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.OlaTerms & ackchain.OlaTerms.$Shape;
    }

    namespace OlaTerms {

        /** Properties of an OlaTerms. */
        interface $Properties {

            /** OlaTerms targets */
            targets?: (ackchain.OlaTarget.$Properties[]|null);

            /** OlaTerms effectiveFromMs */
            effectiveFromMs?: (number|null);

            /** OlaTerms effectiveToMs */
            effectiveToMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OlaTerms. */
        type $Shape = ackchain.OlaTerms.$Properties;
    }

    /**
     * Properties of a ProposeOla.
     * @deprecated Use ackchain.ProposeOla.$Properties instead.
     */
    interface IProposeOla extends ackchain.ProposeOla.$Properties {
    }

    /** Represents a ProposeOla. */
    class ProposeOla {

        /**
         * Constructs a new ProposeOla.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.ProposeOla.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ProposeOla provider. */
        provider: string;

        /** ProposeOla consumer. */
        consumer: string;

        /** ProposeOla terms. */
        terms?: (ackchain.OlaTerms.$Properties|null);

        /**
         * Creates a new ProposeOla instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProposeOla instance
         */
        static create(properties: ackchain.ProposeOla.$Shape): ackchain.ProposeOla & ackchain.ProposeOla.$Shape;
        static create(properties?: ackchain.ProposeOla.$Properties): ackchain.ProposeOla;

        /**
         * Encodes the specified ProposeOla message. Does not implicitly {@link ackchain.ProposeOla.verify|verify} messages.
         * @param message ProposeOla message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.ProposeOla.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProposeOla message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.ProposeOla & ackchain.ProposeOla.$Shape} ProposeOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.ProposeOla & ackchain.ProposeOla.$Shape;
    }

    namespace ProposeOla {

        /** Properties of a ProposeOla. */
        interface $Properties {

            /** ProposeOla provider */
            provider?: (string|null);

            /** ProposeOla consumer */
            consumer?: (string|null);

            /** ProposeOla terms */
            terms?: (ackchain.OlaTerms.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProposeOla. */
        type $Shape = ackchain.ProposeOla.$Properties;
    }

    /**
     * Properties of a SignOla.
     * @deprecated Use ackchain.SignOla.$Properties instead.
     */
    interface ISignOla extends ackchain.SignOla.$Properties {
    }

    /** Represents a SignOla. */
    class SignOla {

        /**
         * Constructs a new SignOla.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.SignOla.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignOla id. */
        id: number;

        /** SignOla version. */
        version: number;

        /**
         * Creates a new SignOla instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignOla instance
         */
        static create(properties: ackchain.SignOla.$Shape): ackchain.SignOla & ackchain.SignOla.$Shape;
        static create(properties?: ackchain.SignOla.$Properties): ackchain.SignOla;

        /**
         * Encodes the specified SignOla message. Does not implicitly {@link ackchain.SignOla.verify|verify} messages.
         * @param message SignOla message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.SignOla.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignOla message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.SignOla & ackchain.SignOla.$Shape} SignOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.SignOla & ackchain.SignOla.$Shape;
    }

    namespace SignOla {

        /** Properties of a SignOla. */
        interface $Properties {

            /** SignOla id */
            id?: (number|null);

            /** SignOla version */
            version?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignOla. */
        type $Shape = ackchain.SignOla.$Properties;
    }

    /**
     * Properties of an AmendOla.
     * @deprecated Use ackchain.AmendOla.$Properties instead.
     */
    interface IAmendOla extends ackchain.AmendOla.$Properties {
    }

    /** Represents an AmendOla. */
    class AmendOla {

        /**
         * Constructs a new AmendOla.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.AmendOla.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AmendOla id. */
        id: number;

        /** AmendOla terms. */
        terms?: (ackchain.OlaTerms.$Properties|null);

        /**
         * Creates a new AmendOla instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AmendOla instance
         */
        static create(properties: ackchain.AmendOla.$Shape): ackchain.AmendOla & ackchain.AmendOla.$Shape;
        static create(properties?: ackchain.AmendOla.$Properties): ackchain.AmendOla;

        /**
         * Encodes the specified AmendOla message. Does not implicitly {@link ackchain.AmendOla.verify|verify} messages.
         * @param message AmendOla message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.AmendOla.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AmendOla message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.AmendOla & ackchain.AmendOla.$Shape} AmendOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.AmendOla & ackchain.AmendOla.$Shape;
    }

    namespace AmendOla {

        /** Properties of an AmendOla. */
        interface $Properties {

            /** AmendOla id */
            id?: (number|null);

            /** AmendOla terms */
            terms?: (ackchain.OlaTerms.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AmendOla. */
        type $Shape = ackchain.AmendOla.$Properties;
    }

    /**
     * Properties of a TerminateOla.
     * @deprecated Use ackchain.TerminateOla.$Properties instead.
     */
    interface ITerminateOla extends ackchain.TerminateOla.$Properties {
    }

    /** Represents a TerminateOla. */
    class TerminateOla {

        /**
         * Constructs a new TerminateOla.
         * @param [properties] Properties to set
         */
        constructor(properties?: ackchain.TerminateOla.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TerminateOla id. */
        id: number;

        /**
         * Creates a new TerminateOla instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TerminateOla instance
         */
        static create(properties: ackchain.TerminateOla.$Shape): ackchain.TerminateOla & ackchain.TerminateOla.$Shape;
        static create(properties?: ackchain.TerminateOla.$Properties): ackchain.TerminateOla;

        /**
         * Encodes the specified TerminateOla message. Does not implicitly {@link ackchain.TerminateOla.verify|verify} messages.
         * @param message TerminateOla message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ackchain.TerminateOla.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TerminateOla message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ackchain.TerminateOla & ackchain.TerminateOla.$Shape} TerminateOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ackchain.TerminateOla & ackchain.TerminateOla.$Shape;
    }

    namespace TerminateOla {

        /** Properties of a TerminateOla. */
        interface $Properties {

            /** TerminateOla id */
            id?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TerminateOla. */
        type $Shape = ackchain.TerminateOla.$Properties;
    }
}

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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Team. */
        type $Shape = ackchain.Team.$Properties;
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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GenesisTeam. */
        type $Shape = ackchain.GenesisTeam.$Properties;
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
        type $Shape = ackchain.Genesis.$Properties;
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

        /** TxBody triggerAlert. */
        triggerAlert?: (ackchain.TriggerAlert.$Properties|null);

        /** TxBody acknowledgeAlert. */
        acknowledgeAlert?: (ackchain.AcknowledgeAlert.$Properties|null);

        /** TxBody resolveAlert. */
        resolveAlert?: (ackchain.ResolveAlert.$Properties|null);

        /** TxBody addAlertNote. */
        addAlertNote?: (ackchain.AddAlertNote.$Properties|null);

        /** TxBody addMember. */
        addMember?: (ackchain.AddMember.$Properties|null);

        /** TxBody removeMember. */
        removeMember?: (ackchain.RemoveMember.$Properties|null);

        /** TxBody addIntegration. */
        addIntegration?: (ackchain.AddIntegration.$Properties|null);

        /** TxBody removeIntegration. */
        removeIntegration?: (ackchain.RemoveIntegration.$Properties|null);

        /** TxBody deployContract. */
        deployContract?: (ackchain.DeployContract.$Properties|null);

        /** TxBody payload. */
        payload?: ("triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"deployContract");

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

            /** TxBody triggerAlert */
            triggerAlert?: (ackchain.TriggerAlert.$Properties|null);

            /** TxBody acknowledgeAlert */
            acknowledgeAlert?: (ackchain.AcknowledgeAlert.$Properties|null);

            /** TxBody resolveAlert */
            resolveAlert?: (ackchain.ResolveAlert.$Properties|null);

            /** TxBody addAlertNote */
            addAlertNote?: (ackchain.AddAlertNote.$Properties|null);

            /** TxBody addMember */
            addMember?: (ackchain.AddMember.$Properties|null);

            /** TxBody removeMember */
            removeMember?: (ackchain.RemoveMember.$Properties|null);

            /** TxBody addIntegration */
            addIntegration?: (ackchain.AddIntegration.$Properties|null);

            /** TxBody removeIntegration */
            removeIntegration?: (ackchain.RemoveIntegration.$Properties|null);

            /** TxBody deployContract */
            deployContract?: (ackchain.DeployContract.$Properties|null);

            /** TxBody payload */
            payload?: ("triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"deployContract");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a TxBody. */
        type $Shape = {
          chainId?: string|null;
          expiresAtMs?: number|null;
          memo?: string|null;
          triggerAlert?: ackchain.TriggerAlert.$Shape|null;
          acknowledgeAlert?: ackchain.AcknowledgeAlert.$Shape|null;
          resolveAlert?: ackchain.ResolveAlert.$Shape|null;
          addAlertNote?: ackchain.AddAlertNote.$Shape|null;
          addMember?: ackchain.AddMember.$Shape|null;
          removeMember?: ackchain.RemoveMember.$Shape|null;
          addIntegration?: ackchain.AddIntegration.$Shape|null;
          removeIntegration?: ackchain.RemoveIntegration.$Shape|null;
          deployContract?: ackchain.DeployContract.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ payload?: undefined; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "triggerAlert"; triggerAlert: ackchain.TriggerAlert.$Shape; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "acknowledgeAlert"; triggerAlert?: null; acknowledgeAlert: ackchain.AcknowledgeAlert.$Shape; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "resolveAlert"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert: ackchain.ResolveAlert.$Shape; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "addAlertNote"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote: ackchain.AddAlertNote.$Shape; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "addMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember: ackchain.AddMember.$Shape; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "removeMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember: ackchain.RemoveMember.$Shape; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "addIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration: ackchain.AddIntegration.$Shape; removeIntegration?: null; deployContract?: null }|{ payload?: "removeIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration: ackchain.RemoveIntegration.$Shape; deployContract?: null }|{ payload?: "deployContract"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract: ackchain.DeployContract.$Shape })
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
}

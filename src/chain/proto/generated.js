/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ackchain = $root.ackchain = (() => {

    /**
     * Namespace ackchain.
     * @exports ackchain
     * @namespace
     */
    const ackchain = {};

    ackchain.Header = (function() {

        /**
         * Properties of a Header.
         * @typedef {Object} ackchain.Header.$Properties
         * @property {string|null} [chainId] Header chainId
         * @property {number|null} [height] Header height
         * @property {number|null} [timeMs] Header timeMs
         * @property {Uint8Array|null} [prevBlockHash] Header prevBlockHash
         * @property {Uint8Array|null} [lastCommitHash] Header lastCommitHash
         * @property {Uint8Array|null} [txRoot] Header txRoot
         * @property {Uint8Array|null} [stateRoot] Header stateRoot
         * @property {Uint8Array|null} [resultsRoot] Header resultsRoot
         * @property {Uint8Array|null} [validatorsHash] Header validatorsHash
         * @property {Uint8Array|null} [nextValidatorsHash] Header nextValidatorsHash
         * @property {Uint8Array|null} [proposer] Header proposer
         * @property {Uint8Array|null} [evidenceRoot] Header evidenceRoot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Header.
         * @memberof ackchain
         * @interface IHeader
         * @augments ackchain.Header.$Properties
         * @deprecated Use ackchain.Header.$Properties instead.
         */

        /**
         * Shape of a Header.
         * @typedef {ackchain.Header.$Properties} ackchain.Header.$Shape
         */

        /**
         * Constructs a new Header.
         * @memberof ackchain
         * @classdesc Represents a Header.
         * @constructor
         * @param {ackchain.Header.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Header = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Header chainId.
         * @member {string} chainId
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.chainId = "";

        /**
         * Header height.
         * @member {number} height
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Header timeMs.
         * @member {number} timeMs
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Header prevBlockHash.
         * @member {Uint8Array} prevBlockHash
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.prevBlockHash = $util.newBuffer([]);

        /**
         * Header lastCommitHash.
         * @member {Uint8Array} lastCommitHash
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.lastCommitHash = $util.newBuffer([]);

        /**
         * Header txRoot.
         * @member {Uint8Array} txRoot
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.txRoot = $util.newBuffer([]);

        /**
         * Header stateRoot.
         * @member {Uint8Array} stateRoot
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.stateRoot = $util.newBuffer([]);

        /**
         * Header resultsRoot.
         * @member {Uint8Array} resultsRoot
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.resultsRoot = $util.newBuffer([]);

        /**
         * Header validatorsHash.
         * @member {Uint8Array} validatorsHash
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.validatorsHash = $util.newBuffer([]);

        /**
         * Header nextValidatorsHash.
         * @member {Uint8Array} nextValidatorsHash
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.nextValidatorsHash = $util.newBuffer([]);

        /**
         * Header proposer.
         * @member {Uint8Array} proposer
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.proposer = $util.newBuffer([]);

        /**
         * Header evidenceRoot.
         * @member {Uint8Array} evidenceRoot
         * @memberof ackchain.Header
         * @instance
         */
        Header.prototype.evidenceRoot = $util.newBuffer([]);

        /**
         * Creates a new Header instance using the specified properties.
         * @function create
         * @memberof ackchain.Header
         * @static
         * @param {ackchain.Header.$Properties=} [properties] Properties to set
         * @returns {ackchain.Header} Header instance
         * @type {{
         *   (properties: ackchain.Header.$Shape): ackchain.Header & ackchain.Header.$Shape;
         *   (properties?: ackchain.Header.$Properties): ackchain.Header;
         * }}
         */
        Header.create = function(properties) {
            return new Header(properties);
        };

        /**
         * Encodes the specified Header message. Does not implicitly {@link ackchain.Header.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Header
         * @static
         * @param {ackchain.Header.$Properties} message Header message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Header.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timeMs);
            if (message.prevBlockHash != null && $Object.hasOwnProperty.call(message, "prevBlockHash") && message.prevBlockHash.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.prevBlockHash);
            if (message.lastCommitHash != null && $Object.hasOwnProperty.call(message, "lastCommitHash") && message.lastCommitHash.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.lastCommitHash);
            if (message.txRoot != null && $Object.hasOwnProperty.call(message, "txRoot") && message.txRoot.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.txRoot);
            if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.stateRoot);
            if (message.resultsRoot != null && $Object.hasOwnProperty.call(message, "resultsRoot") && message.resultsRoot.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.resultsRoot);
            if (message.validatorsHash != null && $Object.hasOwnProperty.call(message, "validatorsHash") && message.validatorsHash.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.validatorsHash);
            if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.nextValidatorsHash);
            if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.proposer);
            if (message.evidenceRoot != null && $Object.hasOwnProperty.call(message, "evidenceRoot") && message.evidenceRoot.length)
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.evidenceRoot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Header message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Header
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Header & ackchain.Header.$Shape} Header
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Header.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Header();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeMs = value;
                        else
                            delete message.timeMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.prevBlockHash = value;
                        else
                            delete message.prevBlockHash;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lastCommitHash = value;
                        else
                            delete message.lastCommitHash;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.txRoot = value;
                        else
                            delete message.txRoot;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.stateRoot = value;
                        else
                            delete message.stateRoot;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resultsRoot = value;
                        else
                            delete message.resultsRoot;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.validatorsHash = value;
                        else
                            delete message.validatorsHash;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nextValidatorsHash = value;
                        else
                            delete message.nextValidatorsHash;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposer = value;
                        else
                            delete message.proposer;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.evidenceRoot = value;
                        else
                            delete message.evidenceRoot;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Header;
    })();

    ackchain.Block = (function() {

        /**
         * Properties of a Block.
         * @typedef {Object} ackchain.Block.$Properties
         * @property {Uint8Array|null} [header] Block header
         * @property {Array.<Uint8Array>|null} [txs] Block txs
         * @property {Uint8Array|null} [lastCommit] Block lastCommit
         * @property {Array.<Uint8Array>|null} [evidence] Block evidence
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Block.
         * @memberof ackchain
         * @interface IBlock
         * @augments ackchain.Block.$Properties
         * @deprecated Use ackchain.Block.$Properties instead.
         */

        /**
         * Shape of a Block.
         * @typedef {ackchain.Block.$Properties} ackchain.Block.$Shape
         */

        /**
         * Constructs a new Block.
         * @memberof ackchain
         * @classdesc Represents a Block.
         * @constructor
         * @param {ackchain.Block.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Block = function (properties) {
            this.txs = [];
            this.evidence = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Block header.
         * @member {Uint8Array} header
         * @memberof ackchain.Block
         * @instance
         */
        Block.prototype.header = $util.newBuffer([]);

        /**
         * Block txs.
         * @member {Array.<Uint8Array>} txs
         * @memberof ackchain.Block
         * @instance
         */
        Block.prototype.txs = $util.emptyArray;

        /**
         * Block lastCommit.
         * @member {Uint8Array} lastCommit
         * @memberof ackchain.Block
         * @instance
         */
        Block.prototype.lastCommit = $util.newBuffer([]);

        /**
         * Block evidence.
         * @member {Array.<Uint8Array>} evidence
         * @memberof ackchain.Block
         * @instance
         */
        Block.prototype.evidence = $util.emptyArray;

        /**
         * Creates a new Block instance using the specified properties.
         * @function create
         * @memberof ackchain.Block
         * @static
         * @param {ackchain.Block.$Properties=} [properties] Properties to set
         * @returns {ackchain.Block} Block instance
         * @type {{
         *   (properties: ackchain.Block.$Shape): ackchain.Block & ackchain.Block.$Shape;
         *   (properties?: ackchain.Block.$Properties): ackchain.Block;
         * }}
         */
        Block.create = function(properties) {
            return new Block(properties);
        };

        /**
         * Encodes the specified Block message. Does not implicitly {@link ackchain.Block.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Block
         * @static
         * @param {ackchain.Block.$Properties} message Block message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Block.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.header);
            if (message.txs != null && message.txs.length)
                for (let i = 0; i < message.txs.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txs[i]);
            if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit") && message.lastCommit.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.lastCommit);
            if (message.evidence != null && message.evidence.length)
                for (let i = 0; i < message.evidence.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.evidence[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Block
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Block & ackchain.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Block.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Block();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.header = value;
                        else
                            delete message.header;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.txs && message.txs.length))
                            message.txs = [];
                        message.txs.push(reader.bytes());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lastCommit = value;
                        else
                            delete message.lastCommit;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.evidence && message.evidence.length))
                            message.evidence = [];
                        message.evidence.push(reader.bytes());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Block;
    })();

    /**
     * VoteType enum.
     * @name ackchain.VoteType
     * @enum {number}
     * @property {number} VOTE_TYPE_UNSPECIFIED=0 VOTE_TYPE_UNSPECIFIED value
     * @property {number} VOTE_TYPE_PREVOTE=1 VOTE_TYPE_PREVOTE value
     * @property {number} VOTE_TYPE_PRECOMMIT=2 VOTE_TYPE_PRECOMMIT value
     */
    ackchain.VoteType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "VOTE_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "VOTE_TYPE_PREVOTE"] = 1;
        values[valuesById[2] = "VOTE_TYPE_PRECOMMIT"] = 2;
        return values;
    })();

    ackchain.Vote = (function() {

        /**
         * Properties of a Vote.
         * @typedef {Object} ackchain.Vote.$Properties
         * @property {string|null} [chainId] Vote chainId
         * @property {ackchain.VoteType|null} [type] Vote type
         * @property {number|null} [height] Vote height
         * @property {number|null} [round] Vote round
         * @property {Uint8Array|null} [blockHash] Vote blockHash
         * @property {number|null} [timestampMs] Vote timestampMs
         * @property {Uint8Array|null} [validator] Vote validator
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Vote.
         * @memberof ackchain
         * @interface IVote
         * @augments ackchain.Vote.$Properties
         * @deprecated Use ackchain.Vote.$Properties instead.
         */

        /**
         * Shape of a Vote.
         * @typedef {ackchain.Vote.$Properties} ackchain.Vote.$Shape
         */

        /**
         * Constructs a new Vote.
         * @memberof ackchain
         * @classdesc Represents a Vote.
         * @constructor
         * @param {ackchain.Vote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Vote = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Vote chainId.
         * @member {string} chainId
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.chainId = "";

        /**
         * Vote type.
         * @member {ackchain.VoteType} type
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.type = 0;

        /**
         * Vote height.
         * @member {number} height
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Vote round.
         * @member {number} round
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.round = 0;

        /**
         * Vote blockHash.
         * @member {Uint8Array} blockHash
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.blockHash = $util.newBuffer([]);

        /**
         * Vote timestampMs.
         * @member {number} timestampMs
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Vote validator.
         * @member {Uint8Array} validator
         * @memberof ackchain.Vote
         * @instance
         */
        Vote.prototype.validator = $util.newBuffer([]);

        /**
         * Creates a new Vote instance using the specified properties.
         * @function create
         * @memberof ackchain.Vote
         * @static
         * @param {ackchain.Vote.$Properties=} [properties] Properties to set
         * @returns {ackchain.Vote} Vote instance
         * @type {{
         *   (properties: ackchain.Vote.$Shape): ackchain.Vote & ackchain.Vote.$Shape;
         *   (properties?: ackchain.Vote.$Properties): ackchain.Vote;
         * }}
         */
        Vote.create = function(properties) {
            return new Vote(properties);
        };

        /**
         * Encodes the specified Vote message. Does not implicitly {@link ackchain.Vote.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Vote
         * @static
         * @param {ackchain.Vote.$Properties} message Vote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Vote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.round);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.blockHash);
            if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timestampMs);
            if (message.validator != null && $Object.hasOwnProperty.call(message, "validator") && message.validator.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.validator);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Vote message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Vote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Vote & ackchain.Vote.$Shape} Vote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Vote.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Vote();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestampMs = value;
                        else
                            delete message.timestampMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.validator = value;
                        else
                            delete message.validator;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Vote;
    })();

    ackchain.CommitSig = (function() {

        /**
         * Properties of a CommitSig.
         * @typedef {Object} ackchain.CommitSig.$Properties
         * @property {Uint8Array|null} [vote] CommitSig vote
         * @property {Uint8Array|null} [signature] CommitSig signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CommitSig.
         * @memberof ackchain
         * @interface ICommitSig
         * @augments ackchain.CommitSig.$Properties
         * @deprecated Use ackchain.CommitSig.$Properties instead.
         */

        /**
         * Shape of a CommitSig.
         * @typedef {ackchain.CommitSig.$Properties} ackchain.CommitSig.$Shape
         */

        /**
         * Constructs a new CommitSig.
         * @memberof ackchain
         * @classdesc Represents a CommitSig.
         * @constructor
         * @param {ackchain.CommitSig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CommitSig = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CommitSig vote.
         * @member {Uint8Array} vote
         * @memberof ackchain.CommitSig
         * @instance
         */
        CommitSig.prototype.vote = $util.newBuffer([]);

        /**
         * CommitSig signature.
         * @member {Uint8Array} signature
         * @memberof ackchain.CommitSig
         * @instance
         */
        CommitSig.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new CommitSig instance using the specified properties.
         * @function create
         * @memberof ackchain.CommitSig
         * @static
         * @param {ackchain.CommitSig.$Properties=} [properties] Properties to set
         * @returns {ackchain.CommitSig} CommitSig instance
         * @type {{
         *   (properties: ackchain.CommitSig.$Shape): ackchain.CommitSig & ackchain.CommitSig.$Shape;
         *   (properties?: ackchain.CommitSig.$Properties): ackchain.CommitSig;
         * }}
         */
        CommitSig.create = function(properties) {
            return new CommitSig(properties);
        };

        /**
         * Encodes the specified CommitSig message. Does not implicitly {@link ackchain.CommitSig.verify|verify} messages.
         * @function encode
         * @memberof ackchain.CommitSig
         * @static
         * @param {ackchain.CommitSig.$Properties} message CommitSig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommitSig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && message.vote.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.vote);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CommitSig message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.CommitSig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.CommitSig & ackchain.CommitSig.$Shape} CommitSig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommitSig.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.CommitSig();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.vote = value;
                        else
                            delete message.vote;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return CommitSig;
    })();

    ackchain.DuplicateVoteEvidence = (function() {

        /**
         * Properties of a DuplicateVoteEvidence.
         * @typedef {Object} ackchain.DuplicateVoteEvidence.$Properties
         * @property {ackchain.CommitSig.$Properties|null} [voteA] DuplicateVoteEvidence voteA
         * @property {ackchain.CommitSig.$Properties|null} [voteB] DuplicateVoteEvidence voteB
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DuplicateVoteEvidence.
         * @memberof ackchain
         * @interface IDuplicateVoteEvidence
         * @augments ackchain.DuplicateVoteEvidence.$Properties
         * @deprecated Use ackchain.DuplicateVoteEvidence.$Properties instead.
         */

        /**
         * Shape of a DuplicateVoteEvidence.
         * @typedef {ackchain.DuplicateVoteEvidence.$Properties} ackchain.DuplicateVoteEvidence.$Shape
         */

        /**
         * Constructs a new DuplicateVoteEvidence.
         * @memberof ackchain
         * @classdesc Represents a DuplicateVoteEvidence.
         * @constructor
         * @param {ackchain.DuplicateVoteEvidence.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DuplicateVoteEvidence = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DuplicateVoteEvidence voteA.
         * @member {ackchain.CommitSig.$Properties|null|undefined} voteA
         * @memberof ackchain.DuplicateVoteEvidence
         * @instance
         */
        DuplicateVoteEvidence.prototype.voteA = null;

        /**
         * DuplicateVoteEvidence voteB.
         * @member {ackchain.CommitSig.$Properties|null|undefined} voteB
         * @memberof ackchain.DuplicateVoteEvidence
         * @instance
         */
        DuplicateVoteEvidence.prototype.voteB = null;

        /**
         * Creates a new DuplicateVoteEvidence instance using the specified properties.
         * @function create
         * @memberof ackchain.DuplicateVoteEvidence
         * @static
         * @param {ackchain.DuplicateVoteEvidence.$Properties=} [properties] Properties to set
         * @returns {ackchain.DuplicateVoteEvidence} DuplicateVoteEvidence instance
         * @type {{
         *   (properties: ackchain.DuplicateVoteEvidence.$Shape): ackchain.DuplicateVoteEvidence & ackchain.DuplicateVoteEvidence.$Shape;
         *   (properties?: ackchain.DuplicateVoteEvidence.$Properties): ackchain.DuplicateVoteEvidence;
         * }}
         */
        DuplicateVoteEvidence.create = function(properties) {
            return new DuplicateVoteEvidence(properties);
        };

        /**
         * Encodes the specified DuplicateVoteEvidence message. Does not implicitly {@link ackchain.DuplicateVoteEvidence.verify|verify} messages.
         * @function encode
         * @memberof ackchain.DuplicateVoteEvidence
         * @static
         * @param {ackchain.DuplicateVoteEvidence.$Properties} message DuplicateVoteEvidence message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DuplicateVoteEvidence.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.voteA != null && $Object.hasOwnProperty.call(message, "voteA"))
                $root.ackchain.CommitSig.encode(message.voteA, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.voteB != null && $Object.hasOwnProperty.call(message, "voteB"))
                $root.ackchain.CommitSig.encode(message.voteB, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DuplicateVoteEvidence message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.DuplicateVoteEvidence
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.DuplicateVoteEvidence & ackchain.DuplicateVoteEvidence.$Shape} DuplicateVoteEvidence
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DuplicateVoteEvidence.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.DuplicateVoteEvidence();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.voteA = $root.ackchain.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1, message.voteA);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.voteB = $root.ackchain.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1, message.voteB);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return DuplicateVoteEvidence;
    })();

    ackchain.Commit = (function() {

        /**
         * Properties of a Commit.
         * @typedef {Object} ackchain.Commit.$Properties
         * @property {number|null} [height] Commit height
         * @property {number|null} [round] Commit round
         * @property {Uint8Array|null} [blockHash] Commit blockHash
         * @property {Array.<ackchain.CommitSig.$Properties>|null} [signatures] Commit signatures
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Commit.
         * @memberof ackchain
         * @interface ICommit
         * @augments ackchain.Commit.$Properties
         * @deprecated Use ackchain.Commit.$Properties instead.
         */

        /**
         * Shape of a Commit.
         * @typedef {ackchain.Commit.$Properties} ackchain.Commit.$Shape
         */

        /**
         * Constructs a new Commit.
         * @memberof ackchain
         * @classdesc Represents a Commit.
         * @constructor
         * @param {ackchain.Commit.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Commit = function (properties) {
            this.signatures = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Commit height.
         * @member {number} height
         * @memberof ackchain.Commit
         * @instance
         */
        Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Commit round.
         * @member {number} round
         * @memberof ackchain.Commit
         * @instance
         */
        Commit.prototype.round = 0;

        /**
         * Commit blockHash.
         * @member {Uint8Array} blockHash
         * @memberof ackchain.Commit
         * @instance
         */
        Commit.prototype.blockHash = $util.newBuffer([]);

        /**
         * Commit signatures.
         * @member {Array.<ackchain.CommitSig.$Properties>} signatures
         * @memberof ackchain.Commit
         * @instance
         */
        Commit.prototype.signatures = $util.emptyArray;

        /**
         * Creates a new Commit instance using the specified properties.
         * @function create
         * @memberof ackchain.Commit
         * @static
         * @param {ackchain.Commit.$Properties=} [properties] Properties to set
         * @returns {ackchain.Commit} Commit instance
         * @type {{
         *   (properties: ackchain.Commit.$Shape): ackchain.Commit & ackchain.Commit.$Shape;
         *   (properties?: ackchain.Commit.$Properties): ackchain.Commit;
         * }}
         */
        Commit.create = function(properties) {
            return new Commit(properties);
        };

        /**
         * Encodes the specified Commit message. Does not implicitly {@link ackchain.Commit.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Commit
         * @static
         * @param {ackchain.Commit.$Properties} message Commit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Commit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blockHash);
            if (message.signatures != null && message.signatures.length)
                for (let i = 0; i < message.signatures.length; ++i)
                    $root.ackchain.CommitSig.encode(message.signatures[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Commit message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Commit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Commit & ackchain.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Commit.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Commit();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.signatures && message.signatures.length))
                            message.signatures = [];
                        message.signatures.push($root.ackchain.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Commit;
    })();

    ackchain.Attribute = (function() {

        /**
         * Properties of an Attribute.
         * @typedef {Object} ackchain.Attribute.$Properties
         * @property {string|null} [key] Attribute key
         * @property {string|null} [value] Attribute value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Attribute.
         * @memberof ackchain
         * @interface IAttribute
         * @augments ackchain.Attribute.$Properties
         * @deprecated Use ackchain.Attribute.$Properties instead.
         */

        /**
         * Shape of an Attribute.
         * @typedef {ackchain.Attribute.$Properties} ackchain.Attribute.$Shape
         */

        /**
         * Constructs a new Attribute.
         * @memberof ackchain
         * @classdesc Represents an Attribute.
         * @constructor
         * @param {ackchain.Attribute.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Attribute = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Attribute key.
         * @member {string} key
         * @memberof ackchain.Attribute
         * @instance
         */
        Attribute.prototype.key = "";

        /**
         * Attribute value.
         * @member {string} value
         * @memberof ackchain.Attribute
         * @instance
         */
        Attribute.prototype.value = "";

        /**
         * Creates a new Attribute instance using the specified properties.
         * @function create
         * @memberof ackchain.Attribute
         * @static
         * @param {ackchain.Attribute.$Properties=} [properties] Properties to set
         * @returns {ackchain.Attribute} Attribute instance
         * @type {{
         *   (properties: ackchain.Attribute.$Shape): ackchain.Attribute & ackchain.Attribute.$Shape;
         *   (properties?: ackchain.Attribute.$Properties): ackchain.Attribute;
         * }}
         */
        Attribute.create = function(properties) {
            return new Attribute(properties);
        };

        /**
         * Encodes the specified Attribute message. Does not implicitly {@link ackchain.Attribute.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Attribute
         * @static
         * @param {ackchain.Attribute.$Properties} message Attribute message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Attribute.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Attribute message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Attribute
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Attribute & ackchain.Attribute.$Shape} Attribute
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Attribute.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Attribute();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Attribute;
    })();

    ackchain.Event = (function() {

        /**
         * Properties of an Event.
         * @typedef {Object} ackchain.Event.$Properties
         * @property {string|null} [type] Event type
         * @property {Array.<ackchain.Attribute.$Properties>|null} [attributes] Event attributes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Event.
         * @memberof ackchain
         * @interface IEvent
         * @augments ackchain.Event.$Properties
         * @deprecated Use ackchain.Event.$Properties instead.
         */

        /**
         * Shape of an Event.
         * @typedef {ackchain.Event.$Properties} ackchain.Event.$Shape
         */

        /**
         * Constructs a new Event.
         * @memberof ackchain
         * @classdesc Represents an Event.
         * @constructor
         * @param {ackchain.Event.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Event = function (properties) {
            this.attributes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Event type.
         * @member {string} type
         * @memberof ackchain.Event
         * @instance
         */
        Event.prototype.type = "";

        /**
         * Event attributes.
         * @member {Array.<ackchain.Attribute.$Properties>} attributes
         * @memberof ackchain.Event
         * @instance
         */
        Event.prototype.attributes = $util.emptyArray;

        /**
         * Creates a new Event instance using the specified properties.
         * @function create
         * @memberof ackchain.Event
         * @static
         * @param {ackchain.Event.$Properties=} [properties] Properties to set
         * @returns {ackchain.Event} Event instance
         * @type {{
         *   (properties: ackchain.Event.$Shape): ackchain.Event & ackchain.Event.$Shape;
         *   (properties?: ackchain.Event.$Properties): ackchain.Event;
         * }}
         */
        Event.create = function(properties) {
            return new Event(properties);
        };

        /**
         * Encodes the specified Event message. Does not implicitly {@link ackchain.Event.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Event
         * @static
         * @param {ackchain.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
            if (message.attributes != null && message.attributes.length)
                for (let i = 0; i < message.attributes.length; ++i)
                    $root.ackchain.Attribute.encode(message.attributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Event & ackchain.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Event();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attributes && message.attributes.length))
                            message.attributes = [];
                        message.attributes.push($root.ackchain.Attribute.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Event;
    })();

    ackchain.Receipt = (function() {

        /**
         * Properties of a Receipt.
         * @typedef {Object} ackchain.Receipt.$Properties
         * @property {number|null} [code] Receipt code
         * @property {string|null} [log] Receipt log
         * @property {Array.<ackchain.Event.$Properties>|null} [events] Receipt events
         * @property {number|null} [gasUsed] Receipt gasUsed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Receipt.
         * @memberof ackchain
         * @interface IReceipt
         * @augments ackchain.Receipt.$Properties
         * @deprecated Use ackchain.Receipt.$Properties instead.
         */

        /**
         * Shape of a Receipt.
         * @typedef {ackchain.Receipt.$Properties} ackchain.Receipt.$Shape
         */

        /**
         * Constructs a new Receipt.
         * @memberof ackchain
         * @classdesc Represents a Receipt.
         * @constructor
         * @param {ackchain.Receipt.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Receipt = function (properties) {
            this.events = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Receipt code.
         * @member {number} code
         * @memberof ackchain.Receipt
         * @instance
         */
        Receipt.prototype.code = 0;

        /**
         * Receipt log.
         * @member {string} log
         * @memberof ackchain.Receipt
         * @instance
         */
        Receipt.prototype.log = "";

        /**
         * Receipt events.
         * @member {Array.<ackchain.Event.$Properties>} events
         * @memberof ackchain.Receipt
         * @instance
         */
        Receipt.prototype.events = $util.emptyArray;

        /**
         * Receipt gasUsed.
         * @member {number} gasUsed
         * @memberof ackchain.Receipt
         * @instance
         */
        Receipt.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Receipt instance using the specified properties.
         * @function create
         * @memberof ackchain.Receipt
         * @static
         * @param {ackchain.Receipt.$Properties=} [properties] Properties to set
         * @returns {ackchain.Receipt} Receipt instance
         * @type {{
         *   (properties: ackchain.Receipt.$Shape): ackchain.Receipt & ackchain.Receipt.$Shape;
         *   (properties?: ackchain.Receipt.$Properties): ackchain.Receipt;
         * }}
         */
        Receipt.create = function(properties) {
            return new Receipt(properties);
        };

        /**
         * Encodes the specified Receipt message. Does not implicitly {@link ackchain.Receipt.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Receipt
         * @static
         * @param {ackchain.Receipt.$Properties} message Receipt message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Receipt.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
            if (message.log != null && $Object.hasOwnProperty.call(message, "log") && message.log !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.log);
            if (message.events != null && message.events.length)
                for (let i = 0; i < message.events.length; ++i)
                    $root.ackchain.Event.encode(message.events[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.gasUsed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Receipt message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Receipt
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Receipt & ackchain.Receipt.$Shape} Receipt
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Receipt.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Receipt();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.log = value;
                        else
                            delete message.log;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.events && message.events.length))
                            message.events = [];
                        message.events.push($root.ackchain.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.gasUsed = value;
                        else
                            delete message.gasUsed;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Receipt;
    })();

    ackchain.TxLocation = (function() {

        /**
         * Properties of a TxLocation.
         * @typedef {Object} ackchain.TxLocation.$Properties
         * @property {number|null} [height] TxLocation height
         * @property {number|null} [index] TxLocation index
         * @property {Uint8Array|null} [receipt] TxLocation receipt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TxLocation.
         * @memberof ackchain
         * @interface ITxLocation
         * @augments ackchain.TxLocation.$Properties
         * @deprecated Use ackchain.TxLocation.$Properties instead.
         */

        /**
         * Shape of a TxLocation.
         * @typedef {ackchain.TxLocation.$Properties} ackchain.TxLocation.$Shape
         */

        /**
         * Constructs a new TxLocation.
         * @memberof ackchain
         * @classdesc Represents a TxLocation.
         * @constructor
         * @param {ackchain.TxLocation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TxLocation = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TxLocation height.
         * @member {number} height
         * @memberof ackchain.TxLocation
         * @instance
         */
        TxLocation.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TxLocation index.
         * @member {number} index
         * @memberof ackchain.TxLocation
         * @instance
         */
        TxLocation.prototype.index = 0;

        /**
         * TxLocation receipt.
         * @member {Uint8Array} receipt
         * @memberof ackchain.TxLocation
         * @instance
         */
        TxLocation.prototype.receipt = $util.newBuffer([]);

        /**
         * Creates a new TxLocation instance using the specified properties.
         * @function create
         * @memberof ackchain.TxLocation
         * @static
         * @param {ackchain.TxLocation.$Properties=} [properties] Properties to set
         * @returns {ackchain.TxLocation} TxLocation instance
         * @type {{
         *   (properties: ackchain.TxLocation.$Shape): ackchain.TxLocation & ackchain.TxLocation.$Shape;
         *   (properties?: ackchain.TxLocation.$Properties): ackchain.TxLocation;
         * }}
         */
        TxLocation.create = function(properties) {
            return new TxLocation(properties);
        };

        /**
         * Encodes the specified TxLocation message. Does not implicitly {@link ackchain.TxLocation.verify|verify} messages.
         * @function encode
         * @memberof ackchain.TxLocation
         * @static
         * @param {ackchain.TxLocation.$Properties} message TxLocation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TxLocation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt") && message.receipt.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.receipt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TxLocation message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.TxLocation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.TxLocation & ackchain.TxLocation.$Shape} TxLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TxLocation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.TxLocation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.receipt = value;
                        else
                            delete message.receipt;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TxLocation;
    })();

    ackchain.Proposal = (function() {

        /**
         * Properties of a Proposal.
         * @typedef {Object} ackchain.Proposal.$Properties
         * @property {string|null} [chainId] Proposal chainId
         * @property {number|null} [height] Proposal height
         * @property {number|null} [round] Proposal round
         * @property {number|null} [validRound] Proposal validRound
         * @property {Uint8Array|null} [blockHash] Proposal blockHash
         * @property {number|null} [timestampMs] Proposal timestampMs
         * @property {Uint8Array|null} [proposer] Proposal proposer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Proposal.
         * @memberof ackchain
         * @interface IProposal
         * @augments ackchain.Proposal.$Properties
         * @deprecated Use ackchain.Proposal.$Properties instead.
         */

        /**
         * Shape of a Proposal.
         * @typedef {ackchain.Proposal.$Properties} ackchain.Proposal.$Shape
         */

        /**
         * Constructs a new Proposal.
         * @memberof ackchain
         * @classdesc Represents a Proposal.
         * @constructor
         * @param {ackchain.Proposal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Proposal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Proposal chainId.
         * @member {string} chainId
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.chainId = "";

        /**
         * Proposal height.
         * @member {number} height
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Proposal round.
         * @member {number} round
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.round = 0;

        /**
         * Proposal validRound.
         * @member {number} validRound
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.validRound = 0;

        /**
         * Proposal blockHash.
         * @member {Uint8Array} blockHash
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.blockHash = $util.newBuffer([]);

        /**
         * Proposal timestampMs.
         * @member {number} timestampMs
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Proposal proposer.
         * @member {Uint8Array} proposer
         * @memberof ackchain.Proposal
         * @instance
         */
        Proposal.prototype.proposer = $util.newBuffer([]);

        /**
         * Creates a new Proposal instance using the specified properties.
         * @function create
         * @memberof ackchain.Proposal
         * @static
         * @param {ackchain.Proposal.$Properties=} [properties] Properties to set
         * @returns {ackchain.Proposal} Proposal instance
         * @type {{
         *   (properties: ackchain.Proposal.$Shape): ackchain.Proposal & ackchain.Proposal.$Shape;
         *   (properties?: ackchain.Proposal.$Properties): ackchain.Proposal;
         * }}
         */
        Proposal.create = function(properties) {
            return new Proposal(properties);
        };

        /**
         * Encodes the specified Proposal message. Does not implicitly {@link ackchain.Proposal.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Proposal
         * @static
         * @param {ackchain.Proposal.$Properties} message Proposal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Proposal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.round);
            if (message.validRound != null && $Object.hasOwnProperty.call(message, "validRound") && message.validRound !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.validRound);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.blockHash);
            if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.timestampMs);
            if (message.proposer != null && $Object.hasOwnProperty.call(message, "proposer") && message.proposer.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.proposer);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Proposal message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Proposal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Proposal & ackchain.Proposal.$Shape} Proposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Proposal.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Proposal();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.validRound = value;
                        else
                            delete message.validRound;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestampMs = value;
                        else
                            delete message.timestampMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposer = value;
                        else
                            delete message.proposer;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Proposal;
    })();

    ackchain.SignedProposal = (function() {

        /**
         * Properties of a SignedProposal.
         * @typedef {Object} ackchain.SignedProposal.$Properties
         * @property {Uint8Array|null} [proposal] SignedProposal proposal
         * @property {Uint8Array|null} [signature] SignedProposal signature
         * @property {Uint8Array|null} [block] SignedProposal block
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedProposal.
         * @memberof ackchain
         * @interface ISignedProposal
         * @augments ackchain.SignedProposal.$Properties
         * @deprecated Use ackchain.SignedProposal.$Properties instead.
         */

        /**
         * Shape of a SignedProposal.
         * @typedef {ackchain.SignedProposal.$Properties} ackchain.SignedProposal.$Shape
         */

        /**
         * Constructs a new SignedProposal.
         * @memberof ackchain
         * @classdesc Represents a SignedProposal.
         * @constructor
         * @param {ackchain.SignedProposal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedProposal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignedProposal proposal.
         * @member {Uint8Array} proposal
         * @memberof ackchain.SignedProposal
         * @instance
         */
        SignedProposal.prototype.proposal = $util.newBuffer([]);

        /**
         * SignedProposal signature.
         * @member {Uint8Array} signature
         * @memberof ackchain.SignedProposal
         * @instance
         */
        SignedProposal.prototype.signature = $util.newBuffer([]);

        /**
         * SignedProposal block.
         * @member {Uint8Array} block
         * @memberof ackchain.SignedProposal
         * @instance
         */
        SignedProposal.prototype.block = $util.newBuffer([]);

        /**
         * Creates a new SignedProposal instance using the specified properties.
         * @function create
         * @memberof ackchain.SignedProposal
         * @static
         * @param {ackchain.SignedProposal.$Properties=} [properties] Properties to set
         * @returns {ackchain.SignedProposal} SignedProposal instance
         * @type {{
         *   (properties: ackchain.SignedProposal.$Shape): ackchain.SignedProposal & ackchain.SignedProposal.$Shape;
         *   (properties?: ackchain.SignedProposal.$Properties): ackchain.SignedProposal;
         * }}
         */
        SignedProposal.create = function(properties) {
            return new SignedProposal(properties);
        };

        /**
         * Encodes the specified SignedProposal message. Does not implicitly {@link ackchain.SignedProposal.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SignedProposal
         * @static
         * @param {ackchain.SignedProposal.$Properties} message SignedProposal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedProposal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal") && message.proposal.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proposal);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
            if (message.block != null && $Object.hasOwnProperty.call(message, "block") && message.block.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.block);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignedProposal message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SignedProposal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SignedProposal & ackchain.SignedProposal.$Shape} SignedProposal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedProposal.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SignedProposal();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposal = value;
                        else
                            delete message.proposal;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.block = value;
                        else
                            delete message.block;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SignedProposal;
    })();

    ackchain.ConsensusMessage = (function() {

        /**
         * Properties of a ConsensusMessage.
         * @typedef {Object} ackchain.ConsensusMessage.$Properties
         * @property {ackchain.CommitSig.$Properties|null} [vote] ConsensusMessage vote
         * @property {ackchain.SignedProposal.$Properties|null} [proposal] ConsensusMessage proposal
         * @property {"vote"|"proposal"} [message] ConsensusMessage message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConsensusMessage.
         * @memberof ackchain
         * @interface IConsensusMessage
         * @augments ackchain.ConsensusMessage.$Properties
         * @deprecated Use ackchain.ConsensusMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ConsensusMessage.
         * @typedef {{
         *   vote?: ackchain.CommitSig.$Shape|null;
         *   proposal?: ackchain.SignedProposal.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ message?: undefined; vote?: null; proposal?: null }|{ message?: "vote"; vote: ackchain.CommitSig.$Shape; proposal?: null }|{ message?: "proposal"; vote?: null; proposal: ackchain.SignedProposal.$Shape })
         * )} ackchain.ConsensusMessage.$Shape
         */

        /**
         * Constructs a new ConsensusMessage.
         * @memberof ackchain
         * @classdesc Represents a ConsensusMessage.
         * @constructor
         * @param {ackchain.ConsensusMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConsensusMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConsensusMessage vote.
         * @member {ackchain.CommitSig.$Properties|null|undefined} vote
         * @memberof ackchain.ConsensusMessage
         * @instance
         */
        ConsensusMessage.prototype.vote = null;

        /**
         * ConsensusMessage proposal.
         * @member {ackchain.SignedProposal.$Properties|null|undefined} proposal
         * @memberof ackchain.ConsensusMessage
         * @instance
         */
        ConsensusMessage.prototype.proposal = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ConsensusMessage message.
         * @member {"vote"|"proposal"|undefined} message
         * @memberof ackchain.ConsensusMessage
         * @instance
         */
        $Object.defineProperty(ConsensusMessage.prototype, "message", {
            get: $util.oneOfGetter($oneOfFields = ["vote", "proposal"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ConsensusMessage instance using the specified properties.
         * @function create
         * @memberof ackchain.ConsensusMessage
         * @static
         * @param {ackchain.ConsensusMessage.$Properties=} [properties] Properties to set
         * @returns {ackchain.ConsensusMessage} ConsensusMessage instance
         * @type {{
         *   (properties: ackchain.ConsensusMessage.$Shape): ackchain.ConsensusMessage & ackchain.ConsensusMessage.$Shape;
         *   (properties?: ackchain.ConsensusMessage.$Properties): ackchain.ConsensusMessage;
         * }}
         */
        ConsensusMessage.create = function(properties) {
            return new ConsensusMessage(properties);
        };

        /**
         * Encodes the specified ConsensusMessage message. Does not implicitly {@link ackchain.ConsensusMessage.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ConsensusMessage
         * @static
         * @param {ackchain.ConsensusMessage.$Properties} message ConsensusMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConsensusMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                $root.ackchain.CommitSig.encode(message.vote, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.proposal != null && $Object.hasOwnProperty.call(message, "proposal"))
                $root.ackchain.SignedProposal.encode(message.proposal, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConsensusMessage message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ConsensusMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ConsensusMessage & ackchain.ConsensusMessage.$Shape} ConsensusMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConsensusMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ConsensusMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.vote = $root.ackchain.CommitSig.decode(reader, reader.size(), $undefined, _depth + 1, message.vote);
                        message.message = "vote";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.proposal = $root.ackchain.SignedProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.proposal);
                        message.message = "proposal";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConsensusMessage;
    })();

    ackchain.SyncRequest = (function() {

        /**
         * Properties of a SyncRequest.
         * @typedef {Object} ackchain.SyncRequest.$Properties
         * @property {number|null} [fromHeight] SyncRequest fromHeight
         * @property {number|null} [count] SyncRequest count
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncRequest.
         * @memberof ackchain
         * @interface ISyncRequest
         * @augments ackchain.SyncRequest.$Properties
         * @deprecated Use ackchain.SyncRequest.$Properties instead.
         */

        /**
         * Shape of a SyncRequest.
         * @typedef {ackchain.SyncRequest.$Properties} ackchain.SyncRequest.$Shape
         */

        /**
         * Constructs a new SyncRequest.
         * @memberof ackchain
         * @classdesc Represents a SyncRequest.
         * @constructor
         * @param {ackchain.SyncRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncRequest fromHeight.
         * @member {number} fromHeight
         * @memberof ackchain.SyncRequest
         * @instance
         */
        SyncRequest.prototype.fromHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SyncRequest count.
         * @member {number} count
         * @memberof ackchain.SyncRequest
         * @instance
         */
        SyncRequest.prototype.count = 0;

        /**
         * Creates a new SyncRequest instance using the specified properties.
         * @function create
         * @memberof ackchain.SyncRequest
         * @static
         * @param {ackchain.SyncRequest.$Properties=} [properties] Properties to set
         * @returns {ackchain.SyncRequest} SyncRequest instance
         * @type {{
         *   (properties: ackchain.SyncRequest.$Shape): ackchain.SyncRequest & ackchain.SyncRequest.$Shape;
         *   (properties?: ackchain.SyncRequest.$Properties): ackchain.SyncRequest;
         * }}
         */
        SyncRequest.create = function(properties) {
            return new SyncRequest(properties);
        };

        /**
         * Encodes the specified SyncRequest message. Does not implicitly {@link ackchain.SyncRequest.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SyncRequest
         * @static
         * @param {ackchain.SyncRequest.$Properties} message SyncRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight") && (typeof message.fromHeight === "object" ? message.fromHeight.low || message.fromHeight.high : message.fromHeight !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.fromHeight);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncRequest message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SyncRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SyncRequest & ackchain.SyncRequest.$Shape} SyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SyncRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fromHeight = value;
                        else
                            delete message.fromHeight;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SyncRequest;
    })();

    ackchain.SyncedBlock = (function() {

        /**
         * Properties of a SyncedBlock.
         * @typedef {Object} ackchain.SyncedBlock.$Properties
         * @property {Uint8Array|null} [block] SyncedBlock block
         * @property {Uint8Array|null} [commit] SyncedBlock commit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncedBlock.
         * @memberof ackchain
         * @interface ISyncedBlock
         * @augments ackchain.SyncedBlock.$Properties
         * @deprecated Use ackchain.SyncedBlock.$Properties instead.
         */

        /**
         * Shape of a SyncedBlock.
         * @typedef {ackchain.SyncedBlock.$Properties} ackchain.SyncedBlock.$Shape
         */

        /**
         * Constructs a new SyncedBlock.
         * @memberof ackchain
         * @classdesc Represents a SyncedBlock.
         * @constructor
         * @param {ackchain.SyncedBlock.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncedBlock = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncedBlock block.
         * @member {Uint8Array} block
         * @memberof ackchain.SyncedBlock
         * @instance
         */
        SyncedBlock.prototype.block = $util.newBuffer([]);

        /**
         * SyncedBlock commit.
         * @member {Uint8Array} commit
         * @memberof ackchain.SyncedBlock
         * @instance
         */
        SyncedBlock.prototype.commit = $util.newBuffer([]);

        /**
         * Creates a new SyncedBlock instance using the specified properties.
         * @function create
         * @memberof ackchain.SyncedBlock
         * @static
         * @param {ackchain.SyncedBlock.$Properties=} [properties] Properties to set
         * @returns {ackchain.SyncedBlock} SyncedBlock instance
         * @type {{
         *   (properties: ackchain.SyncedBlock.$Shape): ackchain.SyncedBlock & ackchain.SyncedBlock.$Shape;
         *   (properties?: ackchain.SyncedBlock.$Properties): ackchain.SyncedBlock;
         * }}
         */
        SyncedBlock.create = function(properties) {
            return new SyncedBlock(properties);
        };

        /**
         * Encodes the specified SyncedBlock message. Does not implicitly {@link ackchain.SyncedBlock.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SyncedBlock
         * @static
         * @param {ackchain.SyncedBlock.$Properties} message SyncedBlock message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncedBlock.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.block != null && $Object.hasOwnProperty.call(message, "block") && message.block.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.block);
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && message.commit.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.commit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncedBlock message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SyncedBlock
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SyncedBlock & ackchain.SyncedBlock.$Shape} SyncedBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncedBlock.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SyncedBlock();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.block = value;
                        else
                            delete message.block;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.commit = value;
                        else
                            delete message.commit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SyncedBlock;
    })();

    ackchain.SyncResponse = (function() {

        /**
         * Properties of a SyncResponse.
         * @typedef {Object} ackchain.SyncResponse.$Properties
         * @property {Array.<ackchain.SyncedBlock.$Properties>|null} [blocks] SyncResponse blocks
         * @property {string|null} [error] SyncResponse error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SyncResponse.
         * @memberof ackchain
         * @interface ISyncResponse
         * @augments ackchain.SyncResponse.$Properties
         * @deprecated Use ackchain.SyncResponse.$Properties instead.
         */

        /**
         * Shape of a SyncResponse.
         * @typedef {ackchain.SyncResponse.$Properties} ackchain.SyncResponse.$Shape
         */

        /**
         * Constructs a new SyncResponse.
         * @memberof ackchain
         * @classdesc Represents a SyncResponse.
         * @constructor
         * @param {ackchain.SyncResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SyncResponse = function (properties) {
            this.blocks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SyncResponse blocks.
         * @member {Array.<ackchain.SyncedBlock.$Properties>} blocks
         * @memberof ackchain.SyncResponse
         * @instance
         */
        SyncResponse.prototype.blocks = $util.emptyArray;

        /**
         * SyncResponse error.
         * @member {string} error
         * @memberof ackchain.SyncResponse
         * @instance
         */
        SyncResponse.prototype.error = "";

        /**
         * Creates a new SyncResponse instance using the specified properties.
         * @function create
         * @memberof ackchain.SyncResponse
         * @static
         * @param {ackchain.SyncResponse.$Properties=} [properties] Properties to set
         * @returns {ackchain.SyncResponse} SyncResponse instance
         * @type {{
         *   (properties: ackchain.SyncResponse.$Shape): ackchain.SyncResponse & ackchain.SyncResponse.$Shape;
         *   (properties?: ackchain.SyncResponse.$Properties): ackchain.SyncResponse;
         * }}
         */
        SyncResponse.create = function(properties) {
            return new SyncResponse(properties);
        };

        /**
         * Encodes the specified SyncResponse message. Does not implicitly {@link ackchain.SyncResponse.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SyncResponse
         * @static
         * @param {ackchain.SyncResponse.$Properties} message SyncResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SyncResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blocks != null && message.blocks.length)
                for (let i = 0; i < message.blocks.length; ++i)
                    $root.ackchain.SyncedBlock.encode(message.blocks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SyncResponse message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SyncResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SyncResponse & ackchain.SyncResponse.$Shape} SyncResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SyncResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SyncResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.blocks && message.blocks.length))
                            message.blocks = [];
                        message.blocks.push($root.ackchain.SyncedBlock.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SyncResponse;
    })();

    ackchain.StatusResponse = (function() {

        /**
         * Properties of a StatusResponse.
         * @typedef {Object} ackchain.StatusResponse.$Properties
         * @property {number|null} [height] StatusResponse height
         * @property {Uint8Array|null} [blockHash] StatusResponse blockHash
         * @property {Uint8Array|null} [genesisHash] StatusResponse genesisHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusResponse.
         * @memberof ackchain
         * @interface IStatusResponse
         * @augments ackchain.StatusResponse.$Properties
         * @deprecated Use ackchain.StatusResponse.$Properties instead.
         */

        /**
         * Shape of a StatusResponse.
         * @typedef {ackchain.StatusResponse.$Properties} ackchain.StatusResponse.$Shape
         */

        /**
         * Constructs a new StatusResponse.
         * @memberof ackchain
         * @classdesc Represents a StatusResponse.
         * @constructor
         * @param {ackchain.StatusResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatusResponse height.
         * @member {number} height
         * @memberof ackchain.StatusResponse
         * @instance
         */
        StatusResponse.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse blockHash.
         * @member {Uint8Array} blockHash
         * @memberof ackchain.StatusResponse
         * @instance
         */
        StatusResponse.prototype.blockHash = $util.newBuffer([]);

        /**
         * StatusResponse genesisHash.
         * @member {Uint8Array} genesisHash
         * @memberof ackchain.StatusResponse
         * @instance
         */
        StatusResponse.prototype.genesisHash = $util.newBuffer([]);

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @function create
         * @memberof ackchain.StatusResponse
         * @static
         * @param {ackchain.StatusResponse.$Properties=} [properties] Properties to set
         * @returns {ackchain.StatusResponse} StatusResponse instance
         * @type {{
         *   (properties: ackchain.StatusResponse.$Shape): ackchain.StatusResponse & ackchain.StatusResponse.$Shape;
         *   (properties?: ackchain.StatusResponse.$Properties): ackchain.StatusResponse;
         * }}
         */
        StatusResponse.create = function(properties) {
            return new StatusResponse(properties);
        };

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link ackchain.StatusResponse.verify|verify} messages.
         * @function encode
         * @memberof ackchain.StatusResponse
         * @static
         * @param {ackchain.StatusResponse.$Properties} message StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.blockHash);
            if (message.genesisHash != null && $Object.hasOwnProperty.call(message, "genesisHash") && message.genesisHash.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.genesisHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.StatusResponse & ackchain.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.StatusResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.genesisHash = value;
                        else
                            delete message.genesisHash;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return StatusResponse;
    })();

    ackchain.Member = (function() {

        /**
         * Properties of a Member.
         * @typedef {Object} ackchain.Member.$Properties
         * @property {Uint8Array|null} [account] Member account
         * @property {string|null} [handle] Member handle
         * @property {ackchain.Role|null} [role] Member role
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Member.
         * @memberof ackchain
         * @interface IMember
         * @augments ackchain.Member.$Properties
         * @deprecated Use ackchain.Member.$Properties instead.
         */

        /**
         * Shape of a Member.
         * @typedef {ackchain.Member.$Properties} ackchain.Member.$Shape
         */

        /**
         * Constructs a new Member.
         * @memberof ackchain
         * @classdesc Represents a Member.
         * @constructor
         * @param {ackchain.Member.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Member = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Member account.
         * @member {Uint8Array} account
         * @memberof ackchain.Member
         * @instance
         */
        Member.prototype.account = $util.newBuffer([]);

        /**
         * Member handle.
         * @member {string} handle
         * @memberof ackchain.Member
         * @instance
         */
        Member.prototype.handle = "";

        /**
         * Member role.
         * @member {ackchain.Role} role
         * @memberof ackchain.Member
         * @instance
         */
        Member.prototype.role = 0;

        /**
         * Creates a new Member instance using the specified properties.
         * @function create
         * @memberof ackchain.Member
         * @static
         * @param {ackchain.Member.$Properties=} [properties] Properties to set
         * @returns {ackchain.Member} Member instance
         * @type {{
         *   (properties: ackchain.Member.$Shape): ackchain.Member & ackchain.Member.$Shape;
         *   (properties?: ackchain.Member.$Properties): ackchain.Member;
         * }}
         */
        Member.create = function(properties) {
            return new Member(properties);
        };

        /**
         * Encodes the specified Member message. Does not implicitly {@link ackchain.Member.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Member
         * @static
         * @param {ackchain.Member.$Properties} message Member message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.account);
            if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.handle);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Member & ackchain.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Member();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.handle = value;
                        else
                            delete message.handle;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Member;
    })();

    ackchain.Integration = (function() {

        /**
         * Properties of an Integration.
         * @typedef {Object} ackchain.Integration.$Properties
         * @property {Uint8Array|null} [account] Integration account
         * @property {string|null} [name] Integration name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Integration.
         * @memberof ackchain
         * @interface IIntegration
         * @augments ackchain.Integration.$Properties
         * @deprecated Use ackchain.Integration.$Properties instead.
         */

        /**
         * Shape of an Integration.
         * @typedef {ackchain.Integration.$Properties} ackchain.Integration.$Shape
         */

        /**
         * Constructs a new Integration.
         * @memberof ackchain
         * @classdesc Represents an Integration.
         * @constructor
         * @param {ackchain.Integration.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Integration = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Integration account.
         * @member {Uint8Array} account
         * @memberof ackchain.Integration
         * @instance
         */
        Integration.prototype.account = $util.newBuffer([]);

        /**
         * Integration name.
         * @member {string} name
         * @memberof ackchain.Integration
         * @instance
         */
        Integration.prototype.name = "";

        /**
         * Creates a new Integration instance using the specified properties.
         * @function create
         * @memberof ackchain.Integration
         * @static
         * @param {ackchain.Integration.$Properties=} [properties] Properties to set
         * @returns {ackchain.Integration} Integration instance
         * @type {{
         *   (properties: ackchain.Integration.$Shape): ackchain.Integration & ackchain.Integration.$Shape;
         *   (properties?: ackchain.Integration.$Properties): ackchain.Integration;
         * }}
         */
        Integration.create = function(properties) {
            return new Integration(properties);
        };

        /**
         * Encodes the specified Integration message. Does not implicitly {@link ackchain.Integration.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Integration
         * @static
         * @param {ackchain.Integration.$Properties} message Integration message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Integration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.account);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Integration message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Integration
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Integration & ackchain.Integration.$Shape} Integration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Integration.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Integration();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Integration;
    })();

    ackchain.Team = (function() {

        /**
         * Properties of a Team.
         * @typedef {Object} ackchain.Team.$Properties
         * @property {string|null} [id] Team id
         * @property {string|null} [name] Team name
         * @property {Array.<ackchain.Member.$Properties>|null} [members] Team members
         * @property {Array.<ackchain.Integration.$Properties>|null} [integrations] Team integrations
         * @property {number|null} [nextAlertNumber] Team nextAlertNumber
         * @property {number|null} [policyVersion] Team policyVersion
         * @property {Array.<string>|null} [schedules] Team schedules
         * @property {Array.<ackchain.MaintenanceWindow.$Properties>|null} [maintenanceWindows] Team maintenanceWindows
         * @property {number|null} [nextWindowId] Team nextWindowId
         * @property {ackchain.TeamContracts.$Properties|null} [contracts] Team contracts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Team.
         * @memberof ackchain
         * @interface ITeam
         * @augments ackchain.Team.$Properties
         * @deprecated Use ackchain.Team.$Properties instead.
         */

        /**
         * Shape of a Team.
         * @typedef {ackchain.Team.$Properties} ackchain.Team.$Shape
         */

        /**
         * Constructs a new Team.
         * @memberof ackchain
         * @classdesc Represents a Team.
         * @constructor
         * @param {ackchain.Team.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Team = function (properties) {
            this.members = [];
            this.integrations = [];
            this.schedules = [];
            this.maintenanceWindows = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Team id.
         * @member {string} id
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.id = "";

        /**
         * Team name.
         * @member {string} name
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.name = "";

        /**
         * Team members.
         * @member {Array.<ackchain.Member.$Properties>} members
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.members = $util.emptyArray;

        /**
         * Team integrations.
         * @member {Array.<ackchain.Integration.$Properties>} integrations
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.integrations = $util.emptyArray;

        /**
         * Team nextAlertNumber.
         * @member {number} nextAlertNumber
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.nextAlertNumber = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Team policyVersion.
         * @member {number} policyVersion
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.policyVersion = 0;

        /**
         * Team schedules.
         * @member {Array.<string>} schedules
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.schedules = $util.emptyArray;

        /**
         * Team maintenanceWindows.
         * @member {Array.<ackchain.MaintenanceWindow.$Properties>} maintenanceWindows
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.maintenanceWindows = $util.emptyArray;

        /**
         * Team nextWindowId.
         * @member {number} nextWindowId
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.nextWindowId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Team contracts.
         * @member {ackchain.TeamContracts.$Properties|null|undefined} contracts
         * @memberof ackchain.Team
         * @instance
         */
        Team.prototype.contracts = null;

        /**
         * Creates a new Team instance using the specified properties.
         * @function create
         * @memberof ackchain.Team
         * @static
         * @param {ackchain.Team.$Properties=} [properties] Properties to set
         * @returns {ackchain.Team} Team instance
         * @type {{
         *   (properties: ackchain.Team.$Shape): ackchain.Team & ackchain.Team.$Shape;
         *   (properties?: ackchain.Team.$Properties): ackchain.Team;
         * }}
         */
        Team.create = function(properties) {
            return new Team(properties);
        };

        /**
         * Encodes the specified Team message. Does not implicitly {@link ackchain.Team.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Team
         * @static
         * @param {ackchain.Team.$Properties} message Team message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Team.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.ackchain.Member.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.integrations != null && message.integrations.length)
                for (let i = 0; i < message.integrations.length; ++i)
                    $root.ackchain.Integration.encode(message.integrations[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.nextAlertNumber != null && $Object.hasOwnProperty.call(message, "nextAlertNumber") && (typeof message.nextAlertNumber === "object" ? message.nextAlertNumber.low || message.nextAlertNumber.high : message.nextAlertNumber !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.nextAlertNumber);
            if (message.policyVersion != null && $Object.hasOwnProperty.call(message, "policyVersion") && message.policyVersion !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.policyVersion);
            if (message.schedules != null && message.schedules.length)
                for (let i = 0; i < message.schedules.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.schedules[i]);
            if (message.maintenanceWindows != null && message.maintenanceWindows.length)
                for (let i = 0; i < message.maintenanceWindows.length; ++i)
                    $root.ackchain.MaintenanceWindow.encode(message.maintenanceWindows[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.nextWindowId != null && $Object.hasOwnProperty.call(message, "nextWindowId") && (typeof message.nextWindowId === "object" ? message.nextWindowId.low || message.nextWindowId.high : message.nextWindowId !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.nextWindowId);
            if (message.contracts != null && $Object.hasOwnProperty.call(message, "contracts"))
                $root.ackchain.TeamContracts.encode(message.contracts, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Team message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Team
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Team & ackchain.Team.$Shape} Team
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Team.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Team();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.ackchain.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.integrations && message.integrations.length))
                            message.integrations = [];
                        message.integrations.push($root.ackchain.Integration.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nextAlertNumber = value;
                        else
                            delete message.nextAlertNumber;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.policyVersion = value;
                        else
                            delete message.policyVersion;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.schedules && message.schedules.length))
                            message.schedules = [];
                        message.schedules.push(reader.stringVerify());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.maintenanceWindows && message.maintenanceWindows.length))
                            message.maintenanceWindows = [];
                        message.maintenanceWindows.push($root.ackchain.MaintenanceWindow.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nextWindowId = value;
                        else
                            delete message.nextWindowId;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.contracts = $root.ackchain.TeamContracts.decode(reader, reader.size(), $undefined, _depth + 1, message.contracts);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Team;
    })();

    ackchain.TeamContracts = (function() {

        /**
         * Properties of a TeamContracts.
         * @typedef {Object} ackchain.TeamContracts.$Properties
         * @property {Uint8Array|null} [authorize] TeamContracts authorize
         * @property {Uint8Array|null} [escalate] TeamContracts escalate
         * @property {Uint8Array|null} [olaEvaluate] TeamContracts olaEvaluate
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TeamContracts.
         * @memberof ackchain
         * @interface ITeamContracts
         * @augments ackchain.TeamContracts.$Properties
         * @deprecated Use ackchain.TeamContracts.$Properties instead.
         */

        /**
         * Shape of a TeamContracts.
         * @typedef {ackchain.TeamContracts.$Properties} ackchain.TeamContracts.$Shape
         */

        /**
         * Constructs a new TeamContracts.
         * @memberof ackchain
         * @classdesc Represents a TeamContracts.
         * @constructor
         * @param {ackchain.TeamContracts.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TeamContracts = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TeamContracts authorize.
         * @member {Uint8Array} authorize
         * @memberof ackchain.TeamContracts
         * @instance
         */
        TeamContracts.prototype.authorize = $util.newBuffer([]);

        /**
         * TeamContracts escalate.
         * @member {Uint8Array} escalate
         * @memberof ackchain.TeamContracts
         * @instance
         */
        TeamContracts.prototype.escalate = $util.newBuffer([]);

        /**
         * TeamContracts olaEvaluate.
         * @member {Uint8Array} olaEvaluate
         * @memberof ackchain.TeamContracts
         * @instance
         */
        TeamContracts.prototype.olaEvaluate = $util.newBuffer([]);

        /**
         * Creates a new TeamContracts instance using the specified properties.
         * @function create
         * @memberof ackchain.TeamContracts
         * @static
         * @param {ackchain.TeamContracts.$Properties=} [properties] Properties to set
         * @returns {ackchain.TeamContracts} TeamContracts instance
         * @type {{
         *   (properties: ackchain.TeamContracts.$Shape): ackchain.TeamContracts & ackchain.TeamContracts.$Shape;
         *   (properties?: ackchain.TeamContracts.$Properties): ackchain.TeamContracts;
         * }}
         */
        TeamContracts.create = function(properties) {
            return new TeamContracts(properties);
        };

        /**
         * Encodes the specified TeamContracts message. Does not implicitly {@link ackchain.TeamContracts.verify|verify} messages.
         * @function encode
         * @memberof ackchain.TeamContracts
         * @static
         * @param {ackchain.TeamContracts.$Properties} message TeamContracts message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TeamContracts.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.authorize != null && $Object.hasOwnProperty.call(message, "authorize") && message.authorize.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.authorize);
            if (message.escalate != null && $Object.hasOwnProperty.call(message, "escalate") && message.escalate.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.escalate);
            if (message.olaEvaluate != null && $Object.hasOwnProperty.call(message, "olaEvaluate") && message.olaEvaluate.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.olaEvaluate);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TeamContracts message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.TeamContracts
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.TeamContracts & ackchain.TeamContracts.$Shape} TeamContracts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TeamContracts.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.TeamContracts();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.authorize = value;
                        else
                            delete message.authorize;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.escalate = value;
                        else
                            delete message.escalate;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.olaEvaluate = value;
                        else
                            delete message.olaEvaluate;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TeamContracts;
    })();

    ackchain.MaintenanceWindow = (function() {

        /**
         * Properties of a MaintenanceWindow.
         * @typedef {Object} ackchain.MaintenanceWindow.$Properties
         * @property {number|null} [id] MaintenanceWindow id
         * @property {number|null} [fromMs] MaintenanceWindow fromMs
         * @property {number|null} [toMs] MaintenanceWindow toMs
         * @property {string|null} [reason] MaintenanceWindow reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MaintenanceWindow.
         * @memberof ackchain
         * @interface IMaintenanceWindow
         * @augments ackchain.MaintenanceWindow.$Properties
         * @deprecated Use ackchain.MaintenanceWindow.$Properties instead.
         */

        /**
         * Shape of a MaintenanceWindow.
         * @typedef {ackchain.MaintenanceWindow.$Properties} ackchain.MaintenanceWindow.$Shape
         */

        /**
         * Constructs a new MaintenanceWindow.
         * @memberof ackchain
         * @classdesc Represents a MaintenanceWindow.
         * @constructor
         * @param {ackchain.MaintenanceWindow.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MaintenanceWindow = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MaintenanceWindow id.
         * @member {number} id
         * @memberof ackchain.MaintenanceWindow
         * @instance
         */
        MaintenanceWindow.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MaintenanceWindow fromMs.
         * @member {number} fromMs
         * @memberof ackchain.MaintenanceWindow
         * @instance
         */
        MaintenanceWindow.prototype.fromMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MaintenanceWindow toMs.
         * @member {number} toMs
         * @memberof ackchain.MaintenanceWindow
         * @instance
         */
        MaintenanceWindow.prototype.toMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MaintenanceWindow reason.
         * @member {string} reason
         * @memberof ackchain.MaintenanceWindow
         * @instance
         */
        MaintenanceWindow.prototype.reason = "";

        /**
         * Creates a new MaintenanceWindow instance using the specified properties.
         * @function create
         * @memberof ackchain.MaintenanceWindow
         * @static
         * @param {ackchain.MaintenanceWindow.$Properties=} [properties] Properties to set
         * @returns {ackchain.MaintenanceWindow} MaintenanceWindow instance
         * @type {{
         *   (properties: ackchain.MaintenanceWindow.$Shape): ackchain.MaintenanceWindow & ackchain.MaintenanceWindow.$Shape;
         *   (properties?: ackchain.MaintenanceWindow.$Properties): ackchain.MaintenanceWindow;
         * }}
         */
        MaintenanceWindow.create = function(properties) {
            return new MaintenanceWindow(properties);
        };

        /**
         * Encodes the specified MaintenanceWindow message. Does not implicitly {@link ackchain.MaintenanceWindow.verify|verify} messages.
         * @function encode
         * @memberof ackchain.MaintenanceWindow
         * @static
         * @param {ackchain.MaintenanceWindow.$Properties} message MaintenanceWindow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MaintenanceWindow.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.fromMs != null && $Object.hasOwnProperty.call(message, "fromMs") && (typeof message.fromMs === "object" ? message.fromMs.low || message.fromMs.high : message.fromMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromMs);
            if (message.toMs != null && $Object.hasOwnProperty.call(message, "toMs") && (typeof message.toMs === "object" ? message.toMs.low || message.toMs.high : message.toMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.toMs);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a MaintenanceWindow message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.MaintenanceWindow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.MaintenanceWindow & ackchain.MaintenanceWindow.$Shape} MaintenanceWindow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MaintenanceWindow.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.MaintenanceWindow();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fromMs = value;
                        else
                            delete message.fromMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.toMs = value;
                        else
                            delete message.toMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MaintenanceWindow;
    })();

    ackchain.Schedule = (function() {

        /**
         * Properties of a Schedule.
         * @typedef {Object} ackchain.Schedule.$Properties
         * @property {string|null} [team] Schedule team
         * @property {string|null} [name] Schedule name
         * @property {string|null} [timeZone] Schedule timeZone
         * @property {Array.<ackchain.ScheduleLayer.$Properties>|null} [layers] Schedule layers
         * @property {Array.<ackchain.ScheduleOverride.$Properties>|null} [overrides] Schedule overrides
         * @property {number|null} [nextOverrideId] Schedule nextOverrideId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Schedule.
         * @memberof ackchain
         * @interface ISchedule
         * @augments ackchain.Schedule.$Properties
         * @deprecated Use ackchain.Schedule.$Properties instead.
         */

        /**
         * Shape of a Schedule.
         * @typedef {ackchain.Schedule.$Properties} ackchain.Schedule.$Shape
         */

        /**
         * Constructs a new Schedule.
         * @memberof ackchain
         * @classdesc Represents a Schedule.
         * @constructor
         * @param {ackchain.Schedule.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Schedule = function (properties) {
            this.layers = [];
            this.overrides = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Schedule team.
         * @member {string} team
         * @memberof ackchain.Schedule
         * @instance
         */
        Schedule.prototype.team = "";

        /**
         * Schedule name.
         * @member {string} name
         * @memberof ackchain.Schedule
         * @instance
         */
        Schedule.prototype.name = "";

        /**
         * Schedule timeZone.
         * @member {string} timeZone
         * @memberof ackchain.Schedule
         * @instance
         */
        Schedule.prototype.timeZone = "";

        /**
         * Schedule layers.
         * @member {Array.<ackchain.ScheduleLayer.$Properties>} layers
         * @memberof ackchain.Schedule
         * @instance
         */
        Schedule.prototype.layers = $util.emptyArray;

        /**
         * Schedule overrides.
         * @member {Array.<ackchain.ScheduleOverride.$Properties>} overrides
         * @memberof ackchain.Schedule
         * @instance
         */
        Schedule.prototype.overrides = $util.emptyArray;

        /**
         * Schedule nextOverrideId.
         * @member {number} nextOverrideId
         * @memberof ackchain.Schedule
         * @instance
         */
        Schedule.prototype.nextOverrideId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Schedule instance using the specified properties.
         * @function create
         * @memberof ackchain.Schedule
         * @static
         * @param {ackchain.Schedule.$Properties=} [properties] Properties to set
         * @returns {ackchain.Schedule} Schedule instance
         * @type {{
         *   (properties: ackchain.Schedule.$Shape): ackchain.Schedule & ackchain.Schedule.$Shape;
         *   (properties?: ackchain.Schedule.$Properties): ackchain.Schedule;
         * }}
         */
        Schedule.create = function(properties) {
            return new Schedule(properties);
        };

        /**
         * Encodes the specified Schedule message. Does not implicitly {@link ackchain.Schedule.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Schedule
         * @static
         * @param {ackchain.Schedule.$Properties} message Schedule message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Schedule.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.timeZone);
            if (message.layers != null && message.layers.length)
                for (let i = 0; i < message.layers.length; ++i)
                    $root.ackchain.ScheduleLayer.encode(message.layers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.overrides != null && message.overrides.length)
                for (let i = 0; i < message.overrides.length; ++i)
                    $root.ackchain.ScheduleOverride.encode(message.overrides[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.nextOverrideId != null && $Object.hasOwnProperty.call(message, "nextOverrideId") && (typeof message.nextOverrideId === "object" ? message.nextOverrideId.low || message.nextOverrideId.high : message.nextOverrideId !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.nextOverrideId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Schedule message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Schedule
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Schedule & ackchain.Schedule.$Shape} Schedule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Schedule.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Schedule();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.timeZone = value;
                        else
                            delete message.timeZone;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.layers && message.layers.length))
                            message.layers = [];
                        message.layers.push($root.ackchain.ScheduleLayer.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.overrides && message.overrides.length))
                            message.overrides = [];
                        message.overrides.push($root.ackchain.ScheduleOverride.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nextOverrideId = value;
                        else
                            delete message.nextOverrideId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Schedule;
    })();

    ackchain.Device = (function() {

        /**
         * Properties of a Device.
         * @typedef {Object} ackchain.Device.$Properties
         * @property {Uint8Array|null} [key] Device key
         * @property {Uint8Array|null} [owner] Device owner
         * @property {Uint8Array|null} [notifyKey] Device notifyKey
         * @property {string|null} [label] Device label
         * @property {number|null} [expiresAtMs] Device expiresAtMs
         * @property {number|null} [registeredAtMs] Device registeredAtMs
         * @property {number|null} [revokedAtMs] Device revokedAtMs
         * @property {Uint8Array|null} [revokedBy] Device revokedBy
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Device.
         * @memberof ackchain
         * @interface IDevice
         * @augments ackchain.Device.$Properties
         * @deprecated Use ackchain.Device.$Properties instead.
         */

        /**
         * Shape of a Device.
         * @typedef {ackchain.Device.$Properties} ackchain.Device.$Shape
         */

        /**
         * Constructs a new Device.
         * @memberof ackchain
         * @classdesc Represents a Device.
         * @constructor
         * @param {ackchain.Device.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Device = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Device key.
         * @member {Uint8Array} key
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.key = $util.newBuffer([]);

        /**
         * Device owner.
         * @member {Uint8Array} owner
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.owner = $util.newBuffer([]);

        /**
         * Device notifyKey.
         * @member {Uint8Array} notifyKey
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.notifyKey = $util.newBuffer([]);

        /**
         * Device label.
         * @member {string} label
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.label = "";

        /**
         * Device expiresAtMs.
         * @member {number} expiresAtMs
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Device registeredAtMs.
         * @member {number} registeredAtMs
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.registeredAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Device revokedAtMs.
         * @member {number} revokedAtMs
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.revokedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Device revokedBy.
         * @member {Uint8Array} revokedBy
         * @memberof ackchain.Device
         * @instance
         */
        Device.prototype.revokedBy = $util.newBuffer([]);

        /**
         * Creates a new Device instance using the specified properties.
         * @function create
         * @memberof ackchain.Device
         * @static
         * @param {ackchain.Device.$Properties=} [properties] Properties to set
         * @returns {ackchain.Device} Device instance
         * @type {{
         *   (properties: ackchain.Device.$Shape): ackchain.Device & ackchain.Device.$Shape;
         *   (properties?: ackchain.Device.$Properties): ackchain.Device;
         * }}
         */
        Device.create = function(properties) {
            return new Device(properties);
        };

        /**
         * Encodes the specified Device message. Does not implicitly {@link ackchain.Device.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Device
         * @static
         * @param {ackchain.Device.$Properties} message Device message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Device.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.owner);
            if (message.notifyKey != null && $Object.hasOwnProperty.call(message, "notifyKey") && message.notifyKey.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.notifyKey);
            if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.label);
            if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.expiresAtMs);
            if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs") && (typeof message.registeredAtMs === "object" ? message.registeredAtMs.low || message.registeredAtMs.high : message.registeredAtMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.registeredAtMs);
            if (message.revokedAtMs != null && $Object.hasOwnProperty.call(message, "revokedAtMs") && (typeof message.revokedAtMs === "object" ? message.revokedAtMs.low || message.revokedAtMs.high : message.revokedAtMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.revokedAtMs);
            if (message.revokedBy != null && $Object.hasOwnProperty.call(message, "revokedBy") && message.revokedBy.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.revokedBy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Device message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Device
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Device & ackchain.Device.$Shape} Device
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Device.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Device();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.owner = value;
                        else
                            delete message.owner;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.notifyKey = value;
                        else
                            delete message.notifyKey;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.label = value;
                        else
                            delete message.label;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.expiresAtMs = value;
                        else
                            delete message.expiresAtMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.registeredAtMs = value;
                        else
                            delete message.registeredAtMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.revokedAtMs = value;
                        else
                            delete message.revokedAtMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.revokedBy = value;
                        else
                            delete message.revokedBy;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Device;
    })();

    /**
     * OlaStatus enum.
     * @name ackchain.OlaStatus
     * @enum {number}
     * @property {number} OLA_STATUS_UNSPECIFIED=0 OLA_STATUS_UNSPECIFIED value
     * @property {number} OLA_STATUS_PROPOSED=1 OLA_STATUS_PROPOSED value
     * @property {number} OLA_STATUS_ACTIVE=2 OLA_STATUS_ACTIVE value
     * @property {number} OLA_STATUS_TERMINATED=3 OLA_STATUS_TERMINATED value
     */
    ackchain.OlaStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OLA_STATUS_UNSPECIFIED"] = 0;
        values[valuesById[1] = "OLA_STATUS_PROPOSED"] = 1;
        values[valuesById[2] = "OLA_STATUS_ACTIVE"] = 2;
        values[valuesById[3] = "OLA_STATUS_TERMINATED"] = 3;
        return values;
    })();

    ackchain.OlaVersion = (function() {

        /**
         * Properties of an OlaVersion.
         * @typedef {Object} ackchain.OlaVersion.$Properties
         * @property {number|null} [version] OlaVersion version
         * @property {ackchain.OlaTerms.$Properties|null} [terms] OlaVersion terms
         * @property {Uint8Array|null} [proposedBy] OlaVersion proposedBy
         * @property {string|null} [proposedByTeam] OlaVersion proposedByTeam
         * @property {number|null} [proposedAtMs] OlaVersion proposedAtMs
         * @property {Uint8Array|null} [signedBy] OlaVersion signedBy
         * @property {number|null} [signedAtMs] OlaVersion signedAtMs
         * @property {Uint8Array|null} [evaluateContract] OlaVersion evaluateContract
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OlaVersion.
         * @memberof ackchain
         * @interface IOlaVersion
         * @augments ackchain.OlaVersion.$Properties
         * @deprecated Use ackchain.OlaVersion.$Properties instead.
         */

        /**
         * Shape of an OlaVersion.
         * @typedef {ackchain.OlaVersion.$Properties} ackchain.OlaVersion.$Shape
         */

        /**
         * Constructs a new OlaVersion.
         * @memberof ackchain
         * @classdesc Represents an OlaVersion.
         * @constructor
         * @param {ackchain.OlaVersion.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OlaVersion = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OlaVersion version.
         * @member {number} version
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.version = 0;

        /**
         * OlaVersion terms.
         * @member {ackchain.OlaTerms.$Properties|null|undefined} terms
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.terms = null;

        /**
         * OlaVersion proposedBy.
         * @member {Uint8Array} proposedBy
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.proposedBy = $util.newBuffer([]);

        /**
         * OlaVersion proposedByTeam.
         * @member {string} proposedByTeam
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.proposedByTeam = "";

        /**
         * OlaVersion proposedAtMs.
         * @member {number} proposedAtMs
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.proposedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * OlaVersion signedBy.
         * @member {Uint8Array} signedBy
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.signedBy = $util.newBuffer([]);

        /**
         * OlaVersion signedAtMs.
         * @member {number} signedAtMs
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * OlaVersion evaluateContract.
         * @member {Uint8Array} evaluateContract
         * @memberof ackchain.OlaVersion
         * @instance
         */
        OlaVersion.prototype.evaluateContract = $util.newBuffer([]);

        /**
         * Creates a new OlaVersion instance using the specified properties.
         * @function create
         * @memberof ackchain.OlaVersion
         * @static
         * @param {ackchain.OlaVersion.$Properties=} [properties] Properties to set
         * @returns {ackchain.OlaVersion} OlaVersion instance
         * @type {{
         *   (properties: ackchain.OlaVersion.$Shape): ackchain.OlaVersion & ackchain.OlaVersion.$Shape;
         *   (properties?: ackchain.OlaVersion.$Properties): ackchain.OlaVersion;
         * }}
         */
        OlaVersion.create = function(properties) {
            return new OlaVersion(properties);
        };

        /**
         * Encodes the specified OlaVersion message. Does not implicitly {@link ackchain.OlaVersion.verify|verify} messages.
         * @function encode
         * @memberof ackchain.OlaVersion
         * @static
         * @param {ackchain.OlaVersion.$Properties} message OlaVersion message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OlaVersion.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                $root.ackchain.OlaTerms.encode(message.terms, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.proposedBy != null && $Object.hasOwnProperty.call(message, "proposedBy") && message.proposedBy.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.proposedBy);
            if (message.proposedByTeam != null && $Object.hasOwnProperty.call(message, "proposedByTeam") && message.proposedByTeam !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.proposedByTeam);
            if (message.proposedAtMs != null && $Object.hasOwnProperty.call(message, "proposedAtMs") && (typeof message.proposedAtMs === "object" ? message.proposedAtMs.low || message.proposedAtMs.high : message.proposedAtMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.proposedAtMs);
            if (message.signedBy != null && $Object.hasOwnProperty.call(message, "signedBy") && message.signedBy.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signedBy);
            if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.signedAtMs);
            if (message.evaluateContract != null && $Object.hasOwnProperty.call(message, "evaluateContract") && message.evaluateContract.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.evaluateContract);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an OlaVersion message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.OlaVersion
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.OlaVersion & ackchain.OlaVersion.$Shape} OlaVersion
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OlaVersion.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.OlaVersion();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.terms = $root.ackchain.OlaTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proposedBy = value;
                        else
                            delete message.proposedBy;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.proposedByTeam = value;
                        else
                            delete message.proposedByTeam;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.proposedAtMs = value;
                        else
                            delete message.proposedAtMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signedBy = value;
                        else
                            delete message.signedBy;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.signedAtMs = value;
                        else
                            delete message.signedAtMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.evaluateContract = value;
                        else
                            delete message.evaluateContract;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return OlaVersion;
    })();

    ackchain.Ola = (function() {

        /**
         * Properties of an Ola.
         * @typedef {Object} ackchain.Ola.$Properties
         * @property {number|null} [id] Ola id
         * @property {string|null} [provider] Ola provider
         * @property {string|null} [consumer] Ola consumer
         * @property {ackchain.OlaStatus|null} [status] Ola status
         * @property {Array.<ackchain.OlaVersion.$Properties>|null} [versions] Ola versions
         * @property {number|null} [activeVersion] Ola activeVersion
         * @property {number|null} [terminatedAtMs] Ola terminatedAtMs
         * @property {Uint8Array|null} [terminatedBy] Ola terminatedBy
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Ola.
         * @memberof ackchain
         * @interface IOla
         * @augments ackchain.Ola.$Properties
         * @deprecated Use ackchain.Ola.$Properties instead.
         */

        /**
         * Shape of an Ola.
         * @typedef {ackchain.Ola.$Properties} ackchain.Ola.$Shape
         */

        /**
         * Constructs a new Ola.
         * @memberof ackchain
         * @classdesc Represents an Ola.
         * @constructor
         * @param {ackchain.Ola.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ola = function (properties) {
            this.versions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ola id.
         * @member {number} id
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Ola provider.
         * @member {string} provider
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.provider = "";

        /**
         * Ola consumer.
         * @member {string} consumer
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.consumer = "";

        /**
         * Ola status.
         * @member {ackchain.OlaStatus} status
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.status = 0;

        /**
         * Ola versions.
         * @member {Array.<ackchain.OlaVersion.$Properties>} versions
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.versions = $util.emptyArray;

        /**
         * Ola activeVersion.
         * @member {number} activeVersion
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.activeVersion = 0;

        /**
         * Ola terminatedAtMs.
         * @member {number} terminatedAtMs
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.terminatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Ola terminatedBy.
         * @member {Uint8Array} terminatedBy
         * @memberof ackchain.Ola
         * @instance
         */
        Ola.prototype.terminatedBy = $util.newBuffer([]);

        /**
         * Creates a new Ola instance using the specified properties.
         * @function create
         * @memberof ackchain.Ola
         * @static
         * @param {ackchain.Ola.$Properties=} [properties] Properties to set
         * @returns {ackchain.Ola} Ola instance
         * @type {{
         *   (properties: ackchain.Ola.$Shape): ackchain.Ola & ackchain.Ola.$Shape;
         *   (properties?: ackchain.Ola.$Properties): ackchain.Ola;
         * }}
         */
        Ola.create = function(properties) {
            return new Ola(properties);
        };

        /**
         * Encodes the specified Ola message. Does not implicitly {@link ackchain.Ola.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Ola
         * @static
         * @param {ackchain.Ola.$Properties} message Ola message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ola.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
            if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.consumer);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
            if (message.versions != null && message.versions.length)
                for (let i = 0; i < message.versions.length; ++i)
                    $root.ackchain.OlaVersion.encode(message.versions[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.activeVersion != null && $Object.hasOwnProperty.call(message, "activeVersion") && message.activeVersion !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.activeVersion);
            if (message.terminatedAtMs != null && $Object.hasOwnProperty.call(message, "terminatedAtMs") && (typeof message.terminatedAtMs === "object" ? message.terminatedAtMs.low || message.terminatedAtMs.high : message.terminatedAtMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.terminatedAtMs);
            if (message.terminatedBy != null && $Object.hasOwnProperty.call(message, "terminatedBy") && message.terminatedBy.length)
                writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.terminatedBy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Ola message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Ola
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Ola & ackchain.Ola.$Shape} Ola
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ola.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Ola();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.provider = value;
                        else
                            delete message.provider;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.consumer = value;
                        else
                            delete message.consumer;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.versions && message.versions.length))
                            message.versions = [];
                        message.versions.push($root.ackchain.OlaVersion.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.activeVersion = value;
                        else
                            delete message.activeVersion;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.terminatedAtMs = value;
                        else
                            delete message.terminatedAtMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.terminatedBy = value;
                        else
                            delete message.terminatedBy;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Ola;
    })();

    /**
     * OlaOutcome enum.
     * @name ackchain.OlaOutcome
     * @enum {number}
     * @property {number} OLA_OUTCOME_NONE=0 OLA_OUTCOME_NONE value
     * @property {number} OLA_OUTCOME_PENDING=1 OLA_OUTCOME_PENDING value
     * @property {number} OLA_OUTCOME_MET=2 OLA_OUTCOME_MET value
     * @property {number} OLA_OUTCOME_BREACHED=3 OLA_OUTCOME_BREACHED value
     */
    ackchain.OlaOutcome = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OLA_OUTCOME_NONE"] = 0;
        values[valuesById[1] = "OLA_OUTCOME_PENDING"] = 1;
        values[valuesById[2] = "OLA_OUTCOME_MET"] = 2;
        values[valuesById[3] = "OLA_OUTCOME_BREACHED"] = 3;
        return values;
    })();

    /**
     * AlertStatus enum.
     * @name ackchain.AlertStatus
     * @enum {number}
     * @property {number} ALERT_STATUS_UNSPECIFIED=0 ALERT_STATUS_UNSPECIFIED value
     * @property {number} ALERT_STATUS_TRIGGERED=1 ALERT_STATUS_TRIGGERED value
     * @property {number} ALERT_STATUS_ACKNOWLEDGED=2 ALERT_STATUS_ACKNOWLEDGED value
     * @property {number} ALERT_STATUS_RESOLVED=3 ALERT_STATUS_RESOLVED value
     */
    ackchain.AlertStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ALERT_STATUS_UNSPECIFIED"] = 0;
        values[valuesById[1] = "ALERT_STATUS_TRIGGERED"] = 1;
        values[valuesById[2] = "ALERT_STATUS_ACKNOWLEDGED"] = 2;
        values[valuesById[3] = "ALERT_STATUS_RESOLVED"] = 3;
        return values;
    })();

    ackchain.Alert = (function() {

        /**
         * Properties of an Alert.
         * @typedef {Object} ackchain.Alert.$Properties
         * @property {string|null} [team] Alert team
         * @property {number|null} [number] Alert number
         * @property {string|null} [dedupKey] Alert dedupKey
         * @property {string|null} [summary] Alert summary
         * @property {string|null} [source] Alert source
         * @property {ackchain.Severity|null} [severity] Alert severity
         * @property {string|null} [component] Alert component
         * @property {string|null} [group] Alert group
         * @property {string|null} [alertClass] Alert alertClass
         * @property {string|null} [customDetailsJson] Alert customDetailsJson
         * @property {Array.<ackchain.Link.$Properties>|null} [links] Alert links
         * @property {ackchain.AlertStatus|null} [status] Alert status
         * @property {Uint8Array|null} [triggeredBy] Alert triggeredBy
         * @property {number|null} [createdAtMs] Alert createdAtMs
         * @property {number|null} [createdHeight] Alert createdHeight
         * @property {number|null} [triggerCount] Alert triggerCount
         * @property {number|null} [lastSeenMs] Alert lastSeenMs
         * @property {Uint8Array|null} [acknowledgedBy] Alert acknowledgedBy
         * @property {number|null} [acknowledgedAtMs] Alert acknowledgedAtMs
         * @property {Uint8Array|null} [resolvedBy] Alert resolvedBy
         * @property {number|null} [resolvedAtMs] Alert resolvedAtMs
         * @property {number|null} [historyLength] Alert historyLength
         * @property {number|null} [sequence] Alert sequence
         * @property {string|null} [triggerTeam] Alert triggerTeam
         * @property {ackchain.StandingKind|null} [triggerStanding] Alert triggerStanding
         * @property {number|null} [policyVersion] Alert policyVersion
         * @property {number|null} [escalationLevel] Alert escalationLevel
         * @property {number|null} [escalationRound] Alert escalationRound
         * @property {number|null} [escalationDueMs] Alert escalationDueMs
         * @property {number|null} [rearmDueMs] Alert rearmDueMs
         * @property {number|null} [snoozedUntilMs] Alert snoozedUntilMs
         * @property {boolean|null} [inMaintenance] Alert inMaintenance
         * @property {number|null} [olaId] Alert olaId
         * @property {number|null} [olaVersion] Alert olaVersion
         * @property {number|null} [olaAckDueMs] Alert olaAckDueMs
         * @property {number|null} [olaResolveDueMs] Alert olaResolveDueMs
         * @property {ackchain.OlaOutcome|null} [olaAckOutcome] Alert olaAckOutcome
         * @property {ackchain.OlaOutcome|null} [olaResolveOutcome] Alert olaResolveOutcome
         * @property {number|null} [firstAcknowledgedAtMs] Alert firstAcknowledgedAtMs
         * @property {Uint8Array|null} [acknowledgedDevice] Alert acknowledgedDevice
         * @property {Uint8Array|null} [resolvedDevice] Alert resolvedDevice
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Alert.
         * @memberof ackchain
         * @interface IAlert
         * @augments ackchain.Alert.$Properties
         * @deprecated Use ackchain.Alert.$Properties instead.
         */

        /**
         * Shape of an Alert.
         * @typedef {ackchain.Alert.$Properties} ackchain.Alert.$Shape
         */

        /**
         * Constructs a new Alert.
         * @memberof ackchain
         * @classdesc Represents an Alert.
         * @constructor
         * @param {ackchain.Alert.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Alert = function (properties) {
            this.links = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Alert team.
         * @member {string} team
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.team = "";

        /**
         * Alert number.
         * @member {number} number
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert dedupKey.
         * @member {string} dedupKey
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.dedupKey = "";

        /**
         * Alert summary.
         * @member {string} summary
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.summary = "";

        /**
         * Alert source.
         * @member {string} source
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.source = "";

        /**
         * Alert severity.
         * @member {ackchain.Severity} severity
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.severity = 0;

        /**
         * Alert component.
         * @member {string} component
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.component = "";

        /**
         * Alert group.
         * @member {string} group
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.group = "";

        /**
         * Alert alertClass.
         * @member {string} alertClass
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.alertClass = "";

        /**
         * Alert customDetailsJson.
         * @member {string} customDetailsJson
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.customDetailsJson = "";

        /**
         * Alert links.
         * @member {Array.<ackchain.Link.$Properties>} links
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.links = $util.emptyArray;

        /**
         * Alert status.
         * @member {ackchain.AlertStatus} status
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.status = 0;

        /**
         * Alert triggeredBy.
         * @member {Uint8Array} triggeredBy
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.triggeredBy = $util.newBuffer([]);

        /**
         * Alert createdAtMs.
         * @member {number} createdAtMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert createdHeight.
         * @member {number} createdHeight
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert triggerCount.
         * @member {number} triggerCount
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.triggerCount = 0;

        /**
         * Alert lastSeenMs.
         * @member {number} lastSeenMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert acknowledgedBy.
         * @member {Uint8Array} acknowledgedBy
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.acknowledgedBy = $util.newBuffer([]);

        /**
         * Alert acknowledgedAtMs.
         * @member {number} acknowledgedAtMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.acknowledgedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert resolvedBy.
         * @member {Uint8Array} resolvedBy
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.resolvedBy = $util.newBuffer([]);

        /**
         * Alert resolvedAtMs.
         * @member {number} resolvedAtMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.resolvedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert historyLength.
         * @member {number} historyLength
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.historyLength = 0;

        /**
         * Alert sequence.
         * @member {number} sequence
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert triggerTeam.
         * @member {string} triggerTeam
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.triggerTeam = "";

        /**
         * Alert triggerStanding.
         * @member {ackchain.StandingKind} triggerStanding
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.triggerStanding = 0;

        /**
         * Alert policyVersion.
         * @member {number} policyVersion
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.policyVersion = 0;

        /**
         * Alert escalationLevel.
         * @member {number} escalationLevel
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.escalationLevel = 0;

        /**
         * Alert escalationRound.
         * @member {number} escalationRound
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.escalationRound = 0;

        /**
         * Alert escalationDueMs.
         * @member {number} escalationDueMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.escalationDueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert rearmDueMs.
         * @member {number} rearmDueMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.rearmDueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert snoozedUntilMs.
         * @member {number} snoozedUntilMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.snoozedUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert inMaintenance.
         * @member {boolean} inMaintenance
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.inMaintenance = false;

        /**
         * Alert olaId.
         * @member {number} olaId
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.olaId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert olaVersion.
         * @member {number} olaVersion
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.olaVersion = 0;

        /**
         * Alert olaAckDueMs.
         * @member {number} olaAckDueMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.olaAckDueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert olaResolveDueMs.
         * @member {number} olaResolveDueMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.olaResolveDueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert olaAckOutcome.
         * @member {ackchain.OlaOutcome} olaAckOutcome
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.olaAckOutcome = 0;

        /**
         * Alert olaResolveOutcome.
         * @member {ackchain.OlaOutcome} olaResolveOutcome
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.olaResolveOutcome = 0;

        /**
         * Alert firstAcknowledgedAtMs.
         * @member {number} firstAcknowledgedAtMs
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.firstAcknowledgedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Alert acknowledgedDevice.
         * @member {Uint8Array} acknowledgedDevice
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.acknowledgedDevice = $util.newBuffer([]);

        /**
         * Alert resolvedDevice.
         * @member {Uint8Array} resolvedDevice
         * @memberof ackchain.Alert
         * @instance
         */
        Alert.prototype.resolvedDevice = $util.newBuffer([]);

        /**
         * Creates a new Alert instance using the specified properties.
         * @function create
         * @memberof ackchain.Alert
         * @static
         * @param {ackchain.Alert.$Properties=} [properties] Properties to set
         * @returns {ackchain.Alert} Alert instance
         * @type {{
         *   (properties: ackchain.Alert.$Shape): ackchain.Alert & ackchain.Alert.$Shape;
         *   (properties?: ackchain.Alert.$Properties): ackchain.Alert;
         * }}
         */
        Alert.create = function(properties) {
            return new Alert(properties);
        };

        /**
         * Encodes the specified Alert message. Does not implicitly {@link ackchain.Alert.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Alert
         * @static
         * @param {ackchain.Alert.$Properties} message Alert message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Alert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.number != null && $Object.hasOwnProperty.call(message, "number") && (typeof message.number === "object" ? message.number.low || message.number.high : message.number !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
            if (message.dedupKey != null && $Object.hasOwnProperty.call(message, "dedupKey") && message.dedupKey !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.dedupKey);
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.summary);
            if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.source);
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.severity);
            if (message.component != null && $Object.hasOwnProperty.call(message, "component") && message.component !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.component);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.group);
            if (message.alertClass != null && $Object.hasOwnProperty.call(message, "alertClass") && message.alertClass !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.alertClass);
            if (message.customDetailsJson != null && $Object.hasOwnProperty.call(message, "customDetailsJson") && message.customDetailsJson !== "")
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.customDetailsJson);
            if (message.links != null && message.links.length)
                for (let i = 0; i < message.links.length; ++i)
                    $root.ackchain.Link.encode(message.links[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).int32(message.status);
            if (message.triggeredBy != null && $Object.hasOwnProperty.call(message, "triggeredBy") && message.triggeredBy.length)
                writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.triggeredBy);
            if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.createdAtMs);
            if (message.createdHeight != null && $Object.hasOwnProperty.call(message, "createdHeight") && (typeof message.createdHeight === "object" ? message.createdHeight.low || message.createdHeight.high : message.createdHeight !== 0))
                writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.createdHeight);
            if (message.triggerCount != null && $Object.hasOwnProperty.call(message, "triggerCount") && message.triggerCount !== 0)
                writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.triggerCount);
            if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.lastSeenMs);
            if (message.acknowledgedBy != null && $Object.hasOwnProperty.call(message, "acknowledgedBy") && message.acknowledgedBy.length)
                writer.uint32(/* id 18, wireType 2 =*/146).bytes(message.acknowledgedBy);
            if (message.acknowledgedAtMs != null && $Object.hasOwnProperty.call(message, "acknowledgedAtMs") && (typeof message.acknowledgedAtMs === "object" ? message.acknowledgedAtMs.low || message.acknowledgedAtMs.high : message.acknowledgedAtMs !== 0))
                writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.acknowledgedAtMs);
            if (message.resolvedBy != null && $Object.hasOwnProperty.call(message, "resolvedBy") && message.resolvedBy.length)
                writer.uint32(/* id 20, wireType 2 =*/162).bytes(message.resolvedBy);
            if (message.resolvedAtMs != null && $Object.hasOwnProperty.call(message, "resolvedAtMs") && (typeof message.resolvedAtMs === "object" ? message.resolvedAtMs.low || message.resolvedAtMs.high : message.resolvedAtMs !== 0))
                writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.resolvedAtMs);
            if (message.historyLength != null && $Object.hasOwnProperty.call(message, "historyLength") && message.historyLength !== 0)
                writer.uint32(/* id 22, wireType 0 =*/176).uint32(message.historyLength);
            if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                writer.uint32(/* id 23, wireType 0 =*/184).uint64(message.sequence);
            if (message.triggerTeam != null && $Object.hasOwnProperty.call(message, "triggerTeam") && message.triggerTeam !== "")
                writer.uint32(/* id 24, wireType 2 =*/194).string(message.triggerTeam);
            if (message.triggerStanding != null && $Object.hasOwnProperty.call(message, "triggerStanding") && message.triggerStanding !== 0)
                writer.uint32(/* id 25, wireType 0 =*/200).int32(message.triggerStanding);
            if (message.policyVersion != null && $Object.hasOwnProperty.call(message, "policyVersion") && message.policyVersion !== 0)
                writer.uint32(/* id 26, wireType 0 =*/208).uint32(message.policyVersion);
            if (message.escalationLevel != null && $Object.hasOwnProperty.call(message, "escalationLevel") && message.escalationLevel !== 0)
                writer.uint32(/* id 27, wireType 0 =*/216).uint32(message.escalationLevel);
            if (message.escalationRound != null && $Object.hasOwnProperty.call(message, "escalationRound") && message.escalationRound !== 0)
                writer.uint32(/* id 28, wireType 0 =*/224).uint32(message.escalationRound);
            if (message.escalationDueMs != null && $Object.hasOwnProperty.call(message, "escalationDueMs") && (typeof message.escalationDueMs === "object" ? message.escalationDueMs.low || message.escalationDueMs.high : message.escalationDueMs !== 0))
                writer.uint32(/* id 29, wireType 0 =*/232).uint64(message.escalationDueMs);
            if (message.rearmDueMs != null && $Object.hasOwnProperty.call(message, "rearmDueMs") && (typeof message.rearmDueMs === "object" ? message.rearmDueMs.low || message.rearmDueMs.high : message.rearmDueMs !== 0))
                writer.uint32(/* id 30, wireType 0 =*/240).uint64(message.rearmDueMs);
            if (message.snoozedUntilMs != null && $Object.hasOwnProperty.call(message, "snoozedUntilMs") && (typeof message.snoozedUntilMs === "object" ? message.snoozedUntilMs.low || message.snoozedUntilMs.high : message.snoozedUntilMs !== 0))
                writer.uint32(/* id 31, wireType 0 =*/248).uint64(message.snoozedUntilMs);
            if (message.inMaintenance != null && $Object.hasOwnProperty.call(message, "inMaintenance") && message.inMaintenance !== false)
                writer.uint32(/* id 32, wireType 0 =*/256).bool(message.inMaintenance);
            if (message.olaId != null && $Object.hasOwnProperty.call(message, "olaId") && (typeof message.olaId === "object" ? message.olaId.low || message.olaId.high : message.olaId !== 0))
                writer.uint32(/* id 33, wireType 0 =*/264).uint64(message.olaId);
            if (message.olaVersion != null && $Object.hasOwnProperty.call(message, "olaVersion") && message.olaVersion !== 0)
                writer.uint32(/* id 34, wireType 0 =*/272).uint32(message.olaVersion);
            if (message.olaAckDueMs != null && $Object.hasOwnProperty.call(message, "olaAckDueMs") && (typeof message.olaAckDueMs === "object" ? message.olaAckDueMs.low || message.olaAckDueMs.high : message.olaAckDueMs !== 0))
                writer.uint32(/* id 35, wireType 0 =*/280).uint64(message.olaAckDueMs);
            if (message.olaResolveDueMs != null && $Object.hasOwnProperty.call(message, "olaResolveDueMs") && (typeof message.olaResolveDueMs === "object" ? message.olaResolveDueMs.low || message.olaResolveDueMs.high : message.olaResolveDueMs !== 0))
                writer.uint32(/* id 36, wireType 0 =*/288).uint64(message.olaResolveDueMs);
            if (message.olaAckOutcome != null && $Object.hasOwnProperty.call(message, "olaAckOutcome") && message.olaAckOutcome !== 0)
                writer.uint32(/* id 37, wireType 0 =*/296).int32(message.olaAckOutcome);
            if (message.olaResolveOutcome != null && $Object.hasOwnProperty.call(message, "olaResolveOutcome") && message.olaResolveOutcome !== 0)
                writer.uint32(/* id 38, wireType 0 =*/304).int32(message.olaResolveOutcome);
            if (message.firstAcknowledgedAtMs != null && $Object.hasOwnProperty.call(message, "firstAcknowledgedAtMs") && (typeof message.firstAcknowledgedAtMs === "object" ? message.firstAcknowledgedAtMs.low || message.firstAcknowledgedAtMs.high : message.firstAcknowledgedAtMs !== 0))
                writer.uint32(/* id 39, wireType 0 =*/312).uint64(message.firstAcknowledgedAtMs);
            if (message.acknowledgedDevice != null && $Object.hasOwnProperty.call(message, "acknowledgedDevice") && message.acknowledgedDevice.length)
                writer.uint32(/* id 40, wireType 2 =*/322).bytes(message.acknowledgedDevice);
            if (message.resolvedDevice != null && $Object.hasOwnProperty.call(message, "resolvedDevice") && message.resolvedDevice.length)
                writer.uint32(/* id 41, wireType 2 =*/330).bytes(message.resolvedDevice);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an Alert message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Alert
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Alert & ackchain.Alert.$Shape} Alert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Alert.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Alert();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.number = value;
                        else
                            delete message.number;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dedupKey = value;
                        else
                            delete message.dedupKey;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.summary = value;
                        else
                            delete message.summary;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.source = value;
                        else
                            delete message.source;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.component = value;
                        else
                            delete message.component;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.alertClass = value;
                        else
                            delete message.alertClass;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.customDetailsJson = value;
                        else
                            delete message.customDetailsJson;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.links && message.links.length))
                            message.links = [];
                        message.links.push($root.ackchain.Link.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.triggeredBy = value;
                        else
                            delete message.triggeredBy;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdAtMs = value;
                        else
                            delete message.createdAtMs;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdHeight = value;
                        else
                            delete message.createdHeight;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.triggerCount = value;
                        else
                            delete message.triggerCount;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.lastSeenMs = value;
                        else
                            delete message.lastSeenMs;
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.acknowledgedBy = value;
                        else
                            delete message.acknowledgedBy;
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.acknowledgedAtMs = value;
                        else
                            delete message.acknowledgedAtMs;
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resolvedBy = value;
                        else
                            delete message.resolvedBy;
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.resolvedAtMs = value;
                        else
                            delete message.resolvedAtMs;
                        continue;
                    }
                case 22: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.historyLength = value;
                        else
                            delete message.historyLength;
                        continue;
                    }
                case 23: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.sequence = value;
                        else
                            delete message.sequence;
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.triggerTeam = value;
                        else
                            delete message.triggerTeam;
                        continue;
                    }
                case 25: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.triggerStanding = value;
                        else
                            delete message.triggerStanding;
                        continue;
                    }
                case 26: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.policyVersion = value;
                        else
                            delete message.policyVersion;
                        continue;
                    }
                case 27: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.escalationLevel = value;
                        else
                            delete message.escalationLevel;
                        continue;
                    }
                case 28: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.escalationRound = value;
                        else
                            delete message.escalationRound;
                        continue;
                    }
                case 29: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.escalationDueMs = value;
                        else
                            delete message.escalationDueMs;
                        continue;
                    }
                case 30: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.rearmDueMs = value;
                        else
                            delete message.rearmDueMs;
                        continue;
                    }
                case 31: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.snoozedUntilMs = value;
                        else
                            delete message.snoozedUntilMs;
                        continue;
                    }
                case 32: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.inMaintenance = value;
                        else
                            delete message.inMaintenance;
                        continue;
                    }
                case 33: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.olaId = value;
                        else
                            delete message.olaId;
                        continue;
                    }
                case 34: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.olaVersion = value;
                        else
                            delete message.olaVersion;
                        continue;
                    }
                case 35: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.olaAckDueMs = value;
                        else
                            delete message.olaAckDueMs;
                        continue;
                    }
                case 36: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.olaResolveDueMs = value;
                        else
                            delete message.olaResolveDueMs;
                        continue;
                    }
                case 37: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.olaAckOutcome = value;
                        else
                            delete message.olaAckOutcome;
                        continue;
                    }
                case 38: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.olaResolveOutcome = value;
                        else
                            delete message.olaResolveOutcome;
                        continue;
                    }
                case 39: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.firstAcknowledgedAtMs = value;
                        else
                            delete message.firstAcknowledgedAtMs;
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.acknowledgedDevice = value;
                        else
                            delete message.acknowledgedDevice;
                        continue;
                    }
                case 41: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.resolvedDevice = value;
                        else
                            delete message.resolvedDevice;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Alert;
    })();

    /**
     * StandingKind enum.
     * @name ackchain.StandingKind
     * @enum {number}
     * @property {number} STANDING_KIND_UNSPECIFIED=0 STANDING_KIND_UNSPECIFIED value
     * @property {number} STANDING_KIND_MEMBER=1 STANDING_KIND_MEMBER value
     * @property {number} STANDING_KIND_INTEGRATION=2 STANDING_KIND_INTEGRATION value
     */
    ackchain.StandingKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "STANDING_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "STANDING_KIND_MEMBER"] = 1;
        values[valuesById[2] = "STANDING_KIND_INTEGRATION"] = 2;
        return values;
    })();

    ackchain.AlertHistoryEntry = (function() {

        /**
         * Properties of an AlertHistoryEntry.
         * @typedef {Object} ackchain.AlertHistoryEntry.$Properties
         * @property {string|null} [action] AlertHistoryEntry action
         * @property {Uint8Array|null} [account] AlertHistoryEntry account
         * @property {string|null} [handle] AlertHistoryEntry handle
         * @property {Uint8Array|null} [device] AlertHistoryEntry device
         * @property {number|null} [timeMs] AlertHistoryEntry timeMs
         * @property {number|null} [height] AlertHistoryEntry height
         * @property {Uint8Array|null} [txHash] AlertHistoryEntry txHash
         * @property {string|null} [detail] AlertHistoryEntry detail
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AlertHistoryEntry.
         * @memberof ackchain
         * @interface IAlertHistoryEntry
         * @augments ackchain.AlertHistoryEntry.$Properties
         * @deprecated Use ackchain.AlertHistoryEntry.$Properties instead.
         */

        /**
         * Shape of an AlertHistoryEntry.
         * @typedef {ackchain.AlertHistoryEntry.$Properties} ackchain.AlertHistoryEntry.$Shape
         */

        /**
         * Constructs a new AlertHistoryEntry.
         * @memberof ackchain
         * @classdesc Represents an AlertHistoryEntry.
         * @constructor
         * @param {ackchain.AlertHistoryEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AlertHistoryEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AlertHistoryEntry action.
         * @member {string} action
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.action = "";

        /**
         * AlertHistoryEntry account.
         * @member {Uint8Array} account
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.account = $util.newBuffer([]);

        /**
         * AlertHistoryEntry handle.
         * @member {string} handle
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.handle = "";

        /**
         * AlertHistoryEntry device.
         * @member {Uint8Array} device
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.device = $util.newBuffer([]);

        /**
         * AlertHistoryEntry timeMs.
         * @member {number} timeMs
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AlertHistoryEntry height.
         * @member {number} height
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AlertHistoryEntry txHash.
         * @member {Uint8Array} txHash
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.txHash = $util.newBuffer([]);

        /**
         * AlertHistoryEntry detail.
         * @member {string} detail
         * @memberof ackchain.AlertHistoryEntry
         * @instance
         */
        AlertHistoryEntry.prototype.detail = "";

        /**
         * Creates a new AlertHistoryEntry instance using the specified properties.
         * @function create
         * @memberof ackchain.AlertHistoryEntry
         * @static
         * @param {ackchain.AlertHistoryEntry.$Properties=} [properties] Properties to set
         * @returns {ackchain.AlertHistoryEntry} AlertHistoryEntry instance
         * @type {{
         *   (properties: ackchain.AlertHistoryEntry.$Shape): ackchain.AlertHistoryEntry & ackchain.AlertHistoryEntry.$Shape;
         *   (properties?: ackchain.AlertHistoryEntry.$Properties): ackchain.AlertHistoryEntry;
         * }}
         */
        AlertHistoryEntry.create = function(properties) {
            return new AlertHistoryEntry(properties);
        };

        /**
         * Encodes the specified AlertHistoryEntry message. Does not implicitly {@link ackchain.AlertHistoryEntry.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AlertHistoryEntry
         * @static
         * @param {ackchain.AlertHistoryEntry.$Properties} message AlertHistoryEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertHistoryEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.action);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.account);
            if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.handle);
            if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.device);
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timeMs);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.height);
            if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.txHash);
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.detail);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AlertHistoryEntry message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AlertHistoryEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AlertHistoryEntry & ackchain.AlertHistoryEntry.$Shape} AlertHistoryEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertHistoryEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AlertHistoryEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.action = value;
                        else
                            delete message.action;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.handle = value;
                        else
                            delete message.handle;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.device = value;
                        else
                            delete message.device;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeMs = value;
                        else
                            delete message.timeMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.txHash = value;
                        else
                            delete message.txHash;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.detail = value;
                        else
                            delete message.detail;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AlertHistoryEntry;
    })();

    ackchain.Contract = (function() {

        /**
         * Properties of a Contract.
         * @typedef {Object} ackchain.Contract.$Properties
         * @property {string|null} [name] Contract name
         * @property {Uint8Array|null} [code] Contract code
         * @property {Uint8Array|null} [deployer] Contract deployer
         * @property {number|null} [deployedHeight] Contract deployedHeight
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Contract.
         * @memberof ackchain
         * @interface IContract
         * @augments ackchain.Contract.$Properties
         * @deprecated Use ackchain.Contract.$Properties instead.
         */

        /**
         * Shape of a Contract.
         * @typedef {ackchain.Contract.$Properties} ackchain.Contract.$Shape
         */

        /**
         * Constructs a new Contract.
         * @memberof ackchain
         * @classdesc Represents a Contract.
         * @constructor
         * @param {ackchain.Contract.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Contract = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Contract name.
         * @member {string} name
         * @memberof ackchain.Contract
         * @instance
         */
        Contract.prototype.name = "";

        /**
         * Contract code.
         * @member {Uint8Array} code
         * @memberof ackchain.Contract
         * @instance
         */
        Contract.prototype.code = $util.newBuffer([]);

        /**
         * Contract deployer.
         * @member {Uint8Array} deployer
         * @memberof ackchain.Contract
         * @instance
         */
        Contract.prototype.deployer = $util.newBuffer([]);

        /**
         * Contract deployedHeight.
         * @member {number} deployedHeight
         * @memberof ackchain.Contract
         * @instance
         */
        Contract.prototype.deployedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new Contract instance using the specified properties.
         * @function create
         * @memberof ackchain.Contract
         * @static
         * @param {ackchain.Contract.$Properties=} [properties] Properties to set
         * @returns {ackchain.Contract} Contract instance
         * @type {{
         *   (properties: ackchain.Contract.$Shape): ackchain.Contract & ackchain.Contract.$Shape;
         *   (properties?: ackchain.Contract.$Properties): ackchain.Contract;
         * }}
         */
        Contract.create = function(properties) {
            return new Contract(properties);
        };

        /**
         * Encodes the specified Contract message. Does not implicitly {@link ackchain.Contract.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Contract
         * @static
         * @param {ackchain.Contract.$Properties} message Contract message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Contract.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.code);
            if (message.deployer != null && $Object.hasOwnProperty.call(message, "deployer") && message.deployer.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.deployer);
            if (message.deployedHeight != null && $Object.hasOwnProperty.call(message, "deployedHeight") && (typeof message.deployedHeight === "object" ? message.deployedHeight.low || message.deployedHeight.high : message.deployedHeight !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.deployedHeight);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Contract message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Contract
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Contract & ackchain.Contract.$Shape} Contract
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Contract.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Contract();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.deployer = value;
                        else
                            delete message.deployer;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.deployedHeight = value;
                        else
                            delete message.deployedHeight;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Contract;
    })();

    ackchain.EvidenceRecord = (function() {

        /**
         * Properties of an EvidenceRecord.
         * @typedef {Object} ackchain.EvidenceRecord.$Properties
         * @property {Uint8Array|null} [evidence] EvidenceRecord evidence
         * @property {number|null} [includedHeight] EvidenceRecord includedHeight
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EvidenceRecord.
         * @memberof ackchain
         * @interface IEvidenceRecord
         * @augments ackchain.EvidenceRecord.$Properties
         * @deprecated Use ackchain.EvidenceRecord.$Properties instead.
         */

        /**
         * Shape of an EvidenceRecord.
         * @typedef {ackchain.EvidenceRecord.$Properties} ackchain.EvidenceRecord.$Shape
         */

        /**
         * Constructs a new EvidenceRecord.
         * @memberof ackchain
         * @classdesc Represents an EvidenceRecord.
         * @constructor
         * @param {ackchain.EvidenceRecord.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EvidenceRecord = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EvidenceRecord evidence.
         * @member {Uint8Array} evidence
         * @memberof ackchain.EvidenceRecord
         * @instance
         */
        EvidenceRecord.prototype.evidence = $util.newBuffer([]);

        /**
         * EvidenceRecord includedHeight.
         * @member {number} includedHeight
         * @memberof ackchain.EvidenceRecord
         * @instance
         */
        EvidenceRecord.prototype.includedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new EvidenceRecord instance using the specified properties.
         * @function create
         * @memberof ackchain.EvidenceRecord
         * @static
         * @param {ackchain.EvidenceRecord.$Properties=} [properties] Properties to set
         * @returns {ackchain.EvidenceRecord} EvidenceRecord instance
         * @type {{
         *   (properties: ackchain.EvidenceRecord.$Shape): ackchain.EvidenceRecord & ackchain.EvidenceRecord.$Shape;
         *   (properties?: ackchain.EvidenceRecord.$Properties): ackchain.EvidenceRecord;
         * }}
         */
        EvidenceRecord.create = function(properties) {
            return new EvidenceRecord(properties);
        };

        /**
         * Encodes the specified EvidenceRecord message. Does not implicitly {@link ackchain.EvidenceRecord.verify|verify} messages.
         * @function encode
         * @memberof ackchain.EvidenceRecord
         * @static
         * @param {ackchain.EvidenceRecord.$Properties} message EvidenceRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EvidenceRecord.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence") && message.evidence.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.evidence);
            if (message.includedHeight != null && $Object.hasOwnProperty.call(message, "includedHeight") && (typeof message.includedHeight === "object" ? message.includedHeight.low || message.includedHeight.high : message.includedHeight !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.includedHeight);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EvidenceRecord message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.EvidenceRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.EvidenceRecord & ackchain.EvidenceRecord.$Shape} EvidenceRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EvidenceRecord.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.EvidenceRecord();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.evidence = value;
                        else
                            delete message.evidence;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.includedHeight = value;
                        else
                            delete message.includedHeight;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EvidenceRecord;
    })();

    ackchain.ConsensusParams = (function() {

        /**
         * Properties of a ConsensusParams.
         * @typedef {Object} ackchain.ConsensusParams.$Properties
         * @property {number|null} [maxBlockBytes] ConsensusParams maxBlockBytes
         * @property {number|null} [maxBlockTxs] ConsensusParams maxBlockTxs
         * @property {number|null} [maxTxBytes] ConsensusParams maxTxBytes
         * @property {number|null} [maxTxTtlMs] ConsensusParams maxTxTtlMs
         * @property {number|null} [emptyBlockIntervalMs] ConsensusParams emptyBlockIntervalMs
         * @property {number|null} [batchDelayMs] ConsensusParams batchDelayMs
         * @property {number|null} [timeoutProposeMs] ConsensusParams timeoutProposeMs
         * @property {number|null} [timeoutPrevoteMs] ConsensusParams timeoutPrevoteMs
         * @property {number|null} [timeoutPrecommitMs] ConsensusParams timeoutPrecommitMs
         * @property {number|null} [timeoutDeltaMs] ConsensusParams timeoutDeltaMs
         * @property {number|null} [maxClockDriftMs] ConsensusParams maxClockDriftMs
         * @property {number|null} [maxContractBytes] ConsensusParams maxContractBytes
         * @property {number|null} [maxDeadlinesPerBlock] ConsensusParams maxDeadlinesPerBlock
         * @property {number|null} [maxDeviceTxAgeMs] ConsensusParams maxDeviceTxAgeMs
         * @property {string|null} [tzdbVersion] ConsensusParams tzdbVersion
         * @property {number|null} [maxTxGas] ConsensusParams maxTxGas
         * @property {number|null} [maxBlockGas] ConsensusParams maxBlockGas
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConsensusParams.
         * @memberof ackchain
         * @interface IConsensusParams
         * @augments ackchain.ConsensusParams.$Properties
         * @deprecated Use ackchain.ConsensusParams.$Properties instead.
         */

        /**
         * Shape of a ConsensusParams.
         * @typedef {ackchain.ConsensusParams.$Properties} ackchain.ConsensusParams.$Shape
         */

        /**
         * Constructs a new ConsensusParams.
         * @memberof ackchain
         * @classdesc Represents a ConsensusParams.
         * @constructor
         * @param {ackchain.ConsensusParams.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConsensusParams = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ConsensusParams maxBlockBytes.
         * @member {number} maxBlockBytes
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxBlockBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxBlockTxs.
         * @member {number} maxBlockTxs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxBlockTxs = 0;

        /**
         * ConsensusParams maxTxBytes.
         * @member {number} maxTxBytes
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxTxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxTxTtlMs.
         * @member {number} maxTxTtlMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxTxTtlMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams emptyBlockIntervalMs.
         * @member {number} emptyBlockIntervalMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.emptyBlockIntervalMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams batchDelayMs.
         * @member {number} batchDelayMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.batchDelayMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams timeoutProposeMs.
         * @member {number} timeoutProposeMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.timeoutProposeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams timeoutPrevoteMs.
         * @member {number} timeoutPrevoteMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.timeoutPrevoteMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams timeoutPrecommitMs.
         * @member {number} timeoutPrecommitMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.timeoutPrecommitMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams timeoutDeltaMs.
         * @member {number} timeoutDeltaMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.timeoutDeltaMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxClockDriftMs.
         * @member {number} maxClockDriftMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxClockDriftMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxContractBytes.
         * @member {number} maxContractBytes
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxContractBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxDeadlinesPerBlock.
         * @member {number} maxDeadlinesPerBlock
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxDeadlinesPerBlock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxDeviceTxAgeMs.
         * @member {number} maxDeviceTxAgeMs
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxDeviceTxAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams tzdbVersion.
         * @member {string} tzdbVersion
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.tzdbVersion = "";

        /**
         * ConsensusParams maxTxGas.
         * @member {number} maxTxGas
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxTxGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ConsensusParams maxBlockGas.
         * @member {number} maxBlockGas
         * @memberof ackchain.ConsensusParams
         * @instance
         */
        ConsensusParams.prototype.maxBlockGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ConsensusParams instance using the specified properties.
         * @function create
         * @memberof ackchain.ConsensusParams
         * @static
         * @param {ackchain.ConsensusParams.$Properties=} [properties] Properties to set
         * @returns {ackchain.ConsensusParams} ConsensusParams instance
         * @type {{
         *   (properties: ackchain.ConsensusParams.$Shape): ackchain.ConsensusParams & ackchain.ConsensusParams.$Shape;
         *   (properties?: ackchain.ConsensusParams.$Properties): ackchain.ConsensusParams;
         * }}
         */
        ConsensusParams.create = function(properties) {
            return new ConsensusParams(properties);
        };

        /**
         * Encodes the specified ConsensusParams message. Does not implicitly {@link ackchain.ConsensusParams.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ConsensusParams
         * @static
         * @param {ackchain.ConsensusParams.$Properties} message ConsensusParams message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConsensusParams.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.maxBlockBytes != null && $Object.hasOwnProperty.call(message, "maxBlockBytes") && (typeof message.maxBlockBytes === "object" ? message.maxBlockBytes.low || message.maxBlockBytes.high : message.maxBlockBytes !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxBlockBytes);
            if (message.maxBlockTxs != null && $Object.hasOwnProperty.call(message, "maxBlockTxs") && message.maxBlockTxs !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxBlockTxs);
            if (message.maxTxBytes != null && $Object.hasOwnProperty.call(message, "maxTxBytes") && (typeof message.maxTxBytes === "object" ? message.maxTxBytes.low || message.maxTxBytes.high : message.maxTxBytes !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxTxBytes);
            if (message.maxTxTtlMs != null && $Object.hasOwnProperty.call(message, "maxTxTtlMs") && (typeof message.maxTxTtlMs === "object" ? message.maxTxTtlMs.low || message.maxTxTtlMs.high : message.maxTxTtlMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxTxTtlMs);
            if (message.emptyBlockIntervalMs != null && $Object.hasOwnProperty.call(message, "emptyBlockIntervalMs") && (typeof message.emptyBlockIntervalMs === "object" ? message.emptyBlockIntervalMs.low || message.emptyBlockIntervalMs.high : message.emptyBlockIntervalMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.emptyBlockIntervalMs);
            if (message.batchDelayMs != null && $Object.hasOwnProperty.call(message, "batchDelayMs") && (typeof message.batchDelayMs === "object" ? message.batchDelayMs.low || message.batchDelayMs.high : message.batchDelayMs !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.batchDelayMs);
            if (message.timeoutProposeMs != null && $Object.hasOwnProperty.call(message, "timeoutProposeMs") && (typeof message.timeoutProposeMs === "object" ? message.timeoutProposeMs.low || message.timeoutProposeMs.high : message.timeoutProposeMs !== 0))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timeoutProposeMs);
            if (message.timeoutPrevoteMs != null && $Object.hasOwnProperty.call(message, "timeoutPrevoteMs") && (typeof message.timeoutPrevoteMs === "object" ? message.timeoutPrevoteMs.low || message.timeoutPrevoteMs.high : message.timeoutPrevoteMs !== 0))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.timeoutPrevoteMs);
            if (message.timeoutPrecommitMs != null && $Object.hasOwnProperty.call(message, "timeoutPrecommitMs") && (typeof message.timeoutPrecommitMs === "object" ? message.timeoutPrecommitMs.low || message.timeoutPrecommitMs.high : message.timeoutPrecommitMs !== 0))
                writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.timeoutPrecommitMs);
            if (message.timeoutDeltaMs != null && $Object.hasOwnProperty.call(message, "timeoutDeltaMs") && (typeof message.timeoutDeltaMs === "object" ? message.timeoutDeltaMs.low || message.timeoutDeltaMs.high : message.timeoutDeltaMs !== 0))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.timeoutDeltaMs);
            if (message.maxClockDriftMs != null && $Object.hasOwnProperty.call(message, "maxClockDriftMs") && (typeof message.maxClockDriftMs === "object" ? message.maxClockDriftMs.low || message.maxClockDriftMs.high : message.maxClockDriftMs !== 0))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.maxClockDriftMs);
            if (message.maxContractBytes != null && $Object.hasOwnProperty.call(message, "maxContractBytes") && (typeof message.maxContractBytes === "object" ? message.maxContractBytes.low || message.maxContractBytes.high : message.maxContractBytes !== 0))
                writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.maxContractBytes);
            if (message.maxDeadlinesPerBlock != null && $Object.hasOwnProperty.call(message, "maxDeadlinesPerBlock") && (typeof message.maxDeadlinesPerBlock === "object" ? message.maxDeadlinesPerBlock.low || message.maxDeadlinesPerBlock.high : message.maxDeadlinesPerBlock !== 0))
                writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.maxDeadlinesPerBlock);
            if (message.maxDeviceTxAgeMs != null && $Object.hasOwnProperty.call(message, "maxDeviceTxAgeMs") && (typeof message.maxDeviceTxAgeMs === "object" ? message.maxDeviceTxAgeMs.low || message.maxDeviceTxAgeMs.high : message.maxDeviceTxAgeMs !== 0))
                writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.maxDeviceTxAgeMs);
            if (message.tzdbVersion != null && $Object.hasOwnProperty.call(message, "tzdbVersion") && message.tzdbVersion !== "")
                writer.uint32(/* id 15, wireType 2 =*/122).string(message.tzdbVersion);
            if (message.maxTxGas != null && $Object.hasOwnProperty.call(message, "maxTxGas") && (typeof message.maxTxGas === "object" ? message.maxTxGas.low || message.maxTxGas.high : message.maxTxGas !== 0))
                writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.maxTxGas);
            if (message.maxBlockGas != null && $Object.hasOwnProperty.call(message, "maxBlockGas") && (typeof message.maxBlockGas === "object" ? message.maxBlockGas.low || message.maxBlockGas.high : message.maxBlockGas !== 0))
                writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.maxBlockGas);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ConsensusParams message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ConsensusParams
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ConsensusParams & ackchain.ConsensusParams.$Shape} ConsensusParams
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConsensusParams.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ConsensusParams();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxBlockBytes = value;
                        else
                            delete message.maxBlockBytes;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.maxBlockTxs = value;
                        else
                            delete message.maxBlockTxs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTxBytes = value;
                        else
                            delete message.maxTxBytes;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTxTtlMs = value;
                        else
                            delete message.maxTxTtlMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.emptyBlockIntervalMs = value;
                        else
                            delete message.emptyBlockIntervalMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.batchDelayMs = value;
                        else
                            delete message.batchDelayMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeoutProposeMs = value;
                        else
                            delete message.timeoutProposeMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeoutPrevoteMs = value;
                        else
                            delete message.timeoutPrevoteMs;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeoutPrecommitMs = value;
                        else
                            delete message.timeoutPrecommitMs;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeoutDeltaMs = value;
                        else
                            delete message.timeoutDeltaMs;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxClockDriftMs = value;
                        else
                            delete message.maxClockDriftMs;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxContractBytes = value;
                        else
                            delete message.maxContractBytes;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxDeadlinesPerBlock = value;
                        else
                            delete message.maxDeadlinesPerBlock;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxDeviceTxAgeMs = value;
                        else
                            delete message.maxDeviceTxAgeMs;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.tzdbVersion = value;
                        else
                            delete message.tzdbVersion;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTxGas = value;
                        else
                            delete message.maxTxGas;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxBlockGas = value;
                        else
                            delete message.maxBlockGas;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ConsensusParams;
    })();

    ackchain.Validator = (function() {

        /**
         * Properties of a Validator.
         * @typedef {Object} ackchain.Validator.$Properties
         * @property {string|null} [team] Validator team
         * @property {Uint8Array|null} [publicKey] Validator publicKey
         * @property {number|null} [power] Validator power
         * @property {string|null} [peerId] Validator peerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Validator.
         * @memberof ackchain
         * @interface IValidator
         * @augments ackchain.Validator.$Properties
         * @deprecated Use ackchain.Validator.$Properties instead.
         */

        /**
         * Shape of a Validator.
         * @typedef {ackchain.Validator.$Properties} ackchain.Validator.$Shape
         */

        /**
         * Constructs a new Validator.
         * @memberof ackchain
         * @classdesc Represents a Validator.
         * @constructor
         * @param {ackchain.Validator.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Validator = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Validator team.
         * @member {string} team
         * @memberof ackchain.Validator
         * @instance
         */
        Validator.prototype.team = "";

        /**
         * Validator publicKey.
         * @member {Uint8Array} publicKey
         * @memberof ackchain.Validator
         * @instance
         */
        Validator.prototype.publicKey = $util.newBuffer([]);

        /**
         * Validator power.
         * @member {number} power
         * @memberof ackchain.Validator
         * @instance
         */
        Validator.prototype.power = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Validator peerId.
         * @member {string} peerId
         * @memberof ackchain.Validator
         * @instance
         */
        Validator.prototype.peerId = "";

        /**
         * Creates a new Validator instance using the specified properties.
         * @function create
         * @memberof ackchain.Validator
         * @static
         * @param {ackchain.Validator.$Properties=} [properties] Properties to set
         * @returns {ackchain.Validator} Validator instance
         * @type {{
         *   (properties: ackchain.Validator.$Shape): ackchain.Validator & ackchain.Validator.$Shape;
         *   (properties?: ackchain.Validator.$Properties): ackchain.Validator;
         * }}
         */
        Validator.create = function(properties) {
            return new Validator(properties);
        };

        /**
         * Encodes the specified Validator message. Does not implicitly {@link ackchain.Validator.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Validator
         * @static
         * @param {ackchain.Validator.$Properties} message Validator message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Validator.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.publicKey);
            if (message.power != null && $Object.hasOwnProperty.call(message, "power") && (typeof message.power === "object" ? message.power.low || message.power.high : message.power !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.power);
            if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.peerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Validator message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Validator
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Validator & ackchain.Validator.$Shape} Validator
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Validator.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Validator();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.publicKey = value;
                        else
                            delete message.publicKey;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.power = value;
                        else
                            delete message.power;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.peerId = value;
                        else
                            delete message.peerId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Validator;
    })();

    ackchain.ValidatorSet = (function() {

        /**
         * Properties of a ValidatorSet.
         * @typedef {Object} ackchain.ValidatorSet.$Properties
         * @property {Array.<ackchain.Validator.$Properties>|null} [validators] ValidatorSet validators
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValidatorSet.
         * @memberof ackchain
         * @interface IValidatorSet
         * @augments ackchain.ValidatorSet.$Properties
         * @deprecated Use ackchain.ValidatorSet.$Properties instead.
         */

        /**
         * Shape of a ValidatorSet.
         * @typedef {ackchain.ValidatorSet.$Properties} ackchain.ValidatorSet.$Shape
         */

        /**
         * Constructs a new ValidatorSet.
         * @memberof ackchain
         * @classdesc Represents a ValidatorSet.
         * @constructor
         * @param {ackchain.ValidatorSet.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ValidatorSet = function (properties) {
            this.validators = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ValidatorSet validators.
         * @member {Array.<ackchain.Validator.$Properties>} validators
         * @memberof ackchain.ValidatorSet
         * @instance
         */
        ValidatorSet.prototype.validators = $util.emptyArray;

        /**
         * Creates a new ValidatorSet instance using the specified properties.
         * @function create
         * @memberof ackchain.ValidatorSet
         * @static
         * @param {ackchain.ValidatorSet.$Properties=} [properties] Properties to set
         * @returns {ackchain.ValidatorSet} ValidatorSet instance
         * @type {{
         *   (properties: ackchain.ValidatorSet.$Shape): ackchain.ValidatorSet & ackchain.ValidatorSet.$Shape;
         *   (properties?: ackchain.ValidatorSet.$Properties): ackchain.ValidatorSet;
         * }}
         */
        ValidatorSet.create = function(properties) {
            return new ValidatorSet(properties);
        };

        /**
         * Encodes the specified ValidatorSet message. Does not implicitly {@link ackchain.ValidatorSet.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ValidatorSet
         * @static
         * @param {ackchain.ValidatorSet.$Properties} message ValidatorSet message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValidatorSet.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.validators != null && message.validators.length)
                for (let i = 0; i < message.validators.length; ++i)
                    $root.ackchain.Validator.encode(message.validators[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValidatorSet message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ValidatorSet
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ValidatorSet & ackchain.ValidatorSet.$Shape} ValidatorSet
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValidatorSet.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ValidatorSet();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.validators && message.validators.length))
                            message.validators = [];
                        message.validators.push($root.ackchain.Validator.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ValidatorSet;
    })();

    ackchain.GenesisTeam = (function() {

        /**
         * Properties of a GenesisTeam.
         * @typedef {Object} ackchain.GenesisTeam.$Properties
         * @property {string|null} [id] GenesisTeam id
         * @property {string|null} [name] GenesisTeam name
         * @property {Array.<ackchain.Member.$Properties>|null} [members] GenesisTeam members
         * @property {Array.<ackchain.Integration.$Properties>|null} [integrations] GenesisTeam integrations
         * @property {Array.<ackchain.SetSchedule.$Properties>|null} [schedules] GenesisTeam schedules
         * @property {ackchain.EscalationPolicy.$Properties|null} [policy] GenesisTeam policy
         * @property {Array.<ackchain.ContractAssignment.$Properties>|null} [contracts] GenesisTeam contracts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GenesisTeam.
         * @memberof ackchain
         * @interface IGenesisTeam
         * @augments ackchain.GenesisTeam.$Properties
         * @deprecated Use ackchain.GenesisTeam.$Properties instead.
         */

        /**
         * Shape of a GenesisTeam.
         * @typedef {{
         *   id?: string|null;
         *   name?: string|null;
         *   members?: Array.<ackchain.Member.$Shape>|null;
         *   integrations?: Array.<ackchain.Integration.$Shape>|null;
         *   schedules?: Array.<ackchain.SetSchedule.$Shape>|null;
         *   policy?: ackchain.EscalationPolicy.$Shape|null;
         *   contracts?: Array.<ackchain.ContractAssignment.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} ackchain.GenesisTeam.$Shape
         */

        /**
         * Constructs a new GenesisTeam.
         * @memberof ackchain
         * @classdesc Represents a GenesisTeam.
         * @constructor
         * @param {ackchain.GenesisTeam.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GenesisTeam = function (properties) {
            this.members = [];
            this.integrations = [];
            this.schedules = [];
            this.contracts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GenesisTeam id.
         * @member {string} id
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.id = "";

        /**
         * GenesisTeam name.
         * @member {string} name
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.name = "";

        /**
         * GenesisTeam members.
         * @member {Array.<ackchain.Member.$Properties>} members
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.members = $util.emptyArray;

        /**
         * GenesisTeam integrations.
         * @member {Array.<ackchain.Integration.$Properties>} integrations
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.integrations = $util.emptyArray;

        /**
         * GenesisTeam schedules.
         * @member {Array.<ackchain.SetSchedule.$Properties>} schedules
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.schedules = $util.emptyArray;

        /**
         * GenesisTeam policy.
         * @member {ackchain.EscalationPolicy.$Properties|null|undefined} policy
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.policy = null;

        /**
         * GenesisTeam contracts.
         * @member {Array.<ackchain.ContractAssignment.$Properties>} contracts
         * @memberof ackchain.GenesisTeam
         * @instance
         */
        GenesisTeam.prototype.contracts = $util.emptyArray;

        /**
         * Creates a new GenesisTeam instance using the specified properties.
         * @function create
         * @memberof ackchain.GenesisTeam
         * @static
         * @param {ackchain.GenesisTeam.$Properties=} [properties] Properties to set
         * @returns {ackchain.GenesisTeam} GenesisTeam instance
         * @type {{
         *   (properties: ackchain.GenesisTeam.$Shape): ackchain.GenesisTeam & ackchain.GenesisTeam.$Shape;
         *   (properties?: ackchain.GenesisTeam.$Properties): ackchain.GenesisTeam;
         * }}
         */
        GenesisTeam.create = function(properties) {
            return new GenesisTeam(properties);
        };

        /**
         * Encodes the specified GenesisTeam message. Does not implicitly {@link ackchain.GenesisTeam.verify|verify} messages.
         * @function encode
         * @memberof ackchain.GenesisTeam
         * @static
         * @param {ackchain.GenesisTeam.$Properties} message GenesisTeam message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GenesisTeam.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.ackchain.Member.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.integrations != null && message.integrations.length)
                for (let i = 0; i < message.integrations.length; ++i)
                    $root.ackchain.Integration.encode(message.integrations[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.schedules != null && message.schedules.length)
                for (let i = 0; i < message.schedules.length; ++i)
                    $root.ackchain.SetSchedule.encode(message.schedules[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                $root.ackchain.EscalationPolicy.encode(message.policy, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.contracts != null && message.contracts.length)
                for (let i = 0; i < message.contracts.length; ++i)
                    $root.ackchain.ContractAssignment.encode(message.contracts[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GenesisTeam message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.GenesisTeam
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.GenesisTeam & ackchain.GenesisTeam.$Shape} GenesisTeam
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GenesisTeam.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.GenesisTeam();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.ackchain.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.integrations && message.integrations.length))
                            message.integrations = [];
                        message.integrations.push($root.ackchain.Integration.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.schedules && message.schedules.length))
                            message.schedules = [];
                        message.schedules.push($root.ackchain.SetSchedule.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.policy = $root.ackchain.EscalationPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.contracts && message.contracts.length))
                            message.contracts = [];
                        message.contracts.push($root.ackchain.ContractAssignment.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return GenesisTeam;
    })();

    ackchain.Genesis = (function() {

        /**
         * Properties of a Genesis.
         * @typedef {Object} ackchain.Genesis.$Properties
         * @property {string|null} [chainId] Genesis chainId
         * @property {number|null} [genesisTimeMs] Genesis genesisTimeMs
         * @property {ackchain.ConsensusParams.$Properties|null} [params] Genesis params
         * @property {Array.<ackchain.Validator.$Properties>|null} [validators] Genesis validators
         * @property {Array.<ackchain.GenesisTeam.$Properties>|null} [teams] Genesis teams
         * @property {Array.<ackchain.DeployContract.$Properties>|null} [contracts] Genesis contracts
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Genesis.
         * @memberof ackchain
         * @interface IGenesis
         * @augments ackchain.Genesis.$Properties
         * @deprecated Use ackchain.Genesis.$Properties instead.
         */

        /**
         * Shape of a Genesis.
         * @typedef {{
         *   chainId?: string|null;
         *   genesisTimeMs?: number|null;
         *   params?: ackchain.ConsensusParams.$Shape|null;
         *   validators?: Array.<ackchain.Validator.$Shape>|null;
         *   teams?: Array.<ackchain.GenesisTeam.$Shape>|null;
         *   contracts?: Array.<ackchain.DeployContract.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} ackchain.Genesis.$Shape
         */

        /**
         * Constructs a new Genesis.
         * @memberof ackchain
         * @classdesc Represents a Genesis.
         * @constructor
         * @param {ackchain.Genesis.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Genesis = function (properties) {
            this.validators = [];
            this.teams = [];
            this.contracts = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Genesis chainId.
         * @member {string} chainId
         * @memberof ackchain.Genesis
         * @instance
         */
        Genesis.prototype.chainId = "";

        /**
         * Genesis genesisTimeMs.
         * @member {number} genesisTimeMs
         * @memberof ackchain.Genesis
         * @instance
         */
        Genesis.prototype.genesisTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Genesis params.
         * @member {ackchain.ConsensusParams.$Properties|null|undefined} params
         * @memberof ackchain.Genesis
         * @instance
         */
        Genesis.prototype.params = null;

        /**
         * Genesis validators.
         * @member {Array.<ackchain.Validator.$Properties>} validators
         * @memberof ackchain.Genesis
         * @instance
         */
        Genesis.prototype.validators = $util.emptyArray;

        /**
         * Genesis teams.
         * @member {Array.<ackchain.GenesisTeam.$Properties>} teams
         * @memberof ackchain.Genesis
         * @instance
         */
        Genesis.prototype.teams = $util.emptyArray;

        /**
         * Genesis contracts.
         * @member {Array.<ackchain.DeployContract.$Properties>} contracts
         * @memberof ackchain.Genesis
         * @instance
         */
        Genesis.prototype.contracts = $util.emptyArray;

        /**
         * Creates a new Genesis instance using the specified properties.
         * @function create
         * @memberof ackchain.Genesis
         * @static
         * @param {ackchain.Genesis.$Properties=} [properties] Properties to set
         * @returns {ackchain.Genesis} Genesis instance
         * @type {{
         *   (properties: ackchain.Genesis.$Shape): ackchain.Genesis & ackchain.Genesis.$Shape;
         *   (properties?: ackchain.Genesis.$Properties): ackchain.Genesis;
         * }}
         */
        Genesis.create = function(properties) {
            return new Genesis(properties);
        };

        /**
         * Encodes the specified Genesis message. Does not implicitly {@link ackchain.Genesis.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Genesis
         * @static
         * @param {ackchain.Genesis.$Properties} message Genesis message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Genesis.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
            if (message.genesisTimeMs != null && $Object.hasOwnProperty.call(message, "genesisTimeMs") && (typeof message.genesisTimeMs === "object" ? message.genesisTimeMs.low || message.genesisTimeMs.high : message.genesisTimeMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.genesisTimeMs);
            if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                $root.ackchain.ConsensusParams.encode(message.params, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.validators != null && message.validators.length)
                for (let i = 0; i < message.validators.length; ++i)
                    $root.ackchain.Validator.encode(message.validators[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.teams != null && message.teams.length)
                for (let i = 0; i < message.teams.length; ++i)
                    $root.ackchain.GenesisTeam.encode(message.teams[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.contracts != null && message.contracts.length)
                for (let i = 0; i < message.contracts.length; ++i)
                    $root.ackchain.DeployContract.encode(message.contracts[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Genesis message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Genesis
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Genesis & ackchain.Genesis.$Shape} Genesis
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Genesis.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Genesis();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.genesisTimeMs = value;
                        else
                            delete message.genesisTimeMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.params = $root.ackchain.ConsensusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.validators && message.validators.length))
                            message.validators = [];
                        message.validators.push($root.ackchain.Validator.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.teams && message.teams.length))
                            message.teams = [];
                        message.teams.push($root.ackchain.GenesisTeam.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.contracts && message.contracts.length))
                            message.contracts = [];
                        message.contracts.push($root.ackchain.DeployContract.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Genesis;
    })();

    ackchain.ChainState = (function() {

        /**
         * Properties of a ChainState.
         * @typedef {Object} ackchain.ChainState.$Properties
         * @property {string|null} [chainId] ChainState chainId
         * @property {number|null} [height] ChainState height
         * @property {number|null} [timeMs] ChainState timeMs
         * @property {Uint8Array|null} [blockHash] ChainState blockHash
         * @property {Uint8Array|null} [stateRoot] ChainState stateRoot
         * @property {ackchain.ValidatorSet.$Properties|null} [lastValidators] ChainState lastValidators
         * @property {ackchain.ValidatorSet.$Properties|null} [validators] ChainState validators
         * @property {ackchain.ValidatorSet.$Properties|null} [nextValidators] ChainState nextValidators
         * @property {Uint8Array|null} [lastCommit] ChainState lastCommit
         * @property {ackchain.ConsensusParams.$Properties|null} [params] ChainState params
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChainState.
         * @memberof ackchain
         * @interface IChainState
         * @augments ackchain.ChainState.$Properties
         * @deprecated Use ackchain.ChainState.$Properties instead.
         */

        /**
         * Shape of a ChainState.
         * @typedef {ackchain.ChainState.$Properties} ackchain.ChainState.$Shape
         */

        /**
         * Constructs a new ChainState.
         * @memberof ackchain
         * @classdesc Represents a ChainState.
         * @constructor
         * @param {ackchain.ChainState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChainState = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChainState chainId.
         * @member {string} chainId
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.chainId = "";

        /**
         * ChainState height.
         * @member {number} height
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ChainState timeMs.
         * @member {number} timeMs
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ChainState blockHash.
         * @member {Uint8Array} blockHash
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.blockHash = $util.newBuffer([]);

        /**
         * ChainState stateRoot.
         * @member {Uint8Array} stateRoot
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.stateRoot = $util.newBuffer([]);

        /**
         * ChainState lastValidators.
         * @member {ackchain.ValidatorSet.$Properties|null|undefined} lastValidators
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.lastValidators = null;

        /**
         * ChainState validators.
         * @member {ackchain.ValidatorSet.$Properties|null|undefined} validators
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.validators = null;

        /**
         * ChainState nextValidators.
         * @member {ackchain.ValidatorSet.$Properties|null|undefined} nextValidators
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.nextValidators = null;

        /**
         * ChainState lastCommit.
         * @member {Uint8Array} lastCommit
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.lastCommit = $util.newBuffer([]);

        /**
         * ChainState params.
         * @member {ackchain.ConsensusParams.$Properties|null|undefined} params
         * @memberof ackchain.ChainState
         * @instance
         */
        ChainState.prototype.params = null;

        /**
         * Creates a new ChainState instance using the specified properties.
         * @function create
         * @memberof ackchain.ChainState
         * @static
         * @param {ackchain.ChainState.$Properties=} [properties] Properties to set
         * @returns {ackchain.ChainState} ChainState instance
         * @type {{
         *   (properties: ackchain.ChainState.$Shape): ackchain.ChainState & ackchain.ChainState.$Shape;
         *   (properties?: ackchain.ChainState.$Properties): ackchain.ChainState;
         * }}
         */
        ChainState.create = function(properties) {
            return new ChainState(properties);
        };

        /**
         * Encodes the specified ChainState message. Does not implicitly {@link ackchain.ChainState.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ChainState
         * @static
         * @param {ackchain.ChainState.$Properties} message ChainState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChainState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
            if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
            if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.timeMs);
            if (message.blockHash != null && $Object.hasOwnProperty.call(message, "blockHash") && message.blockHash.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.blockHash);
            if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.stateRoot);
            if (message.lastValidators != null && $Object.hasOwnProperty.call(message, "lastValidators"))
                $root.ackchain.ValidatorSet.encode(message.lastValidators, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.validators != null && $Object.hasOwnProperty.call(message, "validators"))
                $root.ackchain.ValidatorSet.encode(message.validators, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.nextValidators != null && $Object.hasOwnProperty.call(message, "nextValidators"))
                $root.ackchain.ValidatorSet.encode(message.nextValidators, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.lastCommit != null && $Object.hasOwnProperty.call(message, "lastCommit") && message.lastCommit.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.lastCommit);
            if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                $root.ackchain.ConsensusParams.encode(message.params, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChainState message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ChainState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ChainState & ackchain.ChainState.$Shape} ChainState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChainState.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ChainState();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.height = value;
                        else
                            delete message.height;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeMs = value;
                        else
                            delete message.timeMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.blockHash = value;
                        else
                            delete message.blockHash;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.stateRoot = value;
                        else
                            delete message.stateRoot;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.lastValidators = $root.ackchain.ValidatorSet.decode(reader, reader.size(), $undefined, _depth + 1, message.lastValidators);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.validators = $root.ackchain.ValidatorSet.decode(reader, reader.size(), $undefined, _depth + 1, message.validators);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.nextValidators = $root.ackchain.ValidatorSet.decode(reader, reader.size(), $undefined, _depth + 1, message.nextValidators);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.lastCommit = value;
                        else
                            delete message.lastCommit;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.params = $root.ackchain.ConsensusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ChainState;
    })();

    ackchain.Tx = (function() {

        /**
         * Properties of a Tx.
         * @typedef {Object} ackchain.Tx.$Properties
         * @property {Uint8Array|null} [body] Tx body
         * @property {Uint8Array|null} [signer] Tx signer
         * @property {Uint8Array|null} [signature] Tx signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Tx.
         * @memberof ackchain
         * @interface ITx
         * @augments ackchain.Tx.$Properties
         * @deprecated Use ackchain.Tx.$Properties instead.
         */

        /**
         * Shape of a Tx.
         * @typedef {ackchain.Tx.$Properties} ackchain.Tx.$Shape
         */

        /**
         * Constructs a new Tx.
         * @memberof ackchain
         * @classdesc Represents a Tx.
         * @constructor
         * @param {ackchain.Tx.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Tx = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Tx body.
         * @member {Uint8Array} body
         * @memberof ackchain.Tx
         * @instance
         */
        Tx.prototype.body = $util.newBuffer([]);

        /**
         * Tx signer.
         * @member {Uint8Array} signer
         * @memberof ackchain.Tx
         * @instance
         */
        Tx.prototype.signer = $util.newBuffer([]);

        /**
         * Tx signature.
         * @member {Uint8Array} signature
         * @memberof ackchain.Tx
         * @instance
         */
        Tx.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new Tx instance using the specified properties.
         * @function create
         * @memberof ackchain.Tx
         * @static
         * @param {ackchain.Tx.$Properties=} [properties] Properties to set
         * @returns {ackchain.Tx} Tx instance
         * @type {{
         *   (properties: ackchain.Tx.$Shape): ackchain.Tx & ackchain.Tx.$Shape;
         *   (properties?: ackchain.Tx.$Properties): ackchain.Tx;
         * }}
         */
        Tx.create = function(properties) {
            return new Tx(properties);
        };

        /**
         * Encodes the specified Tx message. Does not implicitly {@link ackchain.Tx.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Tx
         * @static
         * @param {ackchain.Tx.$Properties} message Tx message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Tx.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
            if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signer);
            if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signature);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Tx message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Tx
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Tx & ackchain.Tx.$Shape} Tx
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Tx.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Tx();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.body = value;
                        else
                            delete message.body;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signer = value;
                        else
                            delete message.signer;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.signature = value;
                        else
                            delete message.signature;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Tx;
    })();

    ackchain.TxBody = (function() {

        /**
         * Properties of a TxBody.
         * @typedef {Object} ackchain.TxBody.$Properties
         * @property {string|null} [chainId] TxBody chainId
         * @property {number|null} [expiresAtMs] TxBody expiresAtMs
         * @property {string|null} [memo] TxBody memo
         * @property {number|null} [signedAtMs] TxBody signedAtMs
         * @property {ackchain.TriggerAlert.$Properties|null} [triggerAlert] TxBody triggerAlert
         * @property {ackchain.AcknowledgeAlert.$Properties|null} [acknowledgeAlert] TxBody acknowledgeAlert
         * @property {ackchain.ResolveAlert.$Properties|null} [resolveAlert] TxBody resolveAlert
         * @property {ackchain.AddAlertNote.$Properties|null} [addAlertNote] TxBody addAlertNote
         * @property {ackchain.SnoozeAlert.$Properties|null} [snoozeAlert] TxBody snoozeAlert
         * @property {ackchain.AddMember.$Properties|null} [addMember] TxBody addMember
         * @property {ackchain.RemoveMember.$Properties|null} [removeMember] TxBody removeMember
         * @property {ackchain.AddIntegration.$Properties|null} [addIntegration] TxBody addIntegration
         * @property {ackchain.RemoveIntegration.$Properties|null} [removeIntegration] TxBody removeIntegration
         * @property {ackchain.SetEscalationPolicy.$Properties|null} [setEscalationPolicy] TxBody setEscalationPolicy
         * @property {ackchain.SetSchedule.$Properties|null} [setSchedule] TxBody setSchedule
         * @property {ackchain.RemoveSchedule.$Properties|null} [removeSchedule] TxBody removeSchedule
         * @property {ackchain.AddOverride.$Properties|null} [addOverride] TxBody addOverride
         * @property {ackchain.RemoveOverride.$Properties|null} [removeOverride] TxBody removeOverride
         * @property {ackchain.AddMaintenanceWindow.$Properties|null} [addMaintenanceWindow] TxBody addMaintenanceWindow
         * @property {ackchain.RemoveMaintenanceWindow.$Properties|null} [removeMaintenanceWindow] TxBody removeMaintenanceWindow
         * @property {ackchain.RegisterDevice.$Properties|null} [registerDevice] TxBody registerDevice
         * @property {ackchain.RevokeDevice.$Properties|null} [revokeDevice] TxBody revokeDevice
         * @property {ackchain.DeployContract.$Properties|null} [deployContract] TxBody deployContract
         * @property {ackchain.SetTeamContracts.$Properties|null} [setTeamContracts] TxBody setTeamContracts
         * @property {ackchain.ProposeOla.$Properties|null} [proposeOla] TxBody proposeOla
         * @property {ackchain.SignOla.$Properties|null} [signOla] TxBody signOla
         * @property {ackchain.AmendOla.$Properties|null} [amendOla] TxBody amendOla
         * @property {ackchain.TerminateOla.$Properties|null} [terminateOla] TxBody terminateOla
         * @property {"triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"snoozeAlert"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"setEscalationPolicy"|"setSchedule"|"removeSchedule"|"addOverride"|"removeOverride"|"addMaintenanceWindow"|"removeMaintenanceWindow"|"registerDevice"|"revokeDevice"|"deployContract"|"setTeamContracts"|"proposeOla"|"signOla"|"amendOla"|"terminateOla"} [payload] TxBody payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TxBody.
         * @memberof ackchain
         * @interface ITxBody
         * @augments ackchain.TxBody.$Properties
         * @deprecated Use ackchain.TxBody.$Properties instead.
         */

        /**
         * Narrowed shape of a TxBody.
         * @typedef {{
         *   chainId?: string|null;
         *   expiresAtMs?: number|null;
         *   memo?: string|null;
         *   signedAtMs?: number|null;
         *   triggerAlert?: ackchain.TriggerAlert.$Shape|null;
         *   acknowledgeAlert?: ackchain.AcknowledgeAlert.$Shape|null;
         *   resolveAlert?: ackchain.ResolveAlert.$Shape|null;
         *   addAlertNote?: ackchain.AddAlertNote.$Shape|null;
         *   snoozeAlert?: ackchain.SnoozeAlert.$Shape|null;
         *   addMember?: ackchain.AddMember.$Shape|null;
         *   removeMember?: ackchain.RemoveMember.$Shape|null;
         *   addIntegration?: ackchain.AddIntegration.$Shape|null;
         *   removeIntegration?: ackchain.RemoveIntegration.$Shape|null;
         *   setEscalationPolicy?: ackchain.SetEscalationPolicy.$Shape|null;
         *   setSchedule?: ackchain.SetSchedule.$Shape|null;
         *   removeSchedule?: ackchain.RemoveSchedule.$Shape|null;
         *   addOverride?: ackchain.AddOverride.$Shape|null;
         *   removeOverride?: ackchain.RemoveOverride.$Shape|null;
         *   addMaintenanceWindow?: ackchain.AddMaintenanceWindow.$Shape|null;
         *   removeMaintenanceWindow?: ackchain.RemoveMaintenanceWindow.$Shape|null;
         *   registerDevice?: ackchain.RegisterDevice.$Shape|null;
         *   revokeDevice?: ackchain.RevokeDevice.$Shape|null;
         *   deployContract?: ackchain.DeployContract.$Shape|null;
         *   setTeamContracts?: ackchain.SetTeamContracts.$Shape|null;
         *   proposeOla?: ackchain.ProposeOla.$Shape|null;
         *   signOla?: ackchain.SignOla.$Shape|null;
         *   amendOla?: ackchain.AmendOla.$Shape|null;
         *   terminateOla?: ackchain.TerminateOla.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ payload?: undefined; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "triggerAlert"; triggerAlert: ackchain.TriggerAlert.$Shape; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "acknowledgeAlert"; triggerAlert?: null; acknowledgeAlert: ackchain.AcknowledgeAlert.$Shape; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "resolveAlert"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert: ackchain.ResolveAlert.$Shape; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addAlertNote"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote: ackchain.AddAlertNote.$Shape; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "snoozeAlert"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert: ackchain.SnoozeAlert.$Shape; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember: ackchain.AddMember.$Shape; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember: ackchain.RemoveMember.$Shape; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration: ackchain.AddIntegration.$Shape; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration: ackchain.RemoveIntegration.$Shape; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "setEscalationPolicy"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy: ackchain.SetEscalationPolicy.$Shape; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "setSchedule"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule: ackchain.SetSchedule.$Shape; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeSchedule"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule: ackchain.RemoveSchedule.$Shape; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addOverride"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride: ackchain.AddOverride.$Shape; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeOverride"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride: ackchain.RemoveOverride.$Shape; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "addMaintenanceWindow"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow: ackchain.AddMaintenanceWindow.$Shape; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "removeMaintenanceWindow"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow: ackchain.RemoveMaintenanceWindow.$Shape; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "registerDevice"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice: ackchain.RegisterDevice.$Shape; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "revokeDevice"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice: ackchain.RevokeDevice.$Shape; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "deployContract"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract: ackchain.DeployContract.$Shape; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "setTeamContracts"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts: ackchain.SetTeamContracts.$Shape; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "proposeOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla: ackchain.ProposeOla.$Shape; signOla?: null; amendOla?: null; terminateOla?: null }|{ payload?: "signOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla: ackchain.SignOla.$Shape; amendOla?: null; terminateOla?: null }|{ payload?: "amendOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla: ackchain.AmendOla.$Shape; terminateOla?: null }|{ payload?: "terminateOla"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; snoozeAlert?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; setEscalationPolicy?: null; setSchedule?: null; removeSchedule?: null; addOverride?: null; removeOverride?: null; addMaintenanceWindow?: null; removeMaintenanceWindow?: null; registerDevice?: null; revokeDevice?: null; deployContract?: null; setTeamContracts?: null; proposeOla?: null; signOla?: null; amendOla?: null; terminateOla: ackchain.TerminateOla.$Shape })
         * )} ackchain.TxBody.$Shape
         */

        /**
         * Constructs a new TxBody.
         * @memberof ackchain
         * @classdesc Represents a TxBody.
         * @constructor
         * @param {ackchain.TxBody.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TxBody = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TxBody chainId.
         * @member {string} chainId
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.chainId = "";

        /**
         * TxBody expiresAtMs.
         * @member {number} expiresAtMs
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TxBody memo.
         * @member {string} memo
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.memo = "";

        /**
         * TxBody signedAtMs.
         * @member {number} signedAtMs
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TxBody triggerAlert.
         * @member {ackchain.TriggerAlert.$Properties|null|undefined} triggerAlert
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.triggerAlert = null;

        /**
         * TxBody acknowledgeAlert.
         * @member {ackchain.AcknowledgeAlert.$Properties|null|undefined} acknowledgeAlert
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.acknowledgeAlert = null;

        /**
         * TxBody resolveAlert.
         * @member {ackchain.ResolveAlert.$Properties|null|undefined} resolveAlert
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.resolveAlert = null;

        /**
         * TxBody addAlertNote.
         * @member {ackchain.AddAlertNote.$Properties|null|undefined} addAlertNote
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.addAlertNote = null;

        /**
         * TxBody snoozeAlert.
         * @member {ackchain.SnoozeAlert.$Properties|null|undefined} snoozeAlert
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.snoozeAlert = null;

        /**
         * TxBody addMember.
         * @member {ackchain.AddMember.$Properties|null|undefined} addMember
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.addMember = null;

        /**
         * TxBody removeMember.
         * @member {ackchain.RemoveMember.$Properties|null|undefined} removeMember
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.removeMember = null;

        /**
         * TxBody addIntegration.
         * @member {ackchain.AddIntegration.$Properties|null|undefined} addIntegration
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.addIntegration = null;

        /**
         * TxBody removeIntegration.
         * @member {ackchain.RemoveIntegration.$Properties|null|undefined} removeIntegration
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.removeIntegration = null;

        /**
         * TxBody setEscalationPolicy.
         * @member {ackchain.SetEscalationPolicy.$Properties|null|undefined} setEscalationPolicy
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.setEscalationPolicy = null;

        /**
         * TxBody setSchedule.
         * @member {ackchain.SetSchedule.$Properties|null|undefined} setSchedule
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.setSchedule = null;

        /**
         * TxBody removeSchedule.
         * @member {ackchain.RemoveSchedule.$Properties|null|undefined} removeSchedule
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.removeSchedule = null;

        /**
         * TxBody addOverride.
         * @member {ackchain.AddOverride.$Properties|null|undefined} addOverride
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.addOverride = null;

        /**
         * TxBody removeOverride.
         * @member {ackchain.RemoveOverride.$Properties|null|undefined} removeOverride
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.removeOverride = null;

        /**
         * TxBody addMaintenanceWindow.
         * @member {ackchain.AddMaintenanceWindow.$Properties|null|undefined} addMaintenanceWindow
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.addMaintenanceWindow = null;

        /**
         * TxBody removeMaintenanceWindow.
         * @member {ackchain.RemoveMaintenanceWindow.$Properties|null|undefined} removeMaintenanceWindow
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.removeMaintenanceWindow = null;

        /**
         * TxBody registerDevice.
         * @member {ackchain.RegisterDevice.$Properties|null|undefined} registerDevice
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.registerDevice = null;

        /**
         * TxBody revokeDevice.
         * @member {ackchain.RevokeDevice.$Properties|null|undefined} revokeDevice
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.revokeDevice = null;

        /**
         * TxBody deployContract.
         * @member {ackchain.DeployContract.$Properties|null|undefined} deployContract
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.deployContract = null;

        /**
         * TxBody setTeamContracts.
         * @member {ackchain.SetTeamContracts.$Properties|null|undefined} setTeamContracts
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.setTeamContracts = null;

        /**
         * TxBody proposeOla.
         * @member {ackchain.ProposeOla.$Properties|null|undefined} proposeOla
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.proposeOla = null;

        /**
         * TxBody signOla.
         * @member {ackchain.SignOla.$Properties|null|undefined} signOla
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.signOla = null;

        /**
         * TxBody amendOla.
         * @member {ackchain.AmendOla.$Properties|null|undefined} amendOla
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.amendOla = null;

        /**
         * TxBody terminateOla.
         * @member {ackchain.TerminateOla.$Properties|null|undefined} terminateOla
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.terminateOla = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * TxBody payload.
         * @member {"triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"snoozeAlert"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"setEscalationPolicy"|"setSchedule"|"removeSchedule"|"addOverride"|"removeOverride"|"addMaintenanceWindow"|"removeMaintenanceWindow"|"registerDevice"|"revokeDevice"|"deployContract"|"setTeamContracts"|"proposeOla"|"signOla"|"amendOla"|"terminateOla"|undefined} payload
         * @memberof ackchain.TxBody
         * @instance
         */
        $Object.defineProperty(TxBody.prototype, "payload", {
            get: $util.oneOfGetter($oneOfFields = ["triggerAlert", "acknowledgeAlert", "resolveAlert", "addAlertNote", "snoozeAlert", "addMember", "removeMember", "addIntegration", "removeIntegration", "setEscalationPolicy", "setSchedule", "removeSchedule", "addOverride", "removeOverride", "addMaintenanceWindow", "removeMaintenanceWindow", "registerDevice", "revokeDevice", "deployContract", "setTeamContracts", "proposeOla", "signOla", "amendOla", "terminateOla"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new TxBody instance using the specified properties.
         * @function create
         * @memberof ackchain.TxBody
         * @static
         * @param {ackchain.TxBody.$Properties=} [properties] Properties to set
         * @returns {ackchain.TxBody} TxBody instance
         * @type {{
         *   (properties: ackchain.TxBody.$Shape): ackchain.TxBody & ackchain.TxBody.$Shape;
         *   (properties?: ackchain.TxBody.$Properties): ackchain.TxBody;
         * }}
         */
        TxBody.create = function(properties) {
            return new TxBody(properties);
        };

        /**
         * Encodes the specified TxBody message. Does not implicitly {@link ackchain.TxBody.verify|verify} messages.
         * @function encode
         * @memberof ackchain.TxBody
         * @static
         * @param {ackchain.TxBody.$Properties} message TxBody message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TxBody.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
            if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresAtMs);
            if (message.memo != null && $Object.hasOwnProperty.call(message, "memo") && message.memo !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.memo);
            if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.signedAtMs);
            if (message.triggerAlert != null && $Object.hasOwnProperty.call(message, "triggerAlert"))
                $root.ackchain.TriggerAlert.encode(message.triggerAlert, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.acknowledgeAlert != null && $Object.hasOwnProperty.call(message, "acknowledgeAlert"))
                $root.ackchain.AcknowledgeAlert.encode(message.acknowledgeAlert, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.resolveAlert != null && $Object.hasOwnProperty.call(message, "resolveAlert"))
                $root.ackchain.ResolveAlert.encode(message.resolveAlert, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.addAlertNote != null && $Object.hasOwnProperty.call(message, "addAlertNote"))
                $root.ackchain.AddAlertNote.encode(message.addAlertNote, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.snoozeAlert != null && $Object.hasOwnProperty.call(message, "snoozeAlert"))
                $root.ackchain.SnoozeAlert.encode(message.snoozeAlert, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.addMember != null && $Object.hasOwnProperty.call(message, "addMember"))
                $root.ackchain.AddMember.encode(message.addMember, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.removeMember != null && $Object.hasOwnProperty.call(message, "removeMember"))
                $root.ackchain.RemoveMember.encode(message.removeMember, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.addIntegration != null && $Object.hasOwnProperty.call(message, "addIntegration"))
                $root.ackchain.AddIntegration.encode(message.addIntegration, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.removeIntegration != null && $Object.hasOwnProperty.call(message, "removeIntegration"))
                $root.ackchain.RemoveIntegration.encode(message.removeIntegration, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.setEscalationPolicy != null && $Object.hasOwnProperty.call(message, "setEscalationPolicy"))
                $root.ackchain.SetEscalationPolicy.encode(message.setEscalationPolicy, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
            if (message.setSchedule != null && $Object.hasOwnProperty.call(message, "setSchedule"))
                $root.ackchain.SetSchedule.encode(message.setSchedule, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.removeSchedule != null && $Object.hasOwnProperty.call(message, "removeSchedule"))
                $root.ackchain.RemoveSchedule.encode(message.removeSchedule, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.addOverride != null && $Object.hasOwnProperty.call(message, "addOverride"))
                $root.ackchain.AddOverride.encode(message.addOverride, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
            if (message.removeOverride != null && $Object.hasOwnProperty.call(message, "removeOverride"))
                $root.ackchain.RemoveOverride.encode(message.removeOverride, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
            if (message.addMaintenanceWindow != null && $Object.hasOwnProperty.call(message, "addMaintenanceWindow"))
                $root.ackchain.AddMaintenanceWindow.encode(message.addMaintenanceWindow, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
            if (message.removeMaintenanceWindow != null && $Object.hasOwnProperty.call(message, "removeMaintenanceWindow"))
                $root.ackchain.RemoveMaintenanceWindow.encode(message.removeMaintenanceWindow, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.registerDevice != null && $Object.hasOwnProperty.call(message, "registerDevice"))
                $root.ackchain.RegisterDevice.encode(message.registerDevice, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.revokeDevice != null && $Object.hasOwnProperty.call(message, "revokeDevice"))
                $root.ackchain.RevokeDevice.encode(message.revokeDevice, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
            if (message.deployContract != null && $Object.hasOwnProperty.call(message, "deployContract"))
                $root.ackchain.DeployContract.encode(message.deployContract, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
            if (message.setTeamContracts != null && $Object.hasOwnProperty.call(message, "setTeamContracts"))
                $root.ackchain.SetTeamContracts.encode(message.setTeamContracts, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
            if (message.proposeOla != null && $Object.hasOwnProperty.call(message, "proposeOla"))
                $root.ackchain.ProposeOla.encode(message.proposeOla, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
            if (message.signOla != null && $Object.hasOwnProperty.call(message, "signOla"))
                $root.ackchain.SignOla.encode(message.signOla, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
            if (message.amendOla != null && $Object.hasOwnProperty.call(message, "amendOla"))
                $root.ackchain.AmendOla.encode(message.amendOla, writer.uint32(/* id 52, wireType 2 =*/418).fork(), _depth + 1).ldelim();
            if (message.terminateOla != null && $Object.hasOwnProperty.call(message, "terminateOla"))
                $root.ackchain.TerminateOla.encode(message.terminateOla, writer.uint32(/* id 53, wireType 2 =*/426).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TxBody message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.TxBody
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.TxBody & ackchain.TxBody.$Shape} TxBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TxBody.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.TxBody();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.chainId = value;
                        else
                            delete message.chainId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.expiresAtMs = value;
                        else
                            delete message.expiresAtMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.memo = value;
                        else
                            delete message.memo;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.signedAtMs = value;
                        else
                            delete message.signedAtMs;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.triggerAlert = $root.ackchain.TriggerAlert.decode(reader, reader.size(), $undefined, _depth + 1, message.triggerAlert);
                        message.payload = "triggerAlert";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.acknowledgeAlert = $root.ackchain.AcknowledgeAlert.decode(reader, reader.size(), $undefined, _depth + 1, message.acknowledgeAlert);
                        message.payload = "acknowledgeAlert";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.resolveAlert = $root.ackchain.ResolveAlert.decode(reader, reader.size(), $undefined, _depth + 1, message.resolveAlert);
                        message.payload = "resolveAlert";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.addAlertNote = $root.ackchain.AddAlertNote.decode(reader, reader.size(), $undefined, _depth + 1, message.addAlertNote);
                        message.payload = "addAlertNote";
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.snoozeAlert = $root.ackchain.SnoozeAlert.decode(reader, reader.size(), $undefined, _depth + 1, message.snoozeAlert);
                        message.payload = "snoozeAlert";
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.addMember = $root.ackchain.AddMember.decode(reader, reader.size(), $undefined, _depth + 1, message.addMember);
                        message.payload = "addMember";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.removeMember = $root.ackchain.RemoveMember.decode(reader, reader.size(), $undefined, _depth + 1, message.removeMember);
                        message.payload = "removeMember";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.addIntegration = $root.ackchain.AddIntegration.decode(reader, reader.size(), $undefined, _depth + 1, message.addIntegration);
                        message.payload = "addIntegration";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.removeIntegration = $root.ackchain.RemoveIntegration.decode(reader, reader.size(), $undefined, _depth + 1, message.removeIntegration);
                        message.payload = "removeIntegration";
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        message.setEscalationPolicy = $root.ackchain.SetEscalationPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.setEscalationPolicy);
                        message.payload = "setEscalationPolicy";
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        message.setSchedule = $root.ackchain.SetSchedule.decode(reader, reader.size(), $undefined, _depth + 1, message.setSchedule);
                        message.payload = "setSchedule";
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        message.removeSchedule = $root.ackchain.RemoveSchedule.decode(reader, reader.size(), $undefined, _depth + 1, message.removeSchedule);
                        message.payload = "removeSchedule";
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        message.addOverride = $root.ackchain.AddOverride.decode(reader, reader.size(), $undefined, _depth + 1, message.addOverride);
                        message.payload = "addOverride";
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        message.removeOverride = $root.ackchain.RemoveOverride.decode(reader, reader.size(), $undefined, _depth + 1, message.removeOverride);
                        message.payload = "removeOverride";
                        continue;
                    }
                case 29: {
                        if (wireType !== 2)
                            break;
                        message.addMaintenanceWindow = $root.ackchain.AddMaintenanceWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.addMaintenanceWindow);
                        message.payload = "addMaintenanceWindow";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.removeMaintenanceWindow = $root.ackchain.RemoveMaintenanceWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.removeMaintenanceWindow);
                        message.payload = "removeMaintenanceWindow";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.registerDevice = $root.ackchain.RegisterDevice.decode(reader, reader.size(), $undefined, _depth + 1, message.registerDevice);
                        message.payload = "registerDevice";
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        message.revokeDevice = $root.ackchain.RevokeDevice.decode(reader, reader.size(), $undefined, _depth + 1, message.revokeDevice);
                        message.payload = "revokeDevice";
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.deployContract = $root.ackchain.DeployContract.decode(reader, reader.size(), $undefined, _depth + 1, message.deployContract);
                        message.payload = "deployContract";
                        continue;
                    }
                case 41: {
                        if (wireType !== 2)
                            break;
                        message.setTeamContracts = $root.ackchain.SetTeamContracts.decode(reader, reader.size(), $undefined, _depth + 1, message.setTeamContracts);
                        message.payload = "setTeamContracts";
                        continue;
                    }
                case 50: {
                        if (wireType !== 2)
                            break;
                        message.proposeOla = $root.ackchain.ProposeOla.decode(reader, reader.size(), $undefined, _depth + 1, message.proposeOla);
                        message.payload = "proposeOla";
                        continue;
                    }
                case 51: {
                        if (wireType !== 2)
                            break;
                        message.signOla = $root.ackchain.SignOla.decode(reader, reader.size(), $undefined, _depth + 1, message.signOla);
                        message.payload = "signOla";
                        continue;
                    }
                case 52: {
                        if (wireType !== 2)
                            break;
                        message.amendOla = $root.ackchain.AmendOla.decode(reader, reader.size(), $undefined, _depth + 1, message.amendOla);
                        message.payload = "amendOla";
                        continue;
                    }
                case 53: {
                        if (wireType !== 2)
                            break;
                        message.terminateOla = $root.ackchain.TerminateOla.decode(reader, reader.size(), $undefined, _depth + 1, message.terminateOla);
                        message.payload = "terminateOla";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TxBody;
    })();

    /**
     * Severity enum.
     * @name ackchain.Severity
     * @enum {number}
     * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
     * @property {number} SEVERITY_CRITICAL=1 SEVERITY_CRITICAL value
     * @property {number} SEVERITY_ERROR=2 SEVERITY_ERROR value
     * @property {number} SEVERITY_WARNING=3 SEVERITY_WARNING value
     * @property {number} SEVERITY_INFO=4 SEVERITY_INFO value
     */
    ackchain.Severity = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
        values[valuesById[1] = "SEVERITY_CRITICAL"] = 1;
        values[valuesById[2] = "SEVERITY_ERROR"] = 2;
        values[valuesById[3] = "SEVERITY_WARNING"] = 3;
        values[valuesById[4] = "SEVERITY_INFO"] = 4;
        return values;
    })();

    ackchain.Link = (function() {

        /**
         * Properties of a Link.
         * @typedef {Object} ackchain.Link.$Properties
         * @property {string|null} [href] Link href
         * @property {string|null} [text] Link text
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Link.
         * @memberof ackchain
         * @interface ILink
         * @augments ackchain.Link.$Properties
         * @deprecated Use ackchain.Link.$Properties instead.
         */

        /**
         * Shape of a Link.
         * @typedef {ackchain.Link.$Properties} ackchain.Link.$Shape
         */

        /**
         * Constructs a new Link.
         * @memberof ackchain
         * @classdesc Represents a Link.
         * @constructor
         * @param {ackchain.Link.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Link = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Link href.
         * @member {string} href
         * @memberof ackchain.Link
         * @instance
         */
        Link.prototype.href = "";

        /**
         * Link text.
         * @member {string} text
         * @memberof ackchain.Link
         * @instance
         */
        Link.prototype.text = "";

        /**
         * Creates a new Link instance using the specified properties.
         * @function create
         * @memberof ackchain.Link
         * @static
         * @param {ackchain.Link.$Properties=} [properties] Properties to set
         * @returns {ackchain.Link} Link instance
         * @type {{
         *   (properties: ackchain.Link.$Shape): ackchain.Link & ackchain.Link.$Shape;
         *   (properties?: ackchain.Link.$Properties): ackchain.Link;
         * }}
         */
        Link.create = function(properties) {
            return new Link(properties);
        };

        /**
         * Encodes the specified Link message. Does not implicitly {@link ackchain.Link.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Link
         * @static
         * @param {ackchain.Link.$Properties} message Link message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Link.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.href != null && $Object.hasOwnProperty.call(message, "href") && message.href !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.href);
            if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Link message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Link
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Link & ackchain.Link.$Shape} Link
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Link.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Link();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.href = value;
                        else
                            delete message.href;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.text = value;
                        else
                            delete message.text;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Link;
    })();

    ackchain.TriggerAlert = (function() {

        /**
         * Properties of a TriggerAlert.
         * @typedef {Object} ackchain.TriggerAlert.$Properties
         * @property {string|null} [team] TriggerAlert team
         * @property {string|null} [dedupKey] TriggerAlert dedupKey
         * @property {string|null} [summary] TriggerAlert summary
         * @property {string|null} [source] TriggerAlert source
         * @property {ackchain.Severity|null} [severity] TriggerAlert severity
         * @property {string|null} [component] TriggerAlert component
         * @property {string|null} [group] TriggerAlert group
         * @property {string|null} [alertClass] TriggerAlert alertClass
         * @property {string|null} [customDetailsJson] TriggerAlert customDetailsJson
         * @property {Array.<ackchain.Link.$Properties>|null} [links] TriggerAlert links
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TriggerAlert.
         * @memberof ackchain
         * @interface ITriggerAlert
         * @augments ackchain.TriggerAlert.$Properties
         * @deprecated Use ackchain.TriggerAlert.$Properties instead.
         */

        /**
         * Shape of a TriggerAlert.
         * @typedef {ackchain.TriggerAlert.$Properties} ackchain.TriggerAlert.$Shape
         */

        /**
         * Constructs a new TriggerAlert.
         * @memberof ackchain
         * @classdesc Represents a TriggerAlert.
         * @constructor
         * @param {ackchain.TriggerAlert.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TriggerAlert = function (properties) {
            this.links = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TriggerAlert team.
         * @member {string} team
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.team = "";

        /**
         * TriggerAlert dedupKey.
         * @member {string} dedupKey
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.dedupKey = "";

        /**
         * TriggerAlert summary.
         * @member {string} summary
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.summary = "";

        /**
         * TriggerAlert source.
         * @member {string} source
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.source = "";

        /**
         * TriggerAlert severity.
         * @member {ackchain.Severity} severity
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.severity = 0;

        /**
         * TriggerAlert component.
         * @member {string} component
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.component = "";

        /**
         * TriggerAlert group.
         * @member {string} group
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.group = "";

        /**
         * TriggerAlert alertClass.
         * @member {string} alertClass
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.alertClass = "";

        /**
         * TriggerAlert customDetailsJson.
         * @member {string} customDetailsJson
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.customDetailsJson = "";

        /**
         * TriggerAlert links.
         * @member {Array.<ackchain.Link.$Properties>} links
         * @memberof ackchain.TriggerAlert
         * @instance
         */
        TriggerAlert.prototype.links = $util.emptyArray;

        /**
         * Creates a new TriggerAlert instance using the specified properties.
         * @function create
         * @memberof ackchain.TriggerAlert
         * @static
         * @param {ackchain.TriggerAlert.$Properties=} [properties] Properties to set
         * @returns {ackchain.TriggerAlert} TriggerAlert instance
         * @type {{
         *   (properties: ackchain.TriggerAlert.$Shape): ackchain.TriggerAlert & ackchain.TriggerAlert.$Shape;
         *   (properties?: ackchain.TriggerAlert.$Properties): ackchain.TriggerAlert;
         * }}
         */
        TriggerAlert.create = function(properties) {
            return new TriggerAlert(properties);
        };

        /**
         * Encodes the specified TriggerAlert message. Does not implicitly {@link ackchain.TriggerAlert.verify|verify} messages.
         * @function encode
         * @memberof ackchain.TriggerAlert
         * @static
         * @param {ackchain.TriggerAlert.$Properties} message TriggerAlert message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TriggerAlert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.dedupKey != null && $Object.hasOwnProperty.call(message, "dedupKey") && message.dedupKey !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.dedupKey);
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.summary);
            if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.source);
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.severity);
            if (message.component != null && $Object.hasOwnProperty.call(message, "component") && message.component !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.component);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.group);
            if (message.alertClass != null && $Object.hasOwnProperty.call(message, "alertClass") && message.alertClass !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.alertClass);
            if (message.customDetailsJson != null && $Object.hasOwnProperty.call(message, "customDetailsJson") && message.customDetailsJson !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.customDetailsJson);
            if (message.links != null && message.links.length)
                for (let i = 0; i < message.links.length; ++i)
                    $root.ackchain.Link.encode(message.links[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TriggerAlert message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.TriggerAlert
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.TriggerAlert & ackchain.TriggerAlert.$Shape} TriggerAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TriggerAlert.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.TriggerAlert();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dedupKey = value;
                        else
                            delete message.dedupKey;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.summary = value;
                        else
                            delete message.summary;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.source = value;
                        else
                            delete message.source;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.component = value;
                        else
                            delete message.component;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.alertClass = value;
                        else
                            delete message.alertClass;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.customDetailsJson = value;
                        else
                            delete message.customDetailsJson;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.links && message.links.length))
                            message.links = [];
                        message.links.push($root.ackchain.Link.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TriggerAlert;
    })();

    ackchain.AlertRef = (function() {

        /**
         * Properties of an AlertRef.
         * @typedef {Object} ackchain.AlertRef.$Properties
         * @property {string|null} [team] AlertRef team
         * @property {number|null} [number] AlertRef number
         * @property {string|null} [dedupKey] AlertRef dedupKey
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AlertRef.
         * @memberof ackchain
         * @interface IAlertRef
         * @augments ackchain.AlertRef.$Properties
         * @deprecated Use ackchain.AlertRef.$Properties instead.
         */

        /**
         * Shape of an AlertRef.
         * @typedef {ackchain.AlertRef.$Properties} ackchain.AlertRef.$Shape
         */

        /**
         * Constructs a new AlertRef.
         * @memberof ackchain
         * @classdesc Represents an AlertRef.
         * @constructor
         * @param {ackchain.AlertRef.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AlertRef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AlertRef team.
         * @member {string} team
         * @memberof ackchain.AlertRef
         * @instance
         */
        AlertRef.prototype.team = "";

        /**
         * AlertRef number.
         * @member {number} number
         * @memberof ackchain.AlertRef
         * @instance
         */
        AlertRef.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AlertRef dedupKey.
         * @member {string} dedupKey
         * @memberof ackchain.AlertRef
         * @instance
         */
        AlertRef.prototype.dedupKey = "";

        /**
         * Creates a new AlertRef instance using the specified properties.
         * @function create
         * @memberof ackchain.AlertRef
         * @static
         * @param {ackchain.AlertRef.$Properties=} [properties] Properties to set
         * @returns {ackchain.AlertRef} AlertRef instance
         * @type {{
         *   (properties: ackchain.AlertRef.$Shape): ackchain.AlertRef & ackchain.AlertRef.$Shape;
         *   (properties?: ackchain.AlertRef.$Properties): ackchain.AlertRef;
         * }}
         */
        AlertRef.create = function(properties) {
            return new AlertRef(properties);
        };

        /**
         * Encodes the specified AlertRef message. Does not implicitly {@link ackchain.AlertRef.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AlertRef
         * @static
         * @param {ackchain.AlertRef.$Properties} message AlertRef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlertRef.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.number != null && $Object.hasOwnProperty.call(message, "number") && (typeof message.number === "object" ? message.number.low || message.number.high : message.number !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
            if (message.dedupKey != null && $Object.hasOwnProperty.call(message, "dedupKey") && message.dedupKey !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.dedupKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AlertRef message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AlertRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AlertRef & ackchain.AlertRef.$Shape} AlertRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlertRef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AlertRef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.number = value;
                        else
                            delete message.number;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dedupKey = value;
                        else
                            delete message.dedupKey;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AlertRef;
    })();

    ackchain.AcknowledgeAlert = (function() {

        /**
         * Properties of an AcknowledgeAlert.
         * @typedef {Object} ackchain.AcknowledgeAlert.$Properties
         * @property {ackchain.AlertRef.$Properties|null} [alert] AcknowledgeAlert alert
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AcknowledgeAlert.
         * @memberof ackchain
         * @interface IAcknowledgeAlert
         * @augments ackchain.AcknowledgeAlert.$Properties
         * @deprecated Use ackchain.AcknowledgeAlert.$Properties instead.
         */

        /**
         * Shape of an AcknowledgeAlert.
         * @typedef {ackchain.AcknowledgeAlert.$Properties} ackchain.AcknowledgeAlert.$Shape
         */

        /**
         * Constructs a new AcknowledgeAlert.
         * @memberof ackchain
         * @classdesc Represents an AcknowledgeAlert.
         * @constructor
         * @param {ackchain.AcknowledgeAlert.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AcknowledgeAlert = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AcknowledgeAlert alert.
         * @member {ackchain.AlertRef.$Properties|null|undefined} alert
         * @memberof ackchain.AcknowledgeAlert
         * @instance
         */
        AcknowledgeAlert.prototype.alert = null;

        /**
         * Creates a new AcknowledgeAlert instance using the specified properties.
         * @function create
         * @memberof ackchain.AcknowledgeAlert
         * @static
         * @param {ackchain.AcknowledgeAlert.$Properties=} [properties] Properties to set
         * @returns {ackchain.AcknowledgeAlert} AcknowledgeAlert instance
         * @type {{
         *   (properties: ackchain.AcknowledgeAlert.$Shape): ackchain.AcknowledgeAlert & ackchain.AcknowledgeAlert.$Shape;
         *   (properties?: ackchain.AcknowledgeAlert.$Properties): ackchain.AcknowledgeAlert;
         * }}
         */
        AcknowledgeAlert.create = function(properties) {
            return new AcknowledgeAlert(properties);
        };

        /**
         * Encodes the specified AcknowledgeAlert message. Does not implicitly {@link ackchain.AcknowledgeAlert.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AcknowledgeAlert
         * @static
         * @param {ackchain.AcknowledgeAlert.$Properties} message AcknowledgeAlert message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AcknowledgeAlert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                $root.ackchain.AlertRef.encode(message.alert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AcknowledgeAlert message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AcknowledgeAlert
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AcknowledgeAlert & ackchain.AcknowledgeAlert.$Shape} AcknowledgeAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AcknowledgeAlert.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AcknowledgeAlert();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.alert = $root.ackchain.AlertRef.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AcknowledgeAlert;
    })();

    ackchain.ResolveAlert = (function() {

        /**
         * Properties of a ResolveAlert.
         * @typedef {Object} ackchain.ResolveAlert.$Properties
         * @property {ackchain.AlertRef.$Properties|null} [alert] ResolveAlert alert
         * @property {string|null} [resolution] ResolveAlert resolution
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResolveAlert.
         * @memberof ackchain
         * @interface IResolveAlert
         * @augments ackchain.ResolveAlert.$Properties
         * @deprecated Use ackchain.ResolveAlert.$Properties instead.
         */

        /**
         * Shape of a ResolveAlert.
         * @typedef {ackchain.ResolveAlert.$Properties} ackchain.ResolveAlert.$Shape
         */

        /**
         * Constructs a new ResolveAlert.
         * @memberof ackchain
         * @classdesc Represents a ResolveAlert.
         * @constructor
         * @param {ackchain.ResolveAlert.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ResolveAlert = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ResolveAlert alert.
         * @member {ackchain.AlertRef.$Properties|null|undefined} alert
         * @memberof ackchain.ResolveAlert
         * @instance
         */
        ResolveAlert.prototype.alert = null;

        /**
         * ResolveAlert resolution.
         * @member {string} resolution
         * @memberof ackchain.ResolveAlert
         * @instance
         */
        ResolveAlert.prototype.resolution = "";

        /**
         * Creates a new ResolveAlert instance using the specified properties.
         * @function create
         * @memberof ackchain.ResolveAlert
         * @static
         * @param {ackchain.ResolveAlert.$Properties=} [properties] Properties to set
         * @returns {ackchain.ResolveAlert} ResolveAlert instance
         * @type {{
         *   (properties: ackchain.ResolveAlert.$Shape): ackchain.ResolveAlert & ackchain.ResolveAlert.$Shape;
         *   (properties?: ackchain.ResolveAlert.$Properties): ackchain.ResolveAlert;
         * }}
         */
        ResolveAlert.create = function(properties) {
            return new ResolveAlert(properties);
        };

        /**
         * Encodes the specified ResolveAlert message. Does not implicitly {@link ackchain.ResolveAlert.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ResolveAlert
         * @static
         * @param {ackchain.ResolveAlert.$Properties} message ResolveAlert message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResolveAlert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                $root.ackchain.AlertRef.encode(message.alert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.resolution != null && $Object.hasOwnProperty.call(message, "resolution") && message.resolution !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.resolution);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ResolveAlert message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ResolveAlert
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ResolveAlert & ackchain.ResolveAlert.$Shape} ResolveAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResolveAlert.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ResolveAlert();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.alert = $root.ackchain.AlertRef.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resolution = value;
                        else
                            delete message.resolution;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ResolveAlert;
    })();

    ackchain.AddAlertNote = (function() {

        /**
         * Properties of an AddAlertNote.
         * @typedef {Object} ackchain.AddAlertNote.$Properties
         * @property {ackchain.AlertRef.$Properties|null} [alert] AddAlertNote alert
         * @property {string|null} [note] AddAlertNote note
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddAlertNote.
         * @memberof ackchain
         * @interface IAddAlertNote
         * @augments ackchain.AddAlertNote.$Properties
         * @deprecated Use ackchain.AddAlertNote.$Properties instead.
         */

        /**
         * Shape of an AddAlertNote.
         * @typedef {ackchain.AddAlertNote.$Properties} ackchain.AddAlertNote.$Shape
         */

        /**
         * Constructs a new AddAlertNote.
         * @memberof ackchain
         * @classdesc Represents an AddAlertNote.
         * @constructor
         * @param {ackchain.AddAlertNote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddAlertNote = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddAlertNote alert.
         * @member {ackchain.AlertRef.$Properties|null|undefined} alert
         * @memberof ackchain.AddAlertNote
         * @instance
         */
        AddAlertNote.prototype.alert = null;

        /**
         * AddAlertNote note.
         * @member {string} note
         * @memberof ackchain.AddAlertNote
         * @instance
         */
        AddAlertNote.prototype.note = "";

        /**
         * Creates a new AddAlertNote instance using the specified properties.
         * @function create
         * @memberof ackchain.AddAlertNote
         * @static
         * @param {ackchain.AddAlertNote.$Properties=} [properties] Properties to set
         * @returns {ackchain.AddAlertNote} AddAlertNote instance
         * @type {{
         *   (properties: ackchain.AddAlertNote.$Shape): ackchain.AddAlertNote & ackchain.AddAlertNote.$Shape;
         *   (properties?: ackchain.AddAlertNote.$Properties): ackchain.AddAlertNote;
         * }}
         */
        AddAlertNote.create = function(properties) {
            return new AddAlertNote(properties);
        };

        /**
         * Encodes the specified AddAlertNote message. Does not implicitly {@link ackchain.AddAlertNote.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AddAlertNote
         * @static
         * @param {ackchain.AddAlertNote.$Properties} message AddAlertNote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddAlertNote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                $root.ackchain.AlertRef.encode(message.alert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.note);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddAlertNote message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AddAlertNote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AddAlertNote & ackchain.AddAlertNote.$Shape} AddAlertNote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddAlertNote.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AddAlertNote();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.alert = $root.ackchain.AlertRef.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.note = value;
                        else
                            delete message.note;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddAlertNote;
    })();

    ackchain.SnoozeAlert = (function() {

        /**
         * Properties of a SnoozeAlert.
         * @typedef {Object} ackchain.SnoozeAlert.$Properties
         * @property {ackchain.AlertRef.$Properties|null} [alert] SnoozeAlert alert
         * @property {number|null} [untilMs] SnoozeAlert untilMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnoozeAlert.
         * @memberof ackchain
         * @interface ISnoozeAlert
         * @augments ackchain.SnoozeAlert.$Properties
         * @deprecated Use ackchain.SnoozeAlert.$Properties instead.
         */

        /**
         * Shape of a SnoozeAlert.
         * @typedef {ackchain.SnoozeAlert.$Properties} ackchain.SnoozeAlert.$Shape
         */

        /**
         * Constructs a new SnoozeAlert.
         * @memberof ackchain
         * @classdesc Represents a SnoozeAlert.
         * @constructor
         * @param {ackchain.SnoozeAlert.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnoozeAlert = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SnoozeAlert alert.
         * @member {ackchain.AlertRef.$Properties|null|undefined} alert
         * @memberof ackchain.SnoozeAlert
         * @instance
         */
        SnoozeAlert.prototype.alert = null;

        /**
         * SnoozeAlert untilMs.
         * @member {number} untilMs
         * @memberof ackchain.SnoozeAlert
         * @instance
         */
        SnoozeAlert.prototype.untilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SnoozeAlert instance using the specified properties.
         * @function create
         * @memberof ackchain.SnoozeAlert
         * @static
         * @param {ackchain.SnoozeAlert.$Properties=} [properties] Properties to set
         * @returns {ackchain.SnoozeAlert} SnoozeAlert instance
         * @type {{
         *   (properties: ackchain.SnoozeAlert.$Shape): ackchain.SnoozeAlert & ackchain.SnoozeAlert.$Shape;
         *   (properties?: ackchain.SnoozeAlert.$Properties): ackchain.SnoozeAlert;
         * }}
         */
        SnoozeAlert.create = function(properties) {
            return new SnoozeAlert(properties);
        };

        /**
         * Encodes the specified SnoozeAlert message. Does not implicitly {@link ackchain.SnoozeAlert.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SnoozeAlert
         * @static
         * @param {ackchain.SnoozeAlert.$Properties} message SnoozeAlert message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnoozeAlert.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                $root.ackchain.AlertRef.encode(message.alert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.untilMs != null && $Object.hasOwnProperty.call(message, "untilMs") && (typeof message.untilMs === "object" ? message.untilMs.low || message.untilMs.high : message.untilMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.untilMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SnoozeAlert message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SnoozeAlert
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SnoozeAlert & ackchain.SnoozeAlert.$Shape} SnoozeAlert
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnoozeAlert.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SnoozeAlert();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.alert = $root.ackchain.AlertRef.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.untilMs = value;
                        else
                            delete message.untilMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SnoozeAlert;
    })();

    /**
     * Role enum.
     * @name ackchain.Role
     * @enum {number}
     * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
     * @property {number} ROLE_ADMIN=1 ROLE_ADMIN value
     * @property {number} ROLE_RESPONDER=2 ROLE_RESPONDER value
     */
    ackchain.Role = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "ROLE_ADMIN"] = 1;
        values[valuesById[2] = "ROLE_RESPONDER"] = 2;
        return values;
    })();

    ackchain.AddMember = (function() {

        /**
         * Properties of an AddMember.
         * @typedef {Object} ackchain.AddMember.$Properties
         * @property {string|null} [team] AddMember team
         * @property {Uint8Array|null} [account] AddMember account
         * @property {string|null} [handle] AddMember handle
         * @property {ackchain.Role|null} [role] AddMember role
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddMember.
         * @memberof ackchain
         * @interface IAddMember
         * @augments ackchain.AddMember.$Properties
         * @deprecated Use ackchain.AddMember.$Properties instead.
         */

        /**
         * Shape of an AddMember.
         * @typedef {ackchain.AddMember.$Properties} ackchain.AddMember.$Shape
         */

        /**
         * Constructs a new AddMember.
         * @memberof ackchain
         * @classdesc Represents an AddMember.
         * @constructor
         * @param {ackchain.AddMember.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddMember = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddMember team.
         * @member {string} team
         * @memberof ackchain.AddMember
         * @instance
         */
        AddMember.prototype.team = "";

        /**
         * AddMember account.
         * @member {Uint8Array} account
         * @memberof ackchain.AddMember
         * @instance
         */
        AddMember.prototype.account = $util.newBuffer([]);

        /**
         * AddMember handle.
         * @member {string} handle
         * @memberof ackchain.AddMember
         * @instance
         */
        AddMember.prototype.handle = "";

        /**
         * AddMember role.
         * @member {ackchain.Role} role
         * @memberof ackchain.AddMember
         * @instance
         */
        AddMember.prototype.role = 0;

        /**
         * Creates a new AddMember instance using the specified properties.
         * @function create
         * @memberof ackchain.AddMember
         * @static
         * @param {ackchain.AddMember.$Properties=} [properties] Properties to set
         * @returns {ackchain.AddMember} AddMember instance
         * @type {{
         *   (properties: ackchain.AddMember.$Shape): ackchain.AddMember & ackchain.AddMember.$Shape;
         *   (properties?: ackchain.AddMember.$Properties): ackchain.AddMember;
         * }}
         */
        AddMember.create = function(properties) {
            return new AddMember(properties);
        };

        /**
         * Encodes the specified AddMember message. Does not implicitly {@link ackchain.AddMember.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AddMember
         * @static
         * @param {ackchain.AddMember.$Properties} message AddMember message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddMember.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.account);
            if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.handle);
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.role);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddMember message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AddMember
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AddMember & ackchain.AddMember.$Shape} AddMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddMember.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AddMember();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.handle = value;
                        else
                            delete message.handle;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddMember;
    })();

    ackchain.RemoveMember = (function() {

        /**
         * Properties of a RemoveMember.
         * @typedef {Object} ackchain.RemoveMember.$Properties
         * @property {string|null} [team] RemoveMember team
         * @property {Uint8Array|null} [account] RemoveMember account
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveMember.
         * @memberof ackchain
         * @interface IRemoveMember
         * @augments ackchain.RemoveMember.$Properties
         * @deprecated Use ackchain.RemoveMember.$Properties instead.
         */

        /**
         * Shape of a RemoveMember.
         * @typedef {ackchain.RemoveMember.$Properties} ackchain.RemoveMember.$Shape
         */

        /**
         * Constructs a new RemoveMember.
         * @memberof ackchain
         * @classdesc Represents a RemoveMember.
         * @constructor
         * @param {ackchain.RemoveMember.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveMember = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveMember team.
         * @member {string} team
         * @memberof ackchain.RemoveMember
         * @instance
         */
        RemoveMember.prototype.team = "";

        /**
         * RemoveMember account.
         * @member {Uint8Array} account
         * @memberof ackchain.RemoveMember
         * @instance
         */
        RemoveMember.prototype.account = $util.newBuffer([]);

        /**
         * Creates a new RemoveMember instance using the specified properties.
         * @function create
         * @memberof ackchain.RemoveMember
         * @static
         * @param {ackchain.RemoveMember.$Properties=} [properties] Properties to set
         * @returns {ackchain.RemoveMember} RemoveMember instance
         * @type {{
         *   (properties: ackchain.RemoveMember.$Shape): ackchain.RemoveMember & ackchain.RemoveMember.$Shape;
         *   (properties?: ackchain.RemoveMember.$Properties): ackchain.RemoveMember;
         * }}
         */
        RemoveMember.create = function(properties) {
            return new RemoveMember(properties);
        };

        /**
         * Encodes the specified RemoveMember message. Does not implicitly {@link ackchain.RemoveMember.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RemoveMember
         * @static
         * @param {ackchain.RemoveMember.$Properties} message RemoveMember message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveMember.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.account);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveMember message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RemoveMember
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RemoveMember & ackchain.RemoveMember.$Shape} RemoveMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveMember.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RemoveMember();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveMember;
    })();

    ackchain.AddIntegration = (function() {

        /**
         * Properties of an AddIntegration.
         * @typedef {Object} ackchain.AddIntegration.$Properties
         * @property {string|null} [team] AddIntegration team
         * @property {Uint8Array|null} [account] AddIntegration account
         * @property {string|null} [name] AddIntegration name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddIntegration.
         * @memberof ackchain
         * @interface IAddIntegration
         * @augments ackchain.AddIntegration.$Properties
         * @deprecated Use ackchain.AddIntegration.$Properties instead.
         */

        /**
         * Shape of an AddIntegration.
         * @typedef {ackchain.AddIntegration.$Properties} ackchain.AddIntegration.$Shape
         */

        /**
         * Constructs a new AddIntegration.
         * @memberof ackchain
         * @classdesc Represents an AddIntegration.
         * @constructor
         * @param {ackchain.AddIntegration.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddIntegration = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddIntegration team.
         * @member {string} team
         * @memberof ackchain.AddIntegration
         * @instance
         */
        AddIntegration.prototype.team = "";

        /**
         * AddIntegration account.
         * @member {Uint8Array} account
         * @memberof ackchain.AddIntegration
         * @instance
         */
        AddIntegration.prototype.account = $util.newBuffer([]);

        /**
         * AddIntegration name.
         * @member {string} name
         * @memberof ackchain.AddIntegration
         * @instance
         */
        AddIntegration.prototype.name = "";

        /**
         * Creates a new AddIntegration instance using the specified properties.
         * @function create
         * @memberof ackchain.AddIntegration
         * @static
         * @param {ackchain.AddIntegration.$Properties=} [properties] Properties to set
         * @returns {ackchain.AddIntegration} AddIntegration instance
         * @type {{
         *   (properties: ackchain.AddIntegration.$Shape): ackchain.AddIntegration & ackchain.AddIntegration.$Shape;
         *   (properties?: ackchain.AddIntegration.$Properties): ackchain.AddIntegration;
         * }}
         */
        AddIntegration.create = function(properties) {
            return new AddIntegration(properties);
        };

        /**
         * Encodes the specified AddIntegration message. Does not implicitly {@link ackchain.AddIntegration.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AddIntegration
         * @static
         * @param {ackchain.AddIntegration.$Properties} message AddIntegration message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddIntegration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.account);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddIntegration message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AddIntegration
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AddIntegration & ackchain.AddIntegration.$Shape} AddIntegration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddIntegration.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AddIntegration();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddIntegration;
    })();

    ackchain.RemoveIntegration = (function() {

        /**
         * Properties of a RemoveIntegration.
         * @typedef {Object} ackchain.RemoveIntegration.$Properties
         * @property {string|null} [team] RemoveIntegration team
         * @property {Uint8Array|null} [account] RemoveIntegration account
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveIntegration.
         * @memberof ackchain
         * @interface IRemoveIntegration
         * @augments ackchain.RemoveIntegration.$Properties
         * @deprecated Use ackchain.RemoveIntegration.$Properties instead.
         */

        /**
         * Shape of a RemoveIntegration.
         * @typedef {ackchain.RemoveIntegration.$Properties} ackchain.RemoveIntegration.$Shape
         */

        /**
         * Constructs a new RemoveIntegration.
         * @memberof ackchain
         * @classdesc Represents a RemoveIntegration.
         * @constructor
         * @param {ackchain.RemoveIntegration.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveIntegration = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveIntegration team.
         * @member {string} team
         * @memberof ackchain.RemoveIntegration
         * @instance
         */
        RemoveIntegration.prototype.team = "";

        /**
         * RemoveIntegration account.
         * @member {Uint8Array} account
         * @memberof ackchain.RemoveIntegration
         * @instance
         */
        RemoveIntegration.prototype.account = $util.newBuffer([]);

        /**
         * Creates a new RemoveIntegration instance using the specified properties.
         * @function create
         * @memberof ackchain.RemoveIntegration
         * @static
         * @param {ackchain.RemoveIntegration.$Properties=} [properties] Properties to set
         * @returns {ackchain.RemoveIntegration} RemoveIntegration instance
         * @type {{
         *   (properties: ackchain.RemoveIntegration.$Shape): ackchain.RemoveIntegration & ackchain.RemoveIntegration.$Shape;
         *   (properties?: ackchain.RemoveIntegration.$Properties): ackchain.RemoveIntegration;
         * }}
         */
        RemoveIntegration.create = function(properties) {
            return new RemoveIntegration(properties);
        };

        /**
         * Encodes the specified RemoveIntegration message. Does not implicitly {@link ackchain.RemoveIntegration.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RemoveIntegration
         * @static
         * @param {ackchain.RemoveIntegration.$Properties} message RemoveIntegration message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveIntegration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.account);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveIntegration message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RemoveIntegration
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RemoveIntegration & ackchain.RemoveIntegration.$Shape} RemoveIntegration
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveIntegration.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RemoveIntegration();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveIntegration;
    })();

    ackchain.DeployContract = (function() {

        /**
         * Properties of a DeployContract.
         * @typedef {Object} ackchain.DeployContract.$Properties
         * @property {string|null} [name] DeployContract name
         * @property {Uint8Array|null} [code] DeployContract code
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeployContract.
         * @memberof ackchain
         * @interface IDeployContract
         * @augments ackchain.DeployContract.$Properties
         * @deprecated Use ackchain.DeployContract.$Properties instead.
         */

        /**
         * Shape of a DeployContract.
         * @typedef {ackchain.DeployContract.$Properties} ackchain.DeployContract.$Shape
         */

        /**
         * Constructs a new DeployContract.
         * @memberof ackchain
         * @classdesc Represents a DeployContract.
         * @constructor
         * @param {ackchain.DeployContract.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeployContract = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeployContract name.
         * @member {string} name
         * @memberof ackchain.DeployContract
         * @instance
         */
        DeployContract.prototype.name = "";

        /**
         * DeployContract code.
         * @member {Uint8Array} code
         * @memberof ackchain.DeployContract
         * @instance
         */
        DeployContract.prototype.code = $util.newBuffer([]);

        /**
         * Creates a new DeployContract instance using the specified properties.
         * @function create
         * @memberof ackchain.DeployContract
         * @static
         * @param {ackchain.DeployContract.$Properties=} [properties] Properties to set
         * @returns {ackchain.DeployContract} DeployContract instance
         * @type {{
         *   (properties: ackchain.DeployContract.$Shape): ackchain.DeployContract & ackchain.DeployContract.$Shape;
         *   (properties?: ackchain.DeployContract.$Properties): ackchain.DeployContract;
         * }}
         */
        DeployContract.create = function(properties) {
            return new DeployContract(properties);
        };

        /**
         * Encodes the specified DeployContract message. Does not implicitly {@link ackchain.DeployContract.verify|verify} messages.
         * @function encode
         * @memberof ackchain.DeployContract
         * @static
         * @param {ackchain.DeployContract.$Properties} message DeployContract message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeployContract.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.code);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeployContract message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.DeployContract
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.DeployContract & ackchain.DeployContract.$Shape} DeployContract
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeployContract.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.DeployContract();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return DeployContract;
    })();

    ackchain.SetTeamContracts = (function() {

        /**
         * Properties of a SetTeamContracts.
         * @typedef {Object} ackchain.SetTeamContracts.$Properties
         * @property {string|null} [team] SetTeamContracts team
         * @property {Array.<ackchain.ContractAssignment.$Properties>|null} [assignments] SetTeamContracts assignments
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetTeamContracts.
         * @memberof ackchain
         * @interface ISetTeamContracts
         * @augments ackchain.SetTeamContracts.$Properties
         * @deprecated Use ackchain.SetTeamContracts.$Properties instead.
         */

        /**
         * Shape of a SetTeamContracts.
         * @typedef {ackchain.SetTeamContracts.$Properties} ackchain.SetTeamContracts.$Shape
         */

        /**
         * Constructs a new SetTeamContracts.
         * @memberof ackchain
         * @classdesc Represents a SetTeamContracts.
         * @constructor
         * @param {ackchain.SetTeamContracts.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetTeamContracts = function (properties) {
            this.assignments = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SetTeamContracts team.
         * @member {string} team
         * @memberof ackchain.SetTeamContracts
         * @instance
         */
        SetTeamContracts.prototype.team = "";

        /**
         * SetTeamContracts assignments.
         * @member {Array.<ackchain.ContractAssignment.$Properties>} assignments
         * @memberof ackchain.SetTeamContracts
         * @instance
         */
        SetTeamContracts.prototype.assignments = $util.emptyArray;

        /**
         * Creates a new SetTeamContracts instance using the specified properties.
         * @function create
         * @memberof ackchain.SetTeamContracts
         * @static
         * @param {ackchain.SetTeamContracts.$Properties=} [properties] Properties to set
         * @returns {ackchain.SetTeamContracts} SetTeamContracts instance
         * @type {{
         *   (properties: ackchain.SetTeamContracts.$Shape): ackchain.SetTeamContracts & ackchain.SetTeamContracts.$Shape;
         *   (properties?: ackchain.SetTeamContracts.$Properties): ackchain.SetTeamContracts;
         * }}
         */
        SetTeamContracts.create = function(properties) {
            return new SetTeamContracts(properties);
        };

        /**
         * Encodes the specified SetTeamContracts message. Does not implicitly {@link ackchain.SetTeamContracts.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SetTeamContracts
         * @static
         * @param {ackchain.SetTeamContracts.$Properties} message SetTeamContracts message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetTeamContracts.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.assignments != null && message.assignments.length)
                for (let i = 0; i < message.assignments.length; ++i)
                    $root.ackchain.ContractAssignment.encode(message.assignments[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SetTeamContracts message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SetTeamContracts
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SetTeamContracts & ackchain.SetTeamContracts.$Shape} SetTeamContracts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetTeamContracts.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SetTeamContracts();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.assignments && message.assignments.length))
                            message.assignments = [];
                        message.assignments.push($root.ackchain.ContractAssignment.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SetTeamContracts;
    })();

    ackchain.ContractAssignment = (function() {

        /**
         * Properties of a ContractAssignment.
         * @typedef {Object} ackchain.ContractAssignment.$Properties
         * @property {string|null} [slot] ContractAssignment slot
         * @property {Uint8Array|null} [address] ContractAssignment address
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContractAssignment.
         * @memberof ackchain
         * @interface IContractAssignment
         * @augments ackchain.ContractAssignment.$Properties
         * @deprecated Use ackchain.ContractAssignment.$Properties instead.
         */

        /**
         * Shape of a ContractAssignment.
         * @typedef {ackchain.ContractAssignment.$Properties} ackchain.ContractAssignment.$Shape
         */

        /**
         * Constructs a new ContractAssignment.
         * @memberof ackchain
         * @classdesc Represents a ContractAssignment.
         * @constructor
         * @param {ackchain.ContractAssignment.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContractAssignment = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContractAssignment slot.
         * @member {string} slot
         * @memberof ackchain.ContractAssignment
         * @instance
         */
        ContractAssignment.prototype.slot = "";

        /**
         * ContractAssignment address.
         * @member {Uint8Array} address
         * @memberof ackchain.ContractAssignment
         * @instance
         */
        ContractAssignment.prototype.address = $util.newBuffer([]);

        /**
         * Creates a new ContractAssignment instance using the specified properties.
         * @function create
         * @memberof ackchain.ContractAssignment
         * @static
         * @param {ackchain.ContractAssignment.$Properties=} [properties] Properties to set
         * @returns {ackchain.ContractAssignment} ContractAssignment instance
         * @type {{
         *   (properties: ackchain.ContractAssignment.$Shape): ackchain.ContractAssignment & ackchain.ContractAssignment.$Shape;
         *   (properties?: ackchain.ContractAssignment.$Properties): ackchain.ContractAssignment;
         * }}
         */
        ContractAssignment.create = function(properties) {
            return new ContractAssignment(properties);
        };

        /**
         * Encodes the specified ContractAssignment message. Does not implicitly {@link ackchain.ContractAssignment.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ContractAssignment
         * @static
         * @param {ackchain.ContractAssignment.$Properties} message ContractAssignment message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContractAssignment.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.slot);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.address);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContractAssignment message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ContractAssignment
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ContractAssignment & ackchain.ContractAssignment.$Shape} ContractAssignment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContractAssignment.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ContractAssignment();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.slot = value;
                        else
                            delete message.slot;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.address = value;
                        else
                            delete message.address;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ContractAssignment;
    })();

    ackchain.EscalationTarget = (function() {

        /**
         * Properties of an EscalationTarget.
         * @typedef {Object} ackchain.EscalationTarget.$Properties
         * @property {Uint8Array|null} [member] EscalationTarget member
         * @property {string|null} [schedule] EscalationTarget schedule
         * @property {"member"|"schedule"} [target] EscalationTarget target
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EscalationTarget.
         * @memberof ackchain
         * @interface IEscalationTarget
         * @augments ackchain.EscalationTarget.$Properties
         * @deprecated Use ackchain.EscalationTarget.$Properties instead.
         */

        /**
         * Narrowed shape of an EscalationTarget.
         * @typedef {{
         *   member?: Uint8Array|null;
         *   schedule?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ target?: undefined; member?: null; schedule?: null }|{ target?: "member"; member: Uint8Array; schedule?: null }|{ target?: "schedule"; member?: null; schedule: string })
         * )} ackchain.EscalationTarget.$Shape
         */

        /**
         * Constructs a new EscalationTarget.
         * @memberof ackchain
         * @classdesc Represents an EscalationTarget.
         * @constructor
         * @param {ackchain.EscalationTarget.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EscalationTarget = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EscalationTarget member.
         * @member {Uint8Array|null|undefined} member
         * @memberof ackchain.EscalationTarget
         * @instance
         */
        EscalationTarget.prototype.member = null;

        /**
         * EscalationTarget schedule.
         * @member {string|null|undefined} schedule
         * @memberof ackchain.EscalationTarget
         * @instance
         */
        EscalationTarget.prototype.schedule = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * EscalationTarget target.
         * @member {"member"|"schedule"|undefined} target
         * @memberof ackchain.EscalationTarget
         * @instance
         */
        $Object.defineProperty(EscalationTarget.prototype, "target", {
            get: $util.oneOfGetter($oneOfFields = ["member", "schedule"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new EscalationTarget instance using the specified properties.
         * @function create
         * @memberof ackchain.EscalationTarget
         * @static
         * @param {ackchain.EscalationTarget.$Properties=} [properties] Properties to set
         * @returns {ackchain.EscalationTarget} EscalationTarget instance
         * @type {{
         *   (properties: ackchain.EscalationTarget.$Shape): ackchain.EscalationTarget & ackchain.EscalationTarget.$Shape;
         *   (properties?: ackchain.EscalationTarget.$Properties): ackchain.EscalationTarget;
         * }}
         */
        EscalationTarget.create = function(properties) {
            return new EscalationTarget(properties);
        };

        /**
         * Encodes the specified EscalationTarget message. Does not implicitly {@link ackchain.EscalationTarget.verify|verify} messages.
         * @function encode
         * @memberof ackchain.EscalationTarget
         * @static
         * @param {ackchain.EscalationTarget.$Properties} message EscalationTarget message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EscalationTarget.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.member);
            if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.schedule);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EscalationTarget message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.EscalationTarget
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.EscalationTarget & ackchain.EscalationTarget.$Shape} EscalationTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EscalationTarget.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.EscalationTarget();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.member = reader.bytes();
                        message.target = "member";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.schedule = reader.stringVerify();
                        message.target = "schedule";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EscalationTarget;
    })();

    ackchain.EscalationLevel = (function() {

        /**
         * Properties of an EscalationLevel.
         * @typedef {Object} ackchain.EscalationLevel.$Properties
         * @property {number|null} [delayMs] EscalationLevel delayMs
         * @property {Array.<ackchain.EscalationTarget.$Properties>|null} [targets] EscalationLevel targets
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EscalationLevel.
         * @memberof ackchain
         * @interface IEscalationLevel
         * @augments ackchain.EscalationLevel.$Properties
         * @deprecated Use ackchain.EscalationLevel.$Properties instead.
         */

        /**
         * Shape of an EscalationLevel.
         * @typedef {{
         *   delayMs?: number|null;
         *   targets?: Array.<ackchain.EscalationTarget.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} ackchain.EscalationLevel.$Shape
         */

        /**
         * Constructs a new EscalationLevel.
         * @memberof ackchain
         * @classdesc Represents an EscalationLevel.
         * @constructor
         * @param {ackchain.EscalationLevel.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EscalationLevel = function (properties) {
            this.targets = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EscalationLevel delayMs.
         * @member {number} delayMs
         * @memberof ackchain.EscalationLevel
         * @instance
         */
        EscalationLevel.prototype.delayMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * EscalationLevel targets.
         * @member {Array.<ackchain.EscalationTarget.$Properties>} targets
         * @memberof ackchain.EscalationLevel
         * @instance
         */
        EscalationLevel.prototype.targets = $util.emptyArray;

        /**
         * Creates a new EscalationLevel instance using the specified properties.
         * @function create
         * @memberof ackchain.EscalationLevel
         * @static
         * @param {ackchain.EscalationLevel.$Properties=} [properties] Properties to set
         * @returns {ackchain.EscalationLevel} EscalationLevel instance
         * @type {{
         *   (properties: ackchain.EscalationLevel.$Shape): ackchain.EscalationLevel & ackchain.EscalationLevel.$Shape;
         *   (properties?: ackchain.EscalationLevel.$Properties): ackchain.EscalationLevel;
         * }}
         */
        EscalationLevel.create = function(properties) {
            return new EscalationLevel(properties);
        };

        /**
         * Encodes the specified EscalationLevel message. Does not implicitly {@link ackchain.EscalationLevel.verify|verify} messages.
         * @function encode
         * @memberof ackchain.EscalationLevel
         * @static
         * @param {ackchain.EscalationLevel.$Properties} message EscalationLevel message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EscalationLevel.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && (typeof message.delayMs === "object" ? message.delayMs.low || message.delayMs.high : message.delayMs !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.delayMs);
            if (message.targets != null && message.targets.length)
                for (let i = 0; i < message.targets.length; ++i)
                    $root.ackchain.EscalationTarget.encode(message.targets[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EscalationLevel message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.EscalationLevel
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.EscalationLevel & ackchain.EscalationLevel.$Shape} EscalationLevel
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EscalationLevel.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.EscalationLevel();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.delayMs = value;
                        else
                            delete message.delayMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.targets && message.targets.length))
                            message.targets = [];
                        message.targets.push($root.ackchain.EscalationTarget.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EscalationLevel;
    })();

    ackchain.EscalationPolicy = (function() {

        /**
         * Properties of an EscalationPolicy.
         * @typedef {Object} ackchain.EscalationPolicy.$Properties
         * @property {Array.<ackchain.EscalationLevel.$Properties>|null} [levels] EscalationPolicy levels
         * @property {number|null} [repeats] EscalationPolicy repeats
         * @property {number|null} [ackTimeoutMs] EscalationPolicy ackTimeoutMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EscalationPolicy.
         * @memberof ackchain
         * @interface IEscalationPolicy
         * @augments ackchain.EscalationPolicy.$Properties
         * @deprecated Use ackchain.EscalationPolicy.$Properties instead.
         */

        /**
         * Shape of an EscalationPolicy.
         * @typedef {{
         *   levels?: Array.<ackchain.EscalationLevel.$Shape>|null;
         *   repeats?: number|null;
         *   ackTimeoutMs?: number|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} ackchain.EscalationPolicy.$Shape
         */

        /**
         * Constructs a new EscalationPolicy.
         * @memberof ackchain
         * @classdesc Represents an EscalationPolicy.
         * @constructor
         * @param {ackchain.EscalationPolicy.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EscalationPolicy = function (properties) {
            this.levels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EscalationPolicy levels.
         * @member {Array.<ackchain.EscalationLevel.$Properties>} levels
         * @memberof ackchain.EscalationPolicy
         * @instance
         */
        EscalationPolicy.prototype.levels = $util.emptyArray;

        /**
         * EscalationPolicy repeats.
         * @member {number} repeats
         * @memberof ackchain.EscalationPolicy
         * @instance
         */
        EscalationPolicy.prototype.repeats = 0;

        /**
         * EscalationPolicy ackTimeoutMs.
         * @member {number} ackTimeoutMs
         * @memberof ackchain.EscalationPolicy
         * @instance
         */
        EscalationPolicy.prototype.ackTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new EscalationPolicy instance using the specified properties.
         * @function create
         * @memberof ackchain.EscalationPolicy
         * @static
         * @param {ackchain.EscalationPolicy.$Properties=} [properties] Properties to set
         * @returns {ackchain.EscalationPolicy} EscalationPolicy instance
         * @type {{
         *   (properties: ackchain.EscalationPolicy.$Shape): ackchain.EscalationPolicy & ackchain.EscalationPolicy.$Shape;
         *   (properties?: ackchain.EscalationPolicy.$Properties): ackchain.EscalationPolicy;
         * }}
         */
        EscalationPolicy.create = function(properties) {
            return new EscalationPolicy(properties);
        };

        /**
         * Encodes the specified EscalationPolicy message. Does not implicitly {@link ackchain.EscalationPolicy.verify|verify} messages.
         * @function encode
         * @memberof ackchain.EscalationPolicy
         * @static
         * @param {ackchain.EscalationPolicy.$Properties} message EscalationPolicy message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EscalationPolicy.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.levels != null && message.levels.length)
                for (let i = 0; i < message.levels.length; ++i)
                    $root.ackchain.EscalationLevel.encode(message.levels[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.repeats != null && $Object.hasOwnProperty.call(message, "repeats") && message.repeats !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.repeats);
            if (message.ackTimeoutMs != null && $Object.hasOwnProperty.call(message, "ackTimeoutMs") && (typeof message.ackTimeoutMs === "object" ? message.ackTimeoutMs.low || message.ackTimeoutMs.high : message.ackTimeoutMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.ackTimeoutMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an EscalationPolicy message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.EscalationPolicy
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.EscalationPolicy & ackchain.EscalationPolicy.$Shape} EscalationPolicy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EscalationPolicy.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.EscalationPolicy();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.levels && message.levels.length))
                            message.levels = [];
                        message.levels.push($root.ackchain.EscalationLevel.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.repeats = value;
                        else
                            delete message.repeats;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.ackTimeoutMs = value;
                        else
                            delete message.ackTimeoutMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return EscalationPolicy;
    })();

    ackchain.SetEscalationPolicy = (function() {

        /**
         * Properties of a SetEscalationPolicy.
         * @typedef {Object} ackchain.SetEscalationPolicy.$Properties
         * @property {string|null} [team] SetEscalationPolicy team
         * @property {ackchain.EscalationPolicy.$Properties|null} [policy] SetEscalationPolicy policy
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetEscalationPolicy.
         * @memberof ackchain
         * @interface ISetEscalationPolicy
         * @augments ackchain.SetEscalationPolicy.$Properties
         * @deprecated Use ackchain.SetEscalationPolicy.$Properties instead.
         */

        /**
         * Shape of a SetEscalationPolicy.
         * @typedef {{
         *   team?: string|null;
         *   policy?: ackchain.EscalationPolicy.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} ackchain.SetEscalationPolicy.$Shape
         */

        /**
         * Constructs a new SetEscalationPolicy.
         * @memberof ackchain
         * @classdesc Represents a SetEscalationPolicy.
         * @constructor
         * @param {ackchain.SetEscalationPolicy.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetEscalationPolicy = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SetEscalationPolicy team.
         * @member {string} team
         * @memberof ackchain.SetEscalationPolicy
         * @instance
         */
        SetEscalationPolicy.prototype.team = "";

        /**
         * SetEscalationPolicy policy.
         * @member {ackchain.EscalationPolicy.$Properties|null|undefined} policy
         * @memberof ackchain.SetEscalationPolicy
         * @instance
         */
        SetEscalationPolicy.prototype.policy = null;

        /**
         * Creates a new SetEscalationPolicy instance using the specified properties.
         * @function create
         * @memberof ackchain.SetEscalationPolicy
         * @static
         * @param {ackchain.SetEscalationPolicy.$Properties=} [properties] Properties to set
         * @returns {ackchain.SetEscalationPolicy} SetEscalationPolicy instance
         * @type {{
         *   (properties: ackchain.SetEscalationPolicy.$Shape): ackchain.SetEscalationPolicy & ackchain.SetEscalationPolicy.$Shape;
         *   (properties?: ackchain.SetEscalationPolicy.$Properties): ackchain.SetEscalationPolicy;
         * }}
         */
        SetEscalationPolicy.create = function(properties) {
            return new SetEscalationPolicy(properties);
        };

        /**
         * Encodes the specified SetEscalationPolicy message. Does not implicitly {@link ackchain.SetEscalationPolicy.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SetEscalationPolicy
         * @static
         * @param {ackchain.SetEscalationPolicy.$Properties} message SetEscalationPolicy message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetEscalationPolicy.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                $root.ackchain.EscalationPolicy.encode(message.policy, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SetEscalationPolicy message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SetEscalationPolicy
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SetEscalationPolicy & ackchain.SetEscalationPolicy.$Shape} SetEscalationPolicy
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetEscalationPolicy.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SetEscalationPolicy();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.policy = $root.ackchain.EscalationPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SetEscalationPolicy;
    })();

    /**
     * RestrictionKind enum.
     * @name ackchain.RestrictionKind
     * @enum {number}
     * @property {number} RESTRICTION_KIND_UNSPECIFIED=0 RESTRICTION_KIND_UNSPECIFIED value
     * @property {number} RESTRICTION_KIND_DAILY=1 RESTRICTION_KIND_DAILY value
     * @property {number} RESTRICTION_KIND_WEEKLY=2 RESTRICTION_KIND_WEEKLY value
     */
    ackchain.RestrictionKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "RESTRICTION_KIND_UNSPECIFIED"] = 0;
        values[valuesById[1] = "RESTRICTION_KIND_DAILY"] = 1;
        values[valuesById[2] = "RESTRICTION_KIND_WEEKLY"] = 2;
        return values;
    })();

    ackchain.Restriction = (function() {

        /**
         * Properties of a Restriction.
         * @typedef {Object} ackchain.Restriction.$Properties
         * @property {ackchain.RestrictionKind|null} [kind] Restriction kind
         * @property {number|null} [startDayOfWeek] Restriction startDayOfWeek
         * @property {number|null} [startMinute] Restriction startMinute
         * @property {number|null} [durationMinutes] Restriction durationMinutes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Restriction.
         * @memberof ackchain
         * @interface IRestriction
         * @augments ackchain.Restriction.$Properties
         * @deprecated Use ackchain.Restriction.$Properties instead.
         */

        /**
         * Shape of a Restriction.
         * @typedef {ackchain.Restriction.$Properties} ackchain.Restriction.$Shape
         */

        /**
         * Constructs a new Restriction.
         * @memberof ackchain
         * @classdesc Represents a Restriction.
         * @constructor
         * @param {ackchain.Restriction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Restriction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Restriction kind.
         * @member {ackchain.RestrictionKind} kind
         * @memberof ackchain.Restriction
         * @instance
         */
        Restriction.prototype.kind = 0;

        /**
         * Restriction startDayOfWeek.
         * @member {number} startDayOfWeek
         * @memberof ackchain.Restriction
         * @instance
         */
        Restriction.prototype.startDayOfWeek = 0;

        /**
         * Restriction startMinute.
         * @member {number} startMinute
         * @memberof ackchain.Restriction
         * @instance
         */
        Restriction.prototype.startMinute = 0;

        /**
         * Restriction durationMinutes.
         * @member {number} durationMinutes
         * @memberof ackchain.Restriction
         * @instance
         */
        Restriction.prototype.durationMinutes = 0;

        /**
         * Creates a new Restriction instance using the specified properties.
         * @function create
         * @memberof ackchain.Restriction
         * @static
         * @param {ackchain.Restriction.$Properties=} [properties] Properties to set
         * @returns {ackchain.Restriction} Restriction instance
         * @type {{
         *   (properties: ackchain.Restriction.$Shape): ackchain.Restriction & ackchain.Restriction.$Shape;
         *   (properties?: ackchain.Restriction.$Properties): ackchain.Restriction;
         * }}
         */
        Restriction.create = function(properties) {
            return new Restriction(properties);
        };

        /**
         * Encodes the specified Restriction message. Does not implicitly {@link ackchain.Restriction.verify|verify} messages.
         * @function encode
         * @memberof ackchain.Restriction
         * @static
         * @param {ackchain.Restriction.$Properties} message Restriction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Restriction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
            if (message.startDayOfWeek != null && $Object.hasOwnProperty.call(message, "startDayOfWeek") && message.startDayOfWeek !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.startDayOfWeek);
            if (message.startMinute != null && $Object.hasOwnProperty.call(message, "startMinute") && message.startMinute !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.startMinute);
            if (message.durationMinutes != null && $Object.hasOwnProperty.call(message, "durationMinutes") && message.durationMinutes !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.durationMinutes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Restriction message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.Restriction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.Restriction & ackchain.Restriction.$Shape} Restriction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Restriction.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.Restriction();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.startDayOfWeek = value;
                        else
                            delete message.startDayOfWeek;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.startMinute = value;
                        else
                            delete message.startMinute;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.durationMinutes = value;
                        else
                            delete message.durationMinutes;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return Restriction;
    })();

    ackchain.ScheduleLayer = (function() {

        /**
         * Properties of a ScheduleLayer.
         * @typedef {Object} ackchain.ScheduleLayer.$Properties
         * @property {string|null} [name] ScheduleLayer name
         * @property {Array.<Uint8Array>|null} [participants] ScheduleLayer participants
         * @property {number|null} [startMs] ScheduleLayer startMs
         * @property {number|null} [endMs] ScheduleLayer endMs
         * @property {number|null} [turnLengthMs] ScheduleLayer turnLengthMs
         * @property {number|null} [turnLengthDays] ScheduleLayer turnLengthDays
         * @property {Array.<ackchain.Restriction.$Properties>|null} [restrictions] ScheduleLayer restrictions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ScheduleLayer.
         * @memberof ackchain
         * @interface IScheduleLayer
         * @augments ackchain.ScheduleLayer.$Properties
         * @deprecated Use ackchain.ScheduleLayer.$Properties instead.
         */

        /**
         * Shape of a ScheduleLayer.
         * @typedef {ackchain.ScheduleLayer.$Properties} ackchain.ScheduleLayer.$Shape
         */

        /**
         * Constructs a new ScheduleLayer.
         * @memberof ackchain
         * @classdesc Represents a ScheduleLayer.
         * @constructor
         * @param {ackchain.ScheduleLayer.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ScheduleLayer = function (properties) {
            this.participants = [];
            this.restrictions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ScheduleLayer name.
         * @member {string} name
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.name = "";

        /**
         * ScheduleLayer participants.
         * @member {Array.<Uint8Array>} participants
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.participants = $util.emptyArray;

        /**
         * ScheduleLayer startMs.
         * @member {number} startMs
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.startMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ScheduleLayer endMs.
         * @member {number} endMs
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.endMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ScheduleLayer turnLengthMs.
         * @member {number} turnLengthMs
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.turnLengthMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ScheduleLayer turnLengthDays.
         * @member {number} turnLengthDays
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.turnLengthDays = 0;

        /**
         * ScheduleLayer restrictions.
         * @member {Array.<ackchain.Restriction.$Properties>} restrictions
         * @memberof ackchain.ScheduleLayer
         * @instance
         */
        ScheduleLayer.prototype.restrictions = $util.emptyArray;

        /**
         * Creates a new ScheduleLayer instance using the specified properties.
         * @function create
         * @memberof ackchain.ScheduleLayer
         * @static
         * @param {ackchain.ScheduleLayer.$Properties=} [properties] Properties to set
         * @returns {ackchain.ScheduleLayer} ScheduleLayer instance
         * @type {{
         *   (properties: ackchain.ScheduleLayer.$Shape): ackchain.ScheduleLayer & ackchain.ScheduleLayer.$Shape;
         *   (properties?: ackchain.ScheduleLayer.$Properties): ackchain.ScheduleLayer;
         * }}
         */
        ScheduleLayer.create = function(properties) {
            return new ScheduleLayer(properties);
        };

        /**
         * Encodes the specified ScheduleLayer message. Does not implicitly {@link ackchain.ScheduleLayer.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ScheduleLayer
         * @static
         * @param {ackchain.ScheduleLayer.$Properties} message ScheduleLayer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScheduleLayer.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.participants != null && message.participants.length)
                for (let i = 0; i < message.participants.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.participants[i]);
            if (message.startMs != null && $Object.hasOwnProperty.call(message, "startMs") && (typeof message.startMs === "object" ? message.startMs.low || message.startMs.high : message.startMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startMs);
            if (message.endMs != null && $Object.hasOwnProperty.call(message, "endMs") && (typeof message.endMs === "object" ? message.endMs.low || message.endMs.high : message.endMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.endMs);
            if (message.turnLengthMs != null && $Object.hasOwnProperty.call(message, "turnLengthMs") && (typeof message.turnLengthMs === "object" ? message.turnLengthMs.low || message.turnLengthMs.high : message.turnLengthMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.turnLengthMs);
            if (message.turnLengthDays != null && $Object.hasOwnProperty.call(message, "turnLengthDays") && message.turnLengthDays !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.turnLengthDays);
            if (message.restrictions != null && message.restrictions.length)
                for (let i = 0; i < message.restrictions.length; ++i)
                    $root.ackchain.Restriction.encode(message.restrictions[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ScheduleLayer message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ScheduleLayer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ScheduleLayer & ackchain.ScheduleLayer.$Shape} ScheduleLayer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScheduleLayer.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ScheduleLayer();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.participants && message.participants.length))
                            message.participants = [];
                        message.participants.push(reader.bytes());
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.startMs = value;
                        else
                            delete message.startMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.endMs = value;
                        else
                            delete message.endMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.turnLengthMs = value;
                        else
                            delete message.turnLengthMs;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.turnLengthDays = value;
                        else
                            delete message.turnLengthDays;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.restrictions && message.restrictions.length))
                            message.restrictions = [];
                        message.restrictions.push($root.ackchain.Restriction.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ScheduleLayer;
    })();

    ackchain.ScheduleOverride = (function() {

        /**
         * Properties of a ScheduleOverride.
         * @typedef {Object} ackchain.ScheduleOverride.$Properties
         * @property {number|null} [id] ScheduleOverride id
         * @property {Uint8Array|null} [account] ScheduleOverride account
         * @property {number|null} [fromMs] ScheduleOverride fromMs
         * @property {number|null} [toMs] ScheduleOverride toMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ScheduleOverride.
         * @memberof ackchain
         * @interface IScheduleOverride
         * @augments ackchain.ScheduleOverride.$Properties
         * @deprecated Use ackchain.ScheduleOverride.$Properties instead.
         */

        /**
         * Shape of a ScheduleOverride.
         * @typedef {ackchain.ScheduleOverride.$Properties} ackchain.ScheduleOverride.$Shape
         */

        /**
         * Constructs a new ScheduleOverride.
         * @memberof ackchain
         * @classdesc Represents a ScheduleOverride.
         * @constructor
         * @param {ackchain.ScheduleOverride.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ScheduleOverride = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ScheduleOverride id.
         * @member {number} id
         * @memberof ackchain.ScheduleOverride
         * @instance
         */
        ScheduleOverride.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ScheduleOverride account.
         * @member {Uint8Array} account
         * @memberof ackchain.ScheduleOverride
         * @instance
         */
        ScheduleOverride.prototype.account = $util.newBuffer([]);

        /**
         * ScheduleOverride fromMs.
         * @member {number} fromMs
         * @memberof ackchain.ScheduleOverride
         * @instance
         */
        ScheduleOverride.prototype.fromMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ScheduleOverride toMs.
         * @member {number} toMs
         * @memberof ackchain.ScheduleOverride
         * @instance
         */
        ScheduleOverride.prototype.toMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ScheduleOverride instance using the specified properties.
         * @function create
         * @memberof ackchain.ScheduleOverride
         * @static
         * @param {ackchain.ScheduleOverride.$Properties=} [properties] Properties to set
         * @returns {ackchain.ScheduleOverride} ScheduleOverride instance
         * @type {{
         *   (properties: ackchain.ScheduleOverride.$Shape): ackchain.ScheduleOverride & ackchain.ScheduleOverride.$Shape;
         *   (properties?: ackchain.ScheduleOverride.$Properties): ackchain.ScheduleOverride;
         * }}
         */
        ScheduleOverride.create = function(properties) {
            return new ScheduleOverride(properties);
        };

        /**
         * Encodes the specified ScheduleOverride message. Does not implicitly {@link ackchain.ScheduleOverride.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ScheduleOverride
         * @static
         * @param {ackchain.ScheduleOverride.$Properties} message ScheduleOverride message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScheduleOverride.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.account);
            if (message.fromMs != null && $Object.hasOwnProperty.call(message, "fromMs") && (typeof message.fromMs === "object" ? message.fromMs.low || message.fromMs.high : message.fromMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.fromMs);
            if (message.toMs != null && $Object.hasOwnProperty.call(message, "toMs") && (typeof message.toMs === "object" ? message.toMs.low || message.toMs.high : message.toMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.toMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ScheduleOverride message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ScheduleOverride
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ScheduleOverride & ackchain.ScheduleOverride.$Shape} ScheduleOverride
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScheduleOverride.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ScheduleOverride();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fromMs = value;
                        else
                            delete message.fromMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.toMs = value;
                        else
                            delete message.toMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ScheduleOverride;
    })();

    ackchain.SetSchedule = (function() {

        /**
         * Properties of a SetSchedule.
         * @typedef {Object} ackchain.SetSchedule.$Properties
         * @property {string|null} [team] SetSchedule team
         * @property {string|null} [name] SetSchedule name
         * @property {string|null} [timeZone] SetSchedule timeZone
         * @property {Array.<ackchain.ScheduleLayer.$Properties>|null} [layers] SetSchedule layers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetSchedule.
         * @memberof ackchain
         * @interface ISetSchedule
         * @augments ackchain.SetSchedule.$Properties
         * @deprecated Use ackchain.SetSchedule.$Properties instead.
         */

        /**
         * Shape of a SetSchedule.
         * @typedef {ackchain.SetSchedule.$Properties} ackchain.SetSchedule.$Shape
         */

        /**
         * Constructs a new SetSchedule.
         * @memberof ackchain
         * @classdesc Represents a SetSchedule.
         * @constructor
         * @param {ackchain.SetSchedule.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetSchedule = function (properties) {
            this.layers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SetSchedule team.
         * @member {string} team
         * @memberof ackchain.SetSchedule
         * @instance
         */
        SetSchedule.prototype.team = "";

        /**
         * SetSchedule name.
         * @member {string} name
         * @memberof ackchain.SetSchedule
         * @instance
         */
        SetSchedule.prototype.name = "";

        /**
         * SetSchedule timeZone.
         * @member {string} timeZone
         * @memberof ackchain.SetSchedule
         * @instance
         */
        SetSchedule.prototype.timeZone = "";

        /**
         * SetSchedule layers.
         * @member {Array.<ackchain.ScheduleLayer.$Properties>} layers
         * @memberof ackchain.SetSchedule
         * @instance
         */
        SetSchedule.prototype.layers = $util.emptyArray;

        /**
         * Creates a new SetSchedule instance using the specified properties.
         * @function create
         * @memberof ackchain.SetSchedule
         * @static
         * @param {ackchain.SetSchedule.$Properties=} [properties] Properties to set
         * @returns {ackchain.SetSchedule} SetSchedule instance
         * @type {{
         *   (properties: ackchain.SetSchedule.$Shape): ackchain.SetSchedule & ackchain.SetSchedule.$Shape;
         *   (properties?: ackchain.SetSchedule.$Properties): ackchain.SetSchedule;
         * }}
         */
        SetSchedule.create = function(properties) {
            return new SetSchedule(properties);
        };

        /**
         * Encodes the specified SetSchedule message. Does not implicitly {@link ackchain.SetSchedule.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SetSchedule
         * @static
         * @param {ackchain.SetSchedule.$Properties} message SetSchedule message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetSchedule.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.timeZone);
            if (message.layers != null && message.layers.length)
                for (let i = 0; i < message.layers.length; ++i)
                    $root.ackchain.ScheduleLayer.encode(message.layers[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SetSchedule message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SetSchedule
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SetSchedule & ackchain.SetSchedule.$Shape} SetSchedule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetSchedule.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SetSchedule();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.timeZone = value;
                        else
                            delete message.timeZone;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.layers && message.layers.length))
                            message.layers = [];
                        message.layers.push($root.ackchain.ScheduleLayer.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SetSchedule;
    })();

    ackchain.RemoveSchedule = (function() {

        /**
         * Properties of a RemoveSchedule.
         * @typedef {Object} ackchain.RemoveSchedule.$Properties
         * @property {string|null} [team] RemoveSchedule team
         * @property {string|null} [name] RemoveSchedule name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveSchedule.
         * @memberof ackchain
         * @interface IRemoveSchedule
         * @augments ackchain.RemoveSchedule.$Properties
         * @deprecated Use ackchain.RemoveSchedule.$Properties instead.
         */

        /**
         * Shape of a RemoveSchedule.
         * @typedef {ackchain.RemoveSchedule.$Properties} ackchain.RemoveSchedule.$Shape
         */

        /**
         * Constructs a new RemoveSchedule.
         * @memberof ackchain
         * @classdesc Represents a RemoveSchedule.
         * @constructor
         * @param {ackchain.RemoveSchedule.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveSchedule = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveSchedule team.
         * @member {string} team
         * @memberof ackchain.RemoveSchedule
         * @instance
         */
        RemoveSchedule.prototype.team = "";

        /**
         * RemoveSchedule name.
         * @member {string} name
         * @memberof ackchain.RemoveSchedule
         * @instance
         */
        RemoveSchedule.prototype.name = "";

        /**
         * Creates a new RemoveSchedule instance using the specified properties.
         * @function create
         * @memberof ackchain.RemoveSchedule
         * @static
         * @param {ackchain.RemoveSchedule.$Properties=} [properties] Properties to set
         * @returns {ackchain.RemoveSchedule} RemoveSchedule instance
         * @type {{
         *   (properties: ackchain.RemoveSchedule.$Shape): ackchain.RemoveSchedule & ackchain.RemoveSchedule.$Shape;
         *   (properties?: ackchain.RemoveSchedule.$Properties): ackchain.RemoveSchedule;
         * }}
         */
        RemoveSchedule.create = function(properties) {
            return new RemoveSchedule(properties);
        };

        /**
         * Encodes the specified RemoveSchedule message. Does not implicitly {@link ackchain.RemoveSchedule.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RemoveSchedule
         * @static
         * @param {ackchain.RemoveSchedule.$Properties} message RemoveSchedule message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveSchedule.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveSchedule message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RemoveSchedule
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RemoveSchedule & ackchain.RemoveSchedule.$Shape} RemoveSchedule
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveSchedule.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RemoveSchedule();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveSchedule;
    })();

    ackchain.AddOverride = (function() {

        /**
         * Properties of an AddOverride.
         * @typedef {Object} ackchain.AddOverride.$Properties
         * @property {string|null} [team] AddOverride team
         * @property {string|null} [schedule] AddOverride schedule
         * @property {Uint8Array|null} [account] AddOverride account
         * @property {number|null} [fromMs] AddOverride fromMs
         * @property {number|null} [toMs] AddOverride toMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddOverride.
         * @memberof ackchain
         * @interface IAddOverride
         * @augments ackchain.AddOverride.$Properties
         * @deprecated Use ackchain.AddOverride.$Properties instead.
         */

        /**
         * Shape of an AddOverride.
         * @typedef {ackchain.AddOverride.$Properties} ackchain.AddOverride.$Shape
         */

        /**
         * Constructs a new AddOverride.
         * @memberof ackchain
         * @classdesc Represents an AddOverride.
         * @constructor
         * @param {ackchain.AddOverride.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddOverride = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddOverride team.
         * @member {string} team
         * @memberof ackchain.AddOverride
         * @instance
         */
        AddOverride.prototype.team = "";

        /**
         * AddOverride schedule.
         * @member {string} schedule
         * @memberof ackchain.AddOverride
         * @instance
         */
        AddOverride.prototype.schedule = "";

        /**
         * AddOverride account.
         * @member {Uint8Array} account
         * @memberof ackchain.AddOverride
         * @instance
         */
        AddOverride.prototype.account = $util.newBuffer([]);

        /**
         * AddOverride fromMs.
         * @member {number} fromMs
         * @memberof ackchain.AddOverride
         * @instance
         */
        AddOverride.prototype.fromMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AddOverride toMs.
         * @member {number} toMs
         * @memberof ackchain.AddOverride
         * @instance
         */
        AddOverride.prototype.toMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new AddOverride instance using the specified properties.
         * @function create
         * @memberof ackchain.AddOverride
         * @static
         * @param {ackchain.AddOverride.$Properties=} [properties] Properties to set
         * @returns {ackchain.AddOverride} AddOverride instance
         * @type {{
         *   (properties: ackchain.AddOverride.$Shape): ackchain.AddOverride & ackchain.AddOverride.$Shape;
         *   (properties?: ackchain.AddOverride.$Properties): ackchain.AddOverride;
         * }}
         */
        AddOverride.create = function(properties) {
            return new AddOverride(properties);
        };

        /**
         * Encodes the specified AddOverride message. Does not implicitly {@link ackchain.AddOverride.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AddOverride
         * @static
         * @param {ackchain.AddOverride.$Properties} message AddOverride message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddOverride.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.schedule);
            if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.account);
            if (message.fromMs != null && $Object.hasOwnProperty.call(message, "fromMs") && (typeof message.fromMs === "object" ? message.fromMs.low || message.fromMs.high : message.fromMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.fromMs);
            if (message.toMs != null && $Object.hasOwnProperty.call(message, "toMs") && (typeof message.toMs === "object" ? message.toMs.low || message.toMs.high : message.toMs !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.toMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddOverride message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AddOverride
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AddOverride & ackchain.AddOverride.$Shape} AddOverride
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddOverride.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AddOverride();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.schedule = value;
                        else
                            delete message.schedule;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.account = value;
                        else
                            delete message.account;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fromMs = value;
                        else
                            delete message.fromMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.toMs = value;
                        else
                            delete message.toMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddOverride;
    })();

    ackchain.RemoveOverride = (function() {

        /**
         * Properties of a RemoveOverride.
         * @typedef {Object} ackchain.RemoveOverride.$Properties
         * @property {string|null} [team] RemoveOverride team
         * @property {string|null} [schedule] RemoveOverride schedule
         * @property {number|null} [id] RemoveOverride id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveOverride.
         * @memberof ackchain
         * @interface IRemoveOverride
         * @augments ackchain.RemoveOverride.$Properties
         * @deprecated Use ackchain.RemoveOverride.$Properties instead.
         */

        /**
         * Shape of a RemoveOverride.
         * @typedef {ackchain.RemoveOverride.$Properties} ackchain.RemoveOverride.$Shape
         */

        /**
         * Constructs a new RemoveOverride.
         * @memberof ackchain
         * @classdesc Represents a RemoveOverride.
         * @constructor
         * @param {ackchain.RemoveOverride.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveOverride = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveOverride team.
         * @member {string} team
         * @memberof ackchain.RemoveOverride
         * @instance
         */
        RemoveOverride.prototype.team = "";

        /**
         * RemoveOverride schedule.
         * @member {string} schedule
         * @memberof ackchain.RemoveOverride
         * @instance
         */
        RemoveOverride.prototype.schedule = "";

        /**
         * RemoveOverride id.
         * @member {number} id
         * @memberof ackchain.RemoveOverride
         * @instance
         */
        RemoveOverride.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RemoveOverride instance using the specified properties.
         * @function create
         * @memberof ackchain.RemoveOverride
         * @static
         * @param {ackchain.RemoveOverride.$Properties=} [properties] Properties to set
         * @returns {ackchain.RemoveOverride} RemoveOverride instance
         * @type {{
         *   (properties: ackchain.RemoveOverride.$Shape): ackchain.RemoveOverride & ackchain.RemoveOverride.$Shape;
         *   (properties?: ackchain.RemoveOverride.$Properties): ackchain.RemoveOverride;
         * }}
         */
        RemoveOverride.create = function(properties) {
            return new RemoveOverride(properties);
        };

        /**
         * Encodes the specified RemoveOverride message. Does not implicitly {@link ackchain.RemoveOverride.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RemoveOverride
         * @static
         * @param {ackchain.RemoveOverride.$Properties} message RemoveOverride message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveOverride.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.schedule);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveOverride message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RemoveOverride
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RemoveOverride & ackchain.RemoveOverride.$Shape} RemoveOverride
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveOverride.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RemoveOverride();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.schedule = value;
                        else
                            delete message.schedule;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveOverride;
    })();

    ackchain.AddMaintenanceWindow = (function() {

        /**
         * Properties of an AddMaintenanceWindow.
         * @typedef {Object} ackchain.AddMaintenanceWindow.$Properties
         * @property {string|null} [team] AddMaintenanceWindow team
         * @property {number|null} [fromMs] AddMaintenanceWindow fromMs
         * @property {number|null} [toMs] AddMaintenanceWindow toMs
         * @property {string|null} [reason] AddMaintenanceWindow reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AddMaintenanceWindow.
         * @memberof ackchain
         * @interface IAddMaintenanceWindow
         * @augments ackchain.AddMaintenanceWindow.$Properties
         * @deprecated Use ackchain.AddMaintenanceWindow.$Properties instead.
         */

        /**
         * Shape of an AddMaintenanceWindow.
         * @typedef {ackchain.AddMaintenanceWindow.$Properties} ackchain.AddMaintenanceWindow.$Shape
         */

        /**
         * Constructs a new AddMaintenanceWindow.
         * @memberof ackchain
         * @classdesc Represents an AddMaintenanceWindow.
         * @constructor
         * @param {ackchain.AddMaintenanceWindow.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AddMaintenanceWindow = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AddMaintenanceWindow team.
         * @member {string} team
         * @memberof ackchain.AddMaintenanceWindow
         * @instance
         */
        AddMaintenanceWindow.prototype.team = "";

        /**
         * AddMaintenanceWindow fromMs.
         * @member {number} fromMs
         * @memberof ackchain.AddMaintenanceWindow
         * @instance
         */
        AddMaintenanceWindow.prototype.fromMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AddMaintenanceWindow toMs.
         * @member {number} toMs
         * @memberof ackchain.AddMaintenanceWindow
         * @instance
         */
        AddMaintenanceWindow.prototype.toMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AddMaintenanceWindow reason.
         * @member {string} reason
         * @memberof ackchain.AddMaintenanceWindow
         * @instance
         */
        AddMaintenanceWindow.prototype.reason = "";

        /**
         * Creates a new AddMaintenanceWindow instance using the specified properties.
         * @function create
         * @memberof ackchain.AddMaintenanceWindow
         * @static
         * @param {ackchain.AddMaintenanceWindow.$Properties=} [properties] Properties to set
         * @returns {ackchain.AddMaintenanceWindow} AddMaintenanceWindow instance
         * @type {{
         *   (properties: ackchain.AddMaintenanceWindow.$Shape): ackchain.AddMaintenanceWindow & ackchain.AddMaintenanceWindow.$Shape;
         *   (properties?: ackchain.AddMaintenanceWindow.$Properties): ackchain.AddMaintenanceWindow;
         * }}
         */
        AddMaintenanceWindow.create = function(properties) {
            return new AddMaintenanceWindow(properties);
        };

        /**
         * Encodes the specified AddMaintenanceWindow message. Does not implicitly {@link ackchain.AddMaintenanceWindow.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AddMaintenanceWindow
         * @static
         * @param {ackchain.AddMaintenanceWindow.$Properties} message AddMaintenanceWindow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AddMaintenanceWindow.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.fromMs != null && $Object.hasOwnProperty.call(message, "fromMs") && (typeof message.fromMs === "object" ? message.fromMs.low || message.fromMs.high : message.fromMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromMs);
            if (message.toMs != null && $Object.hasOwnProperty.call(message, "toMs") && (typeof message.toMs === "object" ? message.toMs.low || message.toMs.high : message.toMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.toMs);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AddMaintenanceWindow message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AddMaintenanceWindow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AddMaintenanceWindow & ackchain.AddMaintenanceWindow.$Shape} AddMaintenanceWindow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AddMaintenanceWindow.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AddMaintenanceWindow();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fromMs = value;
                        else
                            delete message.fromMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.toMs = value;
                        else
                            delete message.toMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AddMaintenanceWindow;
    })();

    ackchain.RemoveMaintenanceWindow = (function() {

        /**
         * Properties of a RemoveMaintenanceWindow.
         * @typedef {Object} ackchain.RemoveMaintenanceWindow.$Properties
         * @property {string|null} [team] RemoveMaintenanceWindow team
         * @property {number|null} [id] RemoveMaintenanceWindow id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoveMaintenanceWindow.
         * @memberof ackchain
         * @interface IRemoveMaintenanceWindow
         * @augments ackchain.RemoveMaintenanceWindow.$Properties
         * @deprecated Use ackchain.RemoveMaintenanceWindow.$Properties instead.
         */

        /**
         * Shape of a RemoveMaintenanceWindow.
         * @typedef {ackchain.RemoveMaintenanceWindow.$Properties} ackchain.RemoveMaintenanceWindow.$Shape
         */

        /**
         * Constructs a new RemoveMaintenanceWindow.
         * @memberof ackchain
         * @classdesc Represents a RemoveMaintenanceWindow.
         * @constructor
         * @param {ackchain.RemoveMaintenanceWindow.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoveMaintenanceWindow = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RemoveMaintenanceWindow team.
         * @member {string} team
         * @memberof ackchain.RemoveMaintenanceWindow
         * @instance
         */
        RemoveMaintenanceWindow.prototype.team = "";

        /**
         * RemoveMaintenanceWindow id.
         * @member {number} id
         * @memberof ackchain.RemoveMaintenanceWindow
         * @instance
         */
        RemoveMaintenanceWindow.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RemoveMaintenanceWindow instance using the specified properties.
         * @function create
         * @memberof ackchain.RemoveMaintenanceWindow
         * @static
         * @param {ackchain.RemoveMaintenanceWindow.$Properties=} [properties] Properties to set
         * @returns {ackchain.RemoveMaintenanceWindow} RemoveMaintenanceWindow instance
         * @type {{
         *   (properties: ackchain.RemoveMaintenanceWindow.$Shape): ackchain.RemoveMaintenanceWindow & ackchain.RemoveMaintenanceWindow.$Shape;
         *   (properties?: ackchain.RemoveMaintenanceWindow.$Properties): ackchain.RemoveMaintenanceWindow;
         * }}
         */
        RemoveMaintenanceWindow.create = function(properties) {
            return new RemoveMaintenanceWindow(properties);
        };

        /**
         * Encodes the specified RemoveMaintenanceWindow message. Does not implicitly {@link ackchain.RemoveMaintenanceWindow.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RemoveMaintenanceWindow
         * @static
         * @param {ackchain.RemoveMaintenanceWindow.$Properties} message RemoveMaintenanceWindow message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveMaintenanceWindow.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.team != null && $Object.hasOwnProperty.call(message, "team") && message.team !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.team);
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RemoveMaintenanceWindow message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RemoveMaintenanceWindow
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RemoveMaintenanceWindow & ackchain.RemoveMaintenanceWindow.$Shape} RemoveMaintenanceWindow
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveMaintenanceWindow.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RemoveMaintenanceWindow();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.team = value;
                        else
                            delete message.team;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RemoveMaintenanceWindow;
    })();

    ackchain.RegisterDevice = (function() {

        /**
         * Properties of a RegisterDevice.
         * @typedef {Object} ackchain.RegisterDevice.$Properties
         * @property {Uint8Array|null} [key] RegisterDevice key
         * @property {Uint8Array|null} [notifyKey] RegisterDevice notifyKey
         * @property {string|null} [label] RegisterDevice label
         * @property {number|null} [expiresAtMs] RegisterDevice expiresAtMs
         * @property {Uint8Array|null} [proof] RegisterDevice proof
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterDevice.
         * @memberof ackchain
         * @interface IRegisterDevice
         * @augments ackchain.RegisterDevice.$Properties
         * @deprecated Use ackchain.RegisterDevice.$Properties instead.
         */

        /**
         * Shape of a RegisterDevice.
         * @typedef {ackchain.RegisterDevice.$Properties} ackchain.RegisterDevice.$Shape
         */

        /**
         * Constructs a new RegisterDevice.
         * @memberof ackchain
         * @classdesc Represents a RegisterDevice.
         * @constructor
         * @param {ackchain.RegisterDevice.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterDevice = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterDevice key.
         * @member {Uint8Array} key
         * @memberof ackchain.RegisterDevice
         * @instance
         */
        RegisterDevice.prototype.key = $util.newBuffer([]);

        /**
         * RegisterDevice notifyKey.
         * @member {Uint8Array} notifyKey
         * @memberof ackchain.RegisterDevice
         * @instance
         */
        RegisterDevice.prototype.notifyKey = $util.newBuffer([]);

        /**
         * RegisterDevice label.
         * @member {string} label
         * @memberof ackchain.RegisterDevice
         * @instance
         */
        RegisterDevice.prototype.label = "";

        /**
         * RegisterDevice expiresAtMs.
         * @member {number} expiresAtMs
         * @memberof ackchain.RegisterDevice
         * @instance
         */
        RegisterDevice.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RegisterDevice proof.
         * @member {Uint8Array} proof
         * @memberof ackchain.RegisterDevice
         * @instance
         */
        RegisterDevice.prototype.proof = $util.newBuffer([]);

        /**
         * Creates a new RegisterDevice instance using the specified properties.
         * @function create
         * @memberof ackchain.RegisterDevice
         * @static
         * @param {ackchain.RegisterDevice.$Properties=} [properties] Properties to set
         * @returns {ackchain.RegisterDevice} RegisterDevice instance
         * @type {{
         *   (properties: ackchain.RegisterDevice.$Shape): ackchain.RegisterDevice & ackchain.RegisterDevice.$Shape;
         *   (properties?: ackchain.RegisterDevice.$Properties): ackchain.RegisterDevice;
         * }}
         */
        RegisterDevice.create = function(properties) {
            return new RegisterDevice(properties);
        };

        /**
         * Encodes the specified RegisterDevice message. Does not implicitly {@link ackchain.RegisterDevice.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RegisterDevice
         * @static
         * @param {ackchain.RegisterDevice.$Properties} message RegisterDevice message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterDevice.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.notifyKey != null && $Object.hasOwnProperty.call(message, "notifyKey") && message.notifyKey.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.notifyKey);
            if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.label);
            if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.expiresAtMs);
            if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.proof);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RegisterDevice message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RegisterDevice
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RegisterDevice & ackchain.RegisterDevice.$Shape} RegisterDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterDevice.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RegisterDevice();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.notifyKey = value;
                        else
                            delete message.notifyKey;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.label = value;
                        else
                            delete message.label;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.expiresAtMs = value;
                        else
                            delete message.expiresAtMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proof = value;
                        else
                            delete message.proof;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RegisterDevice;
    })();

    ackchain.RevokeDevice = (function() {

        /**
         * Properties of a RevokeDevice.
         * @typedef {Object} ackchain.RevokeDevice.$Properties
         * @property {Uint8Array|null} [key] RevokeDevice key
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RevokeDevice.
         * @memberof ackchain
         * @interface IRevokeDevice
         * @augments ackchain.RevokeDevice.$Properties
         * @deprecated Use ackchain.RevokeDevice.$Properties instead.
         */

        /**
         * Shape of a RevokeDevice.
         * @typedef {ackchain.RevokeDevice.$Properties} ackchain.RevokeDevice.$Shape
         */

        /**
         * Constructs a new RevokeDevice.
         * @memberof ackchain
         * @classdesc Represents a RevokeDevice.
         * @constructor
         * @param {ackchain.RevokeDevice.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RevokeDevice = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RevokeDevice key.
         * @member {Uint8Array} key
         * @memberof ackchain.RevokeDevice
         * @instance
         */
        RevokeDevice.prototype.key = $util.newBuffer([]);

        /**
         * Creates a new RevokeDevice instance using the specified properties.
         * @function create
         * @memberof ackchain.RevokeDevice
         * @static
         * @param {ackchain.RevokeDevice.$Properties=} [properties] Properties to set
         * @returns {ackchain.RevokeDevice} RevokeDevice instance
         * @type {{
         *   (properties: ackchain.RevokeDevice.$Shape): ackchain.RevokeDevice & ackchain.RevokeDevice.$Shape;
         *   (properties?: ackchain.RevokeDevice.$Properties): ackchain.RevokeDevice;
         * }}
         */
        RevokeDevice.create = function(properties) {
            return new RevokeDevice(properties);
        };

        /**
         * Encodes the specified RevokeDevice message. Does not implicitly {@link ackchain.RevokeDevice.verify|verify} messages.
         * @function encode
         * @memberof ackchain.RevokeDevice
         * @static
         * @param {ackchain.RevokeDevice.$Properties} message RevokeDevice message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RevokeDevice.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a RevokeDevice message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.RevokeDevice
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.RevokeDevice & ackchain.RevokeDevice.$Shape} RevokeDevice
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RevokeDevice.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.RevokeDevice();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return RevokeDevice;
    })();

    ackchain.OlaTarget = (function() {

        /**
         * Properties of an OlaTarget.
         * @typedef {Object} ackchain.OlaTarget.$Properties
         * @property {ackchain.Severity|null} [severity] OlaTarget severity
         * @property {number|null} [ackWithinMs] OlaTarget ackWithinMs
         * @property {number|null} [resolveWithinMs] OlaTarget resolveWithinMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OlaTarget.
         * @memberof ackchain
         * @interface IOlaTarget
         * @augments ackchain.OlaTarget.$Properties
         * @deprecated Use ackchain.OlaTarget.$Properties instead.
         */

        /**
         * Shape of an OlaTarget.
         * @typedef {ackchain.OlaTarget.$Properties} ackchain.OlaTarget.$Shape
         */

        /**
         * Constructs a new OlaTarget.
         * @memberof ackchain
         * @classdesc Represents an OlaTarget.
         * @constructor
         * @param {ackchain.OlaTarget.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OlaTarget = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OlaTarget severity.
         * @member {ackchain.Severity} severity
         * @memberof ackchain.OlaTarget
         * @instance
         */
        OlaTarget.prototype.severity = 0;

        /**
         * OlaTarget ackWithinMs.
         * @member {number} ackWithinMs
         * @memberof ackchain.OlaTarget
         * @instance
         */
        OlaTarget.prototype.ackWithinMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * OlaTarget resolveWithinMs.
         * @member {number} resolveWithinMs
         * @memberof ackchain.OlaTarget
         * @instance
         */
        OlaTarget.prototype.resolveWithinMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new OlaTarget instance using the specified properties.
         * @function create
         * @memberof ackchain.OlaTarget
         * @static
         * @param {ackchain.OlaTarget.$Properties=} [properties] Properties to set
         * @returns {ackchain.OlaTarget} OlaTarget instance
         * @type {{
         *   (properties: ackchain.OlaTarget.$Shape): ackchain.OlaTarget & ackchain.OlaTarget.$Shape;
         *   (properties?: ackchain.OlaTarget.$Properties): ackchain.OlaTarget;
         * }}
         */
        OlaTarget.create = function(properties) {
            return new OlaTarget(properties);
        };

        /**
         * Encodes the specified OlaTarget message. Does not implicitly {@link ackchain.OlaTarget.verify|verify} messages.
         * @function encode
         * @memberof ackchain.OlaTarget
         * @static
         * @param {ackchain.OlaTarget.$Properties} message OlaTarget message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OlaTarget.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.severity);
            if (message.ackWithinMs != null && $Object.hasOwnProperty.call(message, "ackWithinMs") && (typeof message.ackWithinMs === "object" ? message.ackWithinMs.low || message.ackWithinMs.high : message.ackWithinMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ackWithinMs);
            if (message.resolveWithinMs != null && $Object.hasOwnProperty.call(message, "resolveWithinMs") && (typeof message.resolveWithinMs === "object" ? message.resolveWithinMs.low || message.resolveWithinMs.high : message.resolveWithinMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.resolveWithinMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an OlaTarget message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.OlaTarget
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.OlaTarget & ackchain.OlaTarget.$Shape} OlaTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OlaTarget.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.OlaTarget();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.severity = value;
                        else
                            delete message.severity;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.ackWithinMs = value;
                        else
                            delete message.ackWithinMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.resolveWithinMs = value;
                        else
                            delete message.resolveWithinMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return OlaTarget;
    })();

    ackchain.OlaTerms = (function() {

        /**
         * Properties of an OlaTerms.
         * @typedef {Object} ackchain.OlaTerms.$Properties
         * @property {Array.<ackchain.OlaTarget.$Properties>|null} [targets] OlaTerms targets
         * @property {number|null} [effectiveFromMs] OlaTerms effectiveFromMs
         * @property {number|null} [effectiveToMs] OlaTerms effectiveToMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OlaTerms.
         * @memberof ackchain
         * @interface IOlaTerms
         * @augments ackchain.OlaTerms.$Properties
         * @deprecated Use ackchain.OlaTerms.$Properties instead.
         */

        /**
         * Shape of an OlaTerms.
         * @typedef {ackchain.OlaTerms.$Properties} ackchain.OlaTerms.$Shape
         */

        /**
         * Constructs a new OlaTerms.
         * @memberof ackchain
         * @classdesc Represents an OlaTerms.
         * @constructor
         * @param {ackchain.OlaTerms.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OlaTerms = function (properties) {
            this.targets = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OlaTerms targets.
         * @member {Array.<ackchain.OlaTarget.$Properties>} targets
         * @memberof ackchain.OlaTerms
         * @instance
         */
        OlaTerms.prototype.targets = $util.emptyArray;

        /**
         * OlaTerms effectiveFromMs.
         * @member {number} effectiveFromMs
         * @memberof ackchain.OlaTerms
         * @instance
         */
        OlaTerms.prototype.effectiveFromMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * OlaTerms effectiveToMs.
         * @member {number} effectiveToMs
         * @memberof ackchain.OlaTerms
         * @instance
         */
        OlaTerms.prototype.effectiveToMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new OlaTerms instance using the specified properties.
         * @function create
         * @memberof ackchain.OlaTerms
         * @static
         * @param {ackchain.OlaTerms.$Properties=} [properties] Properties to set
         * @returns {ackchain.OlaTerms} OlaTerms instance
         * @type {{
         *   (properties: ackchain.OlaTerms.$Shape): ackchain.OlaTerms & ackchain.OlaTerms.$Shape;
         *   (properties?: ackchain.OlaTerms.$Properties): ackchain.OlaTerms;
         * }}
         */
        OlaTerms.create = function(properties) {
            return new OlaTerms(properties);
        };

        /**
         * Encodes the specified OlaTerms message. Does not implicitly {@link ackchain.OlaTerms.verify|verify} messages.
         * @function encode
         * @memberof ackchain.OlaTerms
         * @static
         * @param {ackchain.OlaTerms.$Properties} message OlaTerms message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OlaTerms.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.targets != null && message.targets.length)
                for (let i = 0; i < message.targets.length; ++i)
                    $root.ackchain.OlaTarget.encode(message.targets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.effectiveFromMs != null && $Object.hasOwnProperty.call(message, "effectiveFromMs") && (typeof message.effectiveFromMs === "object" ? message.effectiveFromMs.low || message.effectiveFromMs.high : message.effectiveFromMs !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.effectiveFromMs);
            if (message.effectiveToMs != null && $Object.hasOwnProperty.call(message, "effectiveToMs") && (typeof message.effectiveToMs === "object" ? message.effectiveToMs.low || message.effectiveToMs.high : message.effectiveToMs !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.effectiveToMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an OlaTerms message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.OlaTerms
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.OlaTerms & ackchain.OlaTerms.$Shape} OlaTerms
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OlaTerms.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.OlaTerms();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.targets && message.targets.length))
                            message.targets = [];
                        message.targets.push($root.ackchain.OlaTarget.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.effectiveFromMs = value;
                        else
                            delete message.effectiveFromMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.effectiveToMs = value;
                        else
                            delete message.effectiveToMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return OlaTerms;
    })();

    ackchain.ProposeOla = (function() {

        /**
         * Properties of a ProposeOla.
         * @typedef {Object} ackchain.ProposeOla.$Properties
         * @property {string|null} [provider] ProposeOla provider
         * @property {string|null} [consumer] ProposeOla consumer
         * @property {ackchain.OlaTerms.$Properties|null} [terms] ProposeOla terms
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProposeOla.
         * @memberof ackchain
         * @interface IProposeOla
         * @augments ackchain.ProposeOla.$Properties
         * @deprecated Use ackchain.ProposeOla.$Properties instead.
         */

        /**
         * Shape of a ProposeOla.
         * @typedef {ackchain.ProposeOla.$Properties} ackchain.ProposeOla.$Shape
         */

        /**
         * Constructs a new ProposeOla.
         * @memberof ackchain
         * @classdesc Represents a ProposeOla.
         * @constructor
         * @param {ackchain.ProposeOla.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProposeOla = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ProposeOla provider.
         * @member {string} provider
         * @memberof ackchain.ProposeOla
         * @instance
         */
        ProposeOla.prototype.provider = "";

        /**
         * ProposeOla consumer.
         * @member {string} consumer
         * @memberof ackchain.ProposeOla
         * @instance
         */
        ProposeOla.prototype.consumer = "";

        /**
         * ProposeOla terms.
         * @member {ackchain.OlaTerms.$Properties|null|undefined} terms
         * @memberof ackchain.ProposeOla
         * @instance
         */
        ProposeOla.prototype.terms = null;

        /**
         * Creates a new ProposeOla instance using the specified properties.
         * @function create
         * @memberof ackchain.ProposeOla
         * @static
         * @param {ackchain.ProposeOla.$Properties=} [properties] Properties to set
         * @returns {ackchain.ProposeOla} ProposeOla instance
         * @type {{
         *   (properties: ackchain.ProposeOla.$Shape): ackchain.ProposeOla & ackchain.ProposeOla.$Shape;
         *   (properties?: ackchain.ProposeOla.$Properties): ackchain.ProposeOla;
         * }}
         */
        ProposeOla.create = function(properties) {
            return new ProposeOla(properties);
        };

        /**
         * Encodes the specified ProposeOla message. Does not implicitly {@link ackchain.ProposeOla.verify|verify} messages.
         * @function encode
         * @memberof ackchain.ProposeOla
         * @static
         * @param {ackchain.ProposeOla.$Properties} message ProposeOla message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProposeOla.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.provider);
            if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumer);
            if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                $root.ackchain.OlaTerms.encode(message.terms, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ProposeOla message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.ProposeOla
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.ProposeOla & ackchain.ProposeOla.$Shape} ProposeOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProposeOla.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.ProposeOla();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.provider = value;
                        else
                            delete message.provider;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.consumer = value;
                        else
                            delete message.consumer;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.terms = $root.ackchain.OlaTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return ProposeOla;
    })();

    ackchain.SignOla = (function() {

        /**
         * Properties of a SignOla.
         * @typedef {Object} ackchain.SignOla.$Properties
         * @property {number|null} [id] SignOla id
         * @property {number|null} [version] SignOla version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignOla.
         * @memberof ackchain
         * @interface ISignOla
         * @augments ackchain.SignOla.$Properties
         * @deprecated Use ackchain.SignOla.$Properties instead.
         */

        /**
         * Shape of a SignOla.
         * @typedef {ackchain.SignOla.$Properties} ackchain.SignOla.$Shape
         */

        /**
         * Constructs a new SignOla.
         * @memberof ackchain
         * @classdesc Represents a SignOla.
         * @constructor
         * @param {ackchain.SignOla.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignOla = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SignOla id.
         * @member {number} id
         * @memberof ackchain.SignOla
         * @instance
         */
        SignOla.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SignOla version.
         * @member {number} version
         * @memberof ackchain.SignOla
         * @instance
         */
        SignOla.prototype.version = 0;

        /**
         * Creates a new SignOla instance using the specified properties.
         * @function create
         * @memberof ackchain.SignOla
         * @static
         * @param {ackchain.SignOla.$Properties=} [properties] Properties to set
         * @returns {ackchain.SignOla} SignOla instance
         * @type {{
         *   (properties: ackchain.SignOla.$Shape): ackchain.SignOla & ackchain.SignOla.$Shape;
         *   (properties?: ackchain.SignOla.$Properties): ackchain.SignOla;
         * }}
         */
        SignOla.create = function(properties) {
            return new SignOla(properties);
        };

        /**
         * Encodes the specified SignOla message. Does not implicitly {@link ackchain.SignOla.verify|verify} messages.
         * @function encode
         * @memberof ackchain.SignOla
         * @static
         * @param {ackchain.SignOla.$Properties} message SignOla message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignOla.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SignOla message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.SignOla
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.SignOla & ackchain.SignOla.$Shape} SignOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignOla.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.SignOla();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SignOla;
    })();

    ackchain.AmendOla = (function() {

        /**
         * Properties of an AmendOla.
         * @typedef {Object} ackchain.AmendOla.$Properties
         * @property {number|null} [id] AmendOla id
         * @property {ackchain.OlaTerms.$Properties|null} [terms] AmendOla terms
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AmendOla.
         * @memberof ackchain
         * @interface IAmendOla
         * @augments ackchain.AmendOla.$Properties
         * @deprecated Use ackchain.AmendOla.$Properties instead.
         */

        /**
         * Shape of an AmendOla.
         * @typedef {ackchain.AmendOla.$Properties} ackchain.AmendOla.$Shape
         */

        /**
         * Constructs a new AmendOla.
         * @memberof ackchain
         * @classdesc Represents an AmendOla.
         * @constructor
         * @param {ackchain.AmendOla.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AmendOla = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AmendOla id.
         * @member {number} id
         * @memberof ackchain.AmendOla
         * @instance
         */
        AmendOla.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AmendOla terms.
         * @member {ackchain.OlaTerms.$Properties|null|undefined} terms
         * @memberof ackchain.AmendOla
         * @instance
         */
        AmendOla.prototype.terms = null;

        /**
         * Creates a new AmendOla instance using the specified properties.
         * @function create
         * @memberof ackchain.AmendOla
         * @static
         * @param {ackchain.AmendOla.$Properties=} [properties] Properties to set
         * @returns {ackchain.AmendOla} AmendOla instance
         * @type {{
         *   (properties: ackchain.AmendOla.$Shape): ackchain.AmendOla & ackchain.AmendOla.$Shape;
         *   (properties?: ackchain.AmendOla.$Properties): ackchain.AmendOla;
         * }}
         */
        AmendOla.create = function(properties) {
            return new AmendOla(properties);
        };

        /**
         * Encodes the specified AmendOla message. Does not implicitly {@link ackchain.AmendOla.verify|verify} messages.
         * @function encode
         * @memberof ackchain.AmendOla
         * @static
         * @param {ackchain.AmendOla.$Properties} message AmendOla message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AmendOla.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.terms != null && $Object.hasOwnProperty.call(message, "terms"))
                $root.ackchain.OlaTerms.encode(message.terms, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AmendOla message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.AmendOla
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.AmendOla & ackchain.AmendOla.$Shape} AmendOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AmendOla.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.AmendOla();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.terms = $root.ackchain.OlaTerms.decode(reader, reader.size(), $undefined, _depth + 1, message.terms);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return AmendOla;
    })();

    ackchain.TerminateOla = (function() {

        /**
         * Properties of a TerminateOla.
         * @typedef {Object} ackchain.TerminateOla.$Properties
         * @property {number|null} [id] TerminateOla id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TerminateOla.
         * @memberof ackchain
         * @interface ITerminateOla
         * @augments ackchain.TerminateOla.$Properties
         * @deprecated Use ackchain.TerminateOla.$Properties instead.
         */

        /**
         * Shape of a TerminateOla.
         * @typedef {ackchain.TerminateOla.$Properties} ackchain.TerminateOla.$Shape
         */

        /**
         * Constructs a new TerminateOla.
         * @memberof ackchain
         * @classdesc Represents a TerminateOla.
         * @constructor
         * @param {ackchain.TerminateOla.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TerminateOla = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TerminateOla id.
         * @member {number} id
         * @memberof ackchain.TerminateOla
         * @instance
         */
        TerminateOla.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TerminateOla instance using the specified properties.
         * @function create
         * @memberof ackchain.TerminateOla
         * @static
         * @param {ackchain.TerminateOla.$Properties=} [properties] Properties to set
         * @returns {ackchain.TerminateOla} TerminateOla instance
         * @type {{
         *   (properties: ackchain.TerminateOla.$Shape): ackchain.TerminateOla & ackchain.TerminateOla.$Shape;
         *   (properties?: ackchain.TerminateOla.$Properties): ackchain.TerminateOla;
         * }}
         */
        TerminateOla.create = function(properties) {
            return new TerminateOla(properties);
        };

        /**
         * Encodes the specified TerminateOla message. Does not implicitly {@link ackchain.TerminateOla.verify|verify} messages.
         * @function encode
         * @memberof ackchain.TerminateOla
         * @static
         * @param {ackchain.TerminateOla.$Properties} message TerminateOla message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TerminateOla.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TerminateOla message from the specified reader or buffer.
         * @function decode
         * @memberof ackchain.TerminateOla
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ackchain.TerminateOla & ackchain.TerminateOla.$Shape} TerminateOla
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TerminateOla.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ackchain.TerminateOla();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return TerminateOla;
    })();

    return ackchain;
})();

export {
  $root as default
};

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
         * @typedef {ackchain.GenesisTeam.$Properties} ackchain.GenesisTeam.$Shape
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
         * @typedef {ackchain.Genesis.$Properties} ackchain.Genesis.$Shape
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
         * @property {ackchain.TriggerAlert.$Properties|null} [triggerAlert] TxBody triggerAlert
         * @property {ackchain.AcknowledgeAlert.$Properties|null} [acknowledgeAlert] TxBody acknowledgeAlert
         * @property {ackchain.ResolveAlert.$Properties|null} [resolveAlert] TxBody resolveAlert
         * @property {ackchain.AddAlertNote.$Properties|null} [addAlertNote] TxBody addAlertNote
         * @property {ackchain.AddMember.$Properties|null} [addMember] TxBody addMember
         * @property {ackchain.RemoveMember.$Properties|null} [removeMember] TxBody removeMember
         * @property {ackchain.AddIntegration.$Properties|null} [addIntegration] TxBody addIntegration
         * @property {ackchain.RemoveIntegration.$Properties|null} [removeIntegration] TxBody removeIntegration
         * @property {ackchain.DeployContract.$Properties|null} [deployContract] TxBody deployContract
         * @property {"triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"deployContract"} [payload] TxBody payload
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
         *   triggerAlert?: ackchain.TriggerAlert.$Shape|null;
         *   acknowledgeAlert?: ackchain.AcknowledgeAlert.$Shape|null;
         *   resolveAlert?: ackchain.ResolveAlert.$Shape|null;
         *   addAlertNote?: ackchain.AddAlertNote.$Shape|null;
         *   addMember?: ackchain.AddMember.$Shape|null;
         *   removeMember?: ackchain.RemoveMember.$Shape|null;
         *   addIntegration?: ackchain.AddIntegration.$Shape|null;
         *   removeIntegration?: ackchain.RemoveIntegration.$Shape|null;
         *   deployContract?: ackchain.DeployContract.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ payload?: undefined; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "triggerAlert"; triggerAlert: ackchain.TriggerAlert.$Shape; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "acknowledgeAlert"; triggerAlert?: null; acknowledgeAlert: ackchain.AcknowledgeAlert.$Shape; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "resolveAlert"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert: ackchain.ResolveAlert.$Shape; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "addAlertNote"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote: ackchain.AddAlertNote.$Shape; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "addMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember: ackchain.AddMember.$Shape; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "removeMember"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember: ackchain.RemoveMember.$Shape; addIntegration?: null; removeIntegration?: null; deployContract?: null }|{ payload?: "addIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration: ackchain.AddIntegration.$Shape; removeIntegration?: null; deployContract?: null }|{ payload?: "removeIntegration"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration: ackchain.RemoveIntegration.$Shape; deployContract?: null }|{ payload?: "deployContract"; triggerAlert?: null; acknowledgeAlert?: null; resolveAlert?: null; addAlertNote?: null; addMember?: null; removeMember?: null; addIntegration?: null; removeIntegration?: null; deployContract: ackchain.DeployContract.$Shape })
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
         * TxBody deployContract.
         * @member {ackchain.DeployContract.$Properties|null|undefined} deployContract
         * @memberof ackchain.TxBody
         * @instance
         */
        TxBody.prototype.deployContract = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * TxBody payload.
         * @member {"triggerAlert"|"acknowledgeAlert"|"resolveAlert"|"addAlertNote"|"addMember"|"removeMember"|"addIntegration"|"removeIntegration"|"deployContract"|undefined} payload
         * @memberof ackchain.TxBody
         * @instance
         */
        $Object.defineProperty(TxBody.prototype, "payload", {
            get: $util.oneOfGetter($oneOfFields = ["triggerAlert", "acknowledgeAlert", "resolveAlert", "addAlertNote", "addMember", "removeMember", "addIntegration", "removeIntegration", "deployContract"]),
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
            if (message.triggerAlert != null && $Object.hasOwnProperty.call(message, "triggerAlert"))
                $root.ackchain.TriggerAlert.encode(message.triggerAlert, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.acknowledgeAlert != null && $Object.hasOwnProperty.call(message, "acknowledgeAlert"))
                $root.ackchain.AcknowledgeAlert.encode(message.acknowledgeAlert, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.resolveAlert != null && $Object.hasOwnProperty.call(message, "resolveAlert"))
                $root.ackchain.ResolveAlert.encode(message.resolveAlert, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.addAlertNote != null && $Object.hasOwnProperty.call(message, "addAlertNote"))
                $root.ackchain.AddAlertNote.encode(message.addAlertNote, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.addMember != null && $Object.hasOwnProperty.call(message, "addMember"))
                $root.ackchain.AddMember.encode(message.addMember, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.removeMember != null && $Object.hasOwnProperty.call(message, "removeMember"))
                $root.ackchain.RemoveMember.encode(message.removeMember, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.addIntegration != null && $Object.hasOwnProperty.call(message, "addIntegration"))
                $root.ackchain.AddIntegration.encode(message.addIntegration, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.removeIntegration != null && $Object.hasOwnProperty.call(message, "removeIntegration"))
                $root.ackchain.RemoveIntegration.encode(message.removeIntegration, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.deployContract != null && $Object.hasOwnProperty.call(message, "deployContract"))
                $root.ackchain.DeployContract.encode(message.deployContract, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
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
                case 40: {
                        if (wireType !== 2)
                            break;
                        message.deployContract = $root.ackchain.DeployContract.decode(reader, reader.size(), $undefined, _depth + 1, message.deployContract);
                        message.payload = "deployContract";
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

    return ackchain;
})();

export {
  $root as default
};

package be.werkwinkel.kiosk.vacancy.ingest;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads one record from a streaming parser into a tree, within limits on what one record may
 * hold: properties per object, elements per list, nesting, and characters of text in all. A
 * record under the feed's size limit can otherwise still fill the heap: a JSON tree costs many
 * times its bytes, and an object with millions of tiny properties costs the most. Past a limit the
 * rest of the record is skipped unread (the parser does not keep skipped text) and the record is
 * rejected with the limit it broke; the next record is read as usual.
 */
final class BoundedTree {

    /** A real JobPosting has a few dozen properties; schema.org's largest types under 200. */
    static final int MAX_PROPERTIES = 500;
    /** Lists in postings (skills, locations, employment types) hold tens of values at most. */
    static final int MAX_ELEMENTS = 2_000;
    /** Nesting of a real JobPosting is under 10 levels. */
    static final int MAX_DEPTH = 32;
    /** Every value and name of one record together: descriptions are at most 100,000 characters. */
    static final int MAX_CHARACTERS = 2_000_000;
    /** Values of all kinds in one record: with the limits above, this bounds the tree's node count. */
    static final int MAX_VALUES = 50_000;

    /** One record broke a limit; the parser stands after the record's end. */
    static final class TooLarge extends RuntimeException {

        TooLarge(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final int baseDepth;
    private long characters;
    private int values;

    private BoundedTree(JsonParser parser) {
        this.parser = parser;
        // the depth outside the value the parser stands on (a START token already counts itself)
        var token = parser.currentToken();
        var depth = parser.streamReadContext().getNestingDepth();
        this.baseDepth = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY ? depth - 1 : depth;
    }

    /**
     * Reads the value the parser stands on.
     *
     * @throws TooLarge when the value breaks a limit; the parser is then past its end
     */
    static JsonNode read(JsonParser parser) {
        return new BoundedTree(parser).readRecord();
    }

    /** A budget shared by several values of one record (a top-level object read field by field). */
    static BoundedTree budget(JsonParser parser) {
        return new BoundedTree(parser);
    }

    /** Reads the value the parser stands on against this budget; see {@link #read}. */
    JsonNode readRecord() {
        try {
            return value(0);
        } catch (TooLarge e) {
            skipRest();
            throw e;
        }
    }

    /** Counts a property name read outside {@link #readRecord} against the budget. */
    void countName(String name) {
        count(name.length());
    }

    private JsonNode value(int depth) {
        if (++values > MAX_VALUES) {
            throw new TooLarge("holds more than " + MAX_VALUES + " values");
        }
        var token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(depth + 1);
            case START_ARRAY -> array(depth + 1);
            case VALUE_STRING -> {
                var text = parser.getString();
                count(text.length());
                yield NODES.stringNode(text);
            }
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(decimal());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected " + token);
        };
    }

    private BigDecimal decimal() {
        return parser.getDecimalValue();
    }

    private JsonNode object(int depth) {
        checkDepth(depth);
        var object = NODES.objectNode();
        var properties = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            if (++properties > MAX_PROPERTIES) {
                throw new TooLarge("has an object with more than " + MAX_PROPERTIES + " properties");
            }
            var name = parser.currentName();
            count(name.length());
            parser.nextToken();
            object.set(name, value(depth));
        }
        return object;
    }

    private JsonNode array(int depth) {
        checkDepth(depth);
        var array = NODES.arrayNode();
        var elements = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (++elements > MAX_ELEMENTS) {
                throw new TooLarge("has a list with more than " + MAX_ELEMENTS + " elements");
            }
            array.add(value(depth));
        }
        return array;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooLarge("is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void count(int length) {
        characters += length;
        if (characters > MAX_CHARACTERS) {
            throw new TooLarge("holds more than " + MAX_CHARACTERS + " characters of text");
        }
    }

    /** Skips, without keeping anything, to the end of the value this budget was started on. */
    private void skipRest() {
        while (parser.streamReadContext().getNestingDepth() > baseDepth) {
            var token = parser.nextToken();
            if (token == null) {
                return; // a truncated feed: the caller finds out at its next read
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
    }
}

package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.store.FeedTally;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Streams the JobPostings out of a feed, whatever its shape: one object, an array, an object with
 * an {@code @graph}, or NDJSON (one posting per line). Only one record is in memory at a time, so a
 * feed of hundreds of megabytes is read in constant memory.
 *
 * <p>A record that cannot be used is reported and skipped. A feed that cannot be read as a whole
 * (not JSON, a syntax error, invalid UTF-8, too large, too many records) throws
 * {@link FeedUnreadableException}: after a syntax error a streaming parser cannot find the next
 * record, so nothing after it could be trusted. NDJSON is the exception: a broken line is a record
 * error, because the next line starts afresh.
 */
final class JobPostingReader {

    /** Nesting of a real JobPosting is under 10 levels; far deeper is an attack or garbage. */
    static final int MAX_DEPTH = 64;
    /** Above the description limit with room for markup and escapes; longer values fail the feed. */
    static final int MAX_STRING = 2_000_000;
    /** An NDJSON line longer than this is a record error. */
    static final int MAX_LINE_CHARS = 2_000_000;
    /** How far ahead the shape detection looks for the end of the first line. */
    static final int MAX_FIRST_LINE_BYTES = 4 * MAX_LINE_CHARS;
    private static final int LOOK_PAST_FIRST_LINE = 64 * 1024;

    /** Where the records go, in feed order. */
    interface Records {

        void accepted(Vacancy vacancy);

        /** A rejected record; when it named an identifier, {@link #keep} follows (except for a duplicate). */
        void rejected(RecordError error);

        void keep(String identifier);

        void withdrawn(String identifier);
    }

    /**
     * @param accepted valid vacancies handed on
     * @param withdrawn records whose validThrough has passed
     */
    record Summary(int records, int accepted, int withdrawn, int rejected, boolean everyRecordIdentified) {

        FeedTally tally() {
            return new FeedTally(records, rejected, everyRecordIdentified);
        }
    }

    private final JobPostingMapper mapper;
    private final JsonMapper json;
    private final long maxBytes;
    private final int maxRecords;

    JobPostingReader(JobPostingMapper mapper, long maxBytes, int maxRecords) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
        this.maxRecords = maxRecords;
        var constraints = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build();
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // the caller owns the stream (a servlet request, a download)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                // records are read one by one out of a larger stream: what follows one is the next
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Reads the whole feed into {@code records}.
     *
     * @throws FeedUnreadableException when the feed as a whole cannot be used
     */
    Summary read(InputStream feed, String source, Records records) {
        var reading = new Reading(source, records);
        try {
            var in = new BufferedInputStream(new LimitedInputStream(feed, maxBytes), 64 * 1024);
            var skippedLines = skipByteOrderMarkAndWhitespace(in);
            in.mark(1);
            var first = in.read();
            in.reset();
            switch (first) {
                case -1 -> throw new FeedUnreadableException("the feed is empty");
                case '[' -> readJson(in, reading);
                case '{' -> {
                    if (isNdjson(in)) {
                        readLines(in, reading, skippedLines);
                    } else {
                        readJson(in, reading);
                    }
                }
                default -> throw notJson(first);
            }
        } catch (FeedUnreadableException e) {
            throw e;
        } catch (JacksonException | IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        return reading.summary();
    }

    // --- shape detection

    /** Skips a UTF-8 byte order mark and leading whitespace; returns the number of lines skipped. */
    private static int skipByteOrderMarkAndWhitespace(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        var lines = 0;
        while (true) {
            in.mark(1);
            var b = in.read();
            if (b == '\n') {
                lines++;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                in.reset();
                return lines;
            }
        }
    }

    /**
     * NDJSON when the first line on its own is one complete JSON object and more follows. A
     * pretty-printed object has an incomplete first line ("{"); a minified one has nothing after
     * it; a first line too long to look at is read as one JSON text (a minified {@code @graph}).
     */
    private boolean isNdjson(BufferedInputStream in) throws IOException {
        in.mark(MAX_FIRST_LINE_BYTES + LOOK_PAST_FIRST_LINE + 1);
        try {
            var line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (line.size() == MAX_FIRST_LINE_BYTES) {
                    return false;
                }
                line.write(b);
            }
            if (b == -1 || !moreFollows(in)) {
                return false;
            }
            return isOneObject(line.toByteArray());
        } finally {
            in.reset();
        }
    }

    /** Whether anything but whitespace follows; a very long run of whitespace counts as more. */
    private static boolean moreFollows(BufferedInputStream in) throws IOException {
        for (var looked = 0; looked < LOOK_PAST_FIRST_LINE; looked++) {
            var b = in.read();
            if (b == -1) {
                return false;
            }
            if (!Character.isWhitespace(b)) {
                return true;
            }
        }
        return true;
    }

    private boolean isOneObject(byte[] line) {
        try (var parser = json.createParser(strictUtf8().decode(ByteBuffer.wrap(line)).toString())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (JacksonException | CharacterCodingException e) {
            return false; // not NDJSON; reading it as one JSON text will say what is wrong
        }
    }

    private static FeedUnreadableException notJson(int first) {
        if (first == '<') {
            return new FeedUnreadableException(
                    "not JSON: the feed starts with '<', like an HTML or XML page (an error page instead of the feed?)");
        }
        var shown = first >= 0x20 && first < 0x7F ? "'" + (char) first + "'" : String.format("byte 0x%02X", first);
        return new FeedUnreadableException("not JSON: the feed starts with " + shown
                + " where a JSON object '{' or array '[' should start");
    }

    // --- one JSON text: an object, an array, an object with @graph, or objects one after another

    private void readJson(InputStream in, Reading reading) {
        try (var parser = json.createParser(strictUtf8Reader(in))) {
            var token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                readArray(parser, reading, false);
                expectEnd(parser);
                return;
            }
            var root = 0;
            while (token != null) {
                root++;
                if (token != JsonToken.START_OBJECT) {
                    throw new FeedUnreadableException("unexpected " + token + " after record " + (root - 1)
                            + " at line " + parser.currentLocation().getLineNr());
                }
                if (readRootObject(parser, reading, root)) {
                    expectEnd(parser);
                    return;
                }
                token = parser.nextToken();
            }
        }
    }

    /**
     * Reads a top-level object field by field, so that an {@code @graph} inside it is streamed
     * rather than loaded; without one, the object is itself a record.
     *
     * @return true when it was a graph container
     */
    private boolean readRootObject(JsonParser parser, Reading reading, int root) {
        var object = JsonNodeFactory.instance.objectNode();
        var graph = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var name = parser.currentName();
            var value = parser.nextToken();
            if ("@graph".equals(name) && root == 1) {
                if (value != JsonToken.START_ARRAY) {
                    throw new FeedUnreadableException("the @graph is not a list of postings");
                }
                readArray(parser, reading, true);
                graph = true;
            } else {
                object.set(name, tree(parser));
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new FeedUnreadableException("the feed ends in the middle of an object (truncated?)");
        }
        if (!graph) {
            reading.record(object, "record " + root, false);
        }
        return graph;
    }

    private void readArray(JsonParser parser, Reading reading, boolean graph) {
        var index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new FeedUnreadableException("the feed ends in the middle of the list (truncated?)");
            }
            index++;
            var position = "record " + index;
            if (token == JsonToken.START_OBJECT) {
                reading.record(tree(parser), position, graph);
            } else {
                parser.skipChildren();
                reading.unidentified(position, "not a JSON object but " + describe(token));
            }
        }
    }

    private JsonNode tree(JsonParser parser) {
        JsonNode node = json.readTree(parser);
        return node == null ? JsonNodeFactory.instance.nullNode() : node;
    }

    private static void expectEnd(JsonParser parser) {
        if (parser.nextToken() != null) {
            throw new FeedUnreadableException("more JSON follows the end of the feed at line "
                    + parser.currentLocation().getLineNr() + " (two feeds in one file?)");
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    // --- NDJSON

    private void readLines(InputStream in, Reading reading, int skippedLines) throws IOException {
        var lines = new LineReader(new BufferedReader(strictUtf8Reader(in), 64 * 1024));
        var number = skippedLines;
        String line;
        while ((line = lines.next()) != null) {
            number++;
            var position = "line " + number;
            if (lines.wasTooLong()) {
                reading.unidentified(position, "longer than " + MAX_LINE_CHARS + " characters");
            } else if (!line.isBlank()) {
                readLine(line, position, reading);
            }
        }
    }

    private void readLine(String line, String position, Reading reading) {
        JsonNode node;
        try (var parser = json.createParser(line)) {
            var first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                reading.unidentified(position, "not a JSON object but " + (first == null ? "nothing" : describe(first)));
                return;
            }
            node = json.readTree(parser);
            if (parser.nextToken() != null) {
                reading.unidentified(position, "more than one JSON value on one line");
                return;
            }
        } catch (JacksonException e) {
            reading.unidentified(position, "not valid JSON: " + jacksonReason(e));
            return;
        }
        reading.record(node, position, false);
    }

    /** Lines of at most {@link #MAX_LINE_CHARS}; a longer one is skipped up to its end. */
    private static final class LineReader {

        private final Reader in;
        private final StringBuilder line = new StringBuilder();
        private boolean tooLong;

        LineReader(Reader in) {
            this.in = in;
        }

        @Nullable String next() throws IOException {
            line.setLength(0);
            tooLong = false;
            int c;
            var any = false;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (line.length() < MAX_LINE_CHARS) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (!any) {
                return null;
            }
            var end = line.length();
            if (end > 0 && line.charAt(end - 1) == '\r') {
                line.setLength(end - 1);
            }
            return line.toString();
        }

        boolean wasTooLong() {
            return tooLong;
        }
    }

    // --- failures

    /** Invalid UTF-8 is an error, never silently replaced: a feed in another encoding is refused whole. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Reader strictUtf8Reader(InputStream in) {
        return new InputStreamReader(in, strictUtf8());
    }

    private FeedUnreadableException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedInputStream.LimitExceededException) {
                return new FeedUnreadableException("the feed is larger than the limit of " + megabytes(maxBytes));
            }
            if (cause instanceof CharacterCodingException) {
                return new FeedUnreadableException("the feed is not valid UTF-8 text (save or send it as UTF-8)");
            }
        }
        var line = e instanceof JacksonException jackson && jackson.getLocation() != null
                ? " at line " + jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr()
                : "";
        if (e instanceof StreamConstraintsException constraints) {
            return new FeedUnreadableException("the feed is nested too deeply or holds a value that is too long"
                    + line + ": " + jacksonReason(constraints));
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new FeedUnreadableException("the feed ends in the middle of a value (truncated?)" + line);
        }
        if (e instanceof StreamReadException syntax) {
            return new FeedUnreadableException("not valid JSON" + line + ": " + jacksonReason(syntax));
        }
        return new FeedUnreadableException("the feed could not be read: " + e.getMessage());
    }

    private static String jacksonReason(JacksonException e) {
        var message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        var firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() <= 200 ? firstLine : firstLine.substring(0, 199) + "…";
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    // --- per-feed state

    /** The records of one feed: counting, duplicate detection and handing over. */
    private final class Reading {

        private final String source;
        private final Records records;
        /** Where each identifier was first seen, to name it in a duplicate's reason. */
        private final Map<String, String> positions = new HashMap<>();
        private int count;
        private int accepted;
        private int withdrawn;
        private int rejected;
        private boolean everyRecordIdentified = true;

        Reading(String source, Records records) {
            this.source = source;
            this.records = records;
        }

        void record(JsonNode node, String position, boolean inGraph) {
            var types = JobPostingMapper.types(node);
            var jobPosting = JobPostingMapper.isJobPosting(types);
            if (inGraph && !types.isEmpty() && !jobPosting) {
                return; // a graph also holds organisations, places, web pages: not records of the feed
            }
            counted();
            String identifier;
            try {
                identifier = JobPostingMapper.identifier(node);
            } catch (RejectedRecord e) {
                unidentifiedRecord(position, e.getMessage());
                return;
            }
            if (identifier == null) {
                unidentifiedRecord(position, "identifier is missing");
                return;
            }
            var first = positions.putIfAbsent(identifier, position);
            if (first != null) {
                rejected++;
                records.rejected(new RecordError(position, identifier, "duplicate identifier, first seen at " + first));
                return;
            }
            if (!jobPosting) {
                reject(position, identifier, "not a JobPosting (@type " + (types.isEmpty() ? "missing" : types) + ")");
                return;
            }
            try {
                switch (mapper.map(node, identifier, source)) {
                    case JobPostingMapper.Outcome.Valid valid -> {
                        accepted++;
                        records.accepted(valid.vacancy());
                    }
                    case JobPostingMapper.Outcome.Expired expired -> {
                        withdrawn++;
                        records.withdrawn(identifier);
                    }
                }
            } catch (RejectedRecord e) {
                reject(position, identifier, e.getMessage());
            }
        }

        /** A record so broken that it is not known which vacancy it was. */
        void unidentified(String position, String reason) {
            counted();
            unidentifiedRecord(position, reason);
        }

        private void unidentifiedRecord(String position, String reason) {
            rejected++;
            everyRecordIdentified = false;
            records.rejected(new RecordError(position, null, reason));
        }

        private void reject(String position, String identifier, String reason) {
            rejected++;
            records.rejected(new RecordError(position, identifier, reason));
            records.keep(identifier);
        }

        private void counted() {
            if (++count > maxRecords) {
                throw new FeedUnreadableException("the feed holds more than " + maxRecords + " records, the limit");
            }
        }

        Summary summary() {
            return new Summary(count, accepted, withdrawn, rejected, everyRecordIdentified);
        }
    }
}

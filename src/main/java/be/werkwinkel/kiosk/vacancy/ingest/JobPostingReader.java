package be.werkwinkel.kiosk.vacancy.ingest;

import be.werkwinkel.kiosk.vacancy.ImportReport.RecordError;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyFeeds.FailureKind;
import be.werkwinkel.kiosk.vacancy.store.FeedTally;
import java.io.BufferedInputStream;
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
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * an {@code @graph} or an {@code ItemList}, or NDJSON (one posting, list or graph per line). Only
 * one record is in memory at a time, and that one within the limits of {@link BoundedTree}, so a
 * feed of hundreds of megabytes is read in constant memory.
 *
 * <p>A record that cannot be used is reported and skipped. A feed that cannot be read as a whole
 * (not JSON, a syntax error, invalid UTF-8, too large, too many records) throws
 * {@link FeedUnreadableException}: after a syntax error a streaming parser cannot find the next
 * record, so nothing after it could be trusted. NDJSON is the exception: a line that is broken
 * (bad JSON, invalid UTF-8) is a record error, because the next line starts afresh. A raw line
 * break inside a text and a trailing comma are tolerated with a warning ({@link LenientJson}).
 */
final class JobPostingReader {

    /** Nesting of the whole feed; one record may nest {@link BoundedTree#MAX_DEPTH} levels. */
    static final int MAX_DEPTH = 64;
    /** Above the description limit with room for markup and escapes; longer values fail the feed. */
    static final int MAX_STRING = 2_000_000;
    /** An NDJSON line longer than this is a record error. */
    static final int MAX_LINE_CHARS = 2_000_000;
    /** The same in bytes: a line is cut off (and rejected) before it is decoded. */
    static final int MAX_LINE_BYTES = 4 * MAX_LINE_CHARS;
    /** Wrappers of wrappers: a graph in a list in a line. */
    private static final int MAX_WRAPPING = 3;
    /** How far ahead the shape detection looks for the end of the first line. */
    static final int MAX_FIRST_LINE_BYTES = 4 * MAX_LINE_CHARS;
    private static final int LOOK_PAST_FIRST_LINE = 64 * 1024;

    /** Where the records go, in feed order. */
    interface Records {

        void accepted(Vacancy vacancy);

        /** A record imported with a field dropped or guessed, or a tolerated JSON slip in the feed. */
        default void warned(RecordError warning) {
        }

        /** A rejected record; when it named an identifier, {@link #keep} follows (except for a duplicate). */
        void rejected(RecordError error);

        void keep(String identifier);

        void withdrawn(String identifier);
    }

    /**
     * @param accepted valid vacancies handed on
     * @param withdrawn records whose closing date has passed (expired, not imported)
     * @param warned records imported with a note, plus tolerated JSON slips
     * @param byUrl records without identifier, known by their url
     * @param byHash records without identifier or url, known by a hash of source, title, employer and place
     * @param defaultValidity records without validThrough, open for the default validity
     * @param expiredByDefault of the withdrawn, those older than the default validity
     */
    record Summary(int records, int accepted, int withdrawn, int rejected, boolean everyRecordIdentified, int warned,
            int byUrl, int byHash, int defaultValidity, int expiredByDefault) {

        Summary(int records, int accepted, int withdrawn, int rejected, boolean everyRecordIdentified) {
            this(records, accepted, withdrawn, rejected, everyRecordIdentified, 0, 0, 0, 0, 0);
        }

        FeedTally tally() {
            return new FeedTally(records, rejected, everyRecordIdentified);
        }

        /** What staff should know about how the records were read, for the report's notes. */
        List<String> notes(Period validity) {
            var notes = new ArrayList<String>();
            if (byUrl > 0) {
                notes.add(byUrl + " postings had no identifier and are known by their url");
            }
            if (byHash > 0) {
                notes.add(byHash + " postings had neither identifier nor url and are known by a hash of source, "
                        + "title, employer and place (a change to one of these makes it a new vacancy)");
            }
            if (defaultValidity > 0) {
                notes.add(defaultValidity + " postings had no validThrough: each stays open "
                        + validity.getDays() + " days after its datePosted");
            }
            if (expiredByDefault > 0) {
                notes.add(expiredByDefault + " of the expired postings had no validThrough and are older than "
                        + validity.getDays() + " days");
            }
            return notes;
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
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints)
                        .enable(LenientJson.FEATURES[0], LenientJson.FEATURES[1]).build())
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
        var watcher = new LenientJson();
        try {
            var in = new BufferedInputStream(new LimitedInputStream(feed, maxBytes), 64 * 1024);
            var skippedLines = skipByteOrderMarkAndWhitespace(in);
            watcher.startAtLine(skippedLines + 1);
            in.mark(1);
            var first = in.read();
            in.reset();
            switch (first) {
                case -1 -> throw new FeedUnreadableException("the feed is empty");
                case '[', '{' -> {
                    if (isNdjson(in)) {
                        readLines(in, reading, skippedLines);
                    } else {
                        readJson(in, reading, watcher);
                        reading.slips(watcher.slips(), watcher.total());
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
     * NDJSON when the first line on its own is one complete JSON object (or list) and more follows.
     * A pretty-printed object has an incomplete first line ("{"); a minified one has nothing after
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
            var first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
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

    // --- one JSON text: an object, an array, an object with @graph or itemListElement, or objects one after another

    private void readJson(InputStream in, Reading reading, LenientJson watcher) {
        try (var parser = json.createParser(LenientJson.watching(strictUtf8Reader(in), watcher))) {
            var token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                readArray(parser, reading, "record ", false);
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
     * Reads a top-level object field by field, so that an {@code @graph} or an {@code ItemList}'s
     * {@code itemListElement} inside it is streamed rather than loaded; without one, the object
     * is itself a record.
     *
     * @return true when it was a container
     */
    private boolean readRootObject(JsonParser parser, Reading reading, int root) {
        var object = JsonNodeFactory.instance.objectNode();
        var container = false;
        var budget = BoundedTree.budget(parser);
        try {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                var value = parser.nextToken();
                if (root == 1 && value == JsonToken.START_ARRAY && ("@graph".equals(name) || "itemListElement".equals(name))) {
                    readArray(parser, reading, "@graph".equals(name) ? "record " : "item ", true);
                    container = true;
                } else if ("@graph".equals(name) && root == 1) {
                    throw new FeedUnreadableException("the @graph is not a list of postings");
                } else {
                    budget.countName(name);
                    object.set(name, budget.readRecord());
                }
            }
        } catch (BoundedTree.TooLarge e) {
            reading.unidentified("record " + root, "too large: it " + e.getMessage());
            return false;
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new FeedUnreadableException("the feed ends in the middle of an object (truncated?)");
        }
        if (!container) {
            reading.expand(object, "record " + root, 0, false);
        }
        return container;
    }

    /**
     * Streams a list's elements, each one record (or a wrapper of records).
     *
     * @param container a graph or item list, which also holds objects that are not postings
     */
    private void readArray(JsonParser parser, Reading reading, String positionPrefix, boolean container) {
        var index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new FeedUnreadableException("the feed ends in the middle of the list (truncated?)");
            }
            index++;
            var position = positionPrefix + index;
            if (token == JsonToken.START_OBJECT) {
                try {
                    reading.expand(BoundedTree.read(parser), position, 0, container);
                } catch (BoundedTree.TooLarge e) {
                    reading.unidentified(position, "too large: it " + e.getMessage());
                }
            } else {
                parser.skipChildren();
                reading.unidentified(position, "not a JSON object but " + describe(token));
            }
        }
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

    // --- NDJSON: each line is decoded and parsed on its own, so one broken line costs only itself

    private void readLines(InputStream in, Reading reading, int skippedLines) throws IOException {
        var lines = new LineReader(in);
        var number = skippedLines;
        byte[] bytes;
        while ((bytes = lines.next()) != null) {
            number++;
            var position = "line " + number;
            if (lines.wasTooLong()) {
                reading.unidentified(position, "longer than " + MAX_LINE_BYTES + " bytes");
                continue;
            }
            String line;
            try {
                line = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                reading.unidentified(position, "not valid UTF-8 text (the line is in another encoding or damaged)");
                continue;
            }
            if (!line.isBlank()) {
                readLine(line, number, reading);
            }
        }
    }

    private void readLine(String line, int number, Reading reading) {
        var position = "line " + number;
        JsonNode node;
        try (var parser = json.createParser(line)) {
            var first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                reading.unidentified(position, "not a JSON object but " + (first == null ? "nothing" : describe(first)));
                return;
            }
            try {
                node = BoundedTree.read(parser);
            } catch (BoundedTree.TooLarge e) {
                reading.unidentified(position, "too large: it " + e.getMessage());
                return;
            }
            if (parser.nextToken() != null) {
                reading.unidentified(position, "more than one JSON value on one line");
                return;
            }
        } catch (JacksonException e) {
            reading.unidentified(position, "not valid JSON: " + jacksonReason(e));
            return;
        }
        var slips = LenientJson.scan(line, number);
        reading.slips(slips, slips.size());
        reading.expand(node, position, 0, false);
    }

    /** Lines of bytes, of at most {@link #MAX_LINE_BYTES}; a longer one is skipped up to its end. */
    /**
     * Lines as bytes, read a block at a time: byte by byte through a {@code ByteArrayOutputStream}
     * (synchronised, with a capacity check per byte) took a fifth of a 200,000-line import.
     */
    private static final class LineReader {

        private final InputStream in;
        private final byte[] block = new byte[64 * 1024];
        private int position;
        private int limit;
        private byte[] line = new byte[8 * 1024];
        private boolean tooLong;

        LineReader(InputStream in) {
            this.in = in;
        }

        byte @Nullable [] next() throws IOException {
            var length = 0;
            tooLong = false;
            var any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(block);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        break;
                    }
                }
                any = true;
                var start = position;
                while (position < limit && block[position] != '\n') {
                    position++;
                }
                length = append(length, start, position - start);
                if (position < limit) {
                    position++; // the line break
                    break;
                }
            }
            if (!any) {
                return null;
            }
            var end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            return java.util.Arrays.copyOf(line, end);
        }

        /** Appends up to the line limit; the rest of a longer line is only noted. */
        private int append(int length, int from, int count) {
            var kept = Math.min(count, MAX_LINE_BYTES - length);
            if (kept < count) {
                tooLong = true;
            }
            if (length + kept > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(length + kept, 2 * line.length));
            }
            System.arraycopy(block, from, line, length, kept);
            return length + kept;
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
                return new FeedUnreadableException(FailureKind.TOO_LARGE, "the feed is larger than the limit of " + megabytes(maxBytes));
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

    /** The records of one feed: unwrapping, identity, counting, duplicate detection and handing over. */
    private final class Reading {

        private final String source;
        private final Records records;
        /** Where each identifier was first seen, to name it in a duplicate's reason. */
        private final Map<String, String> positions = new HashMap<>();
        private int count;
        private int accepted;
        private int withdrawn;
        private int rejected;
        private int warned;
        private int byUrl;
        private int byHash;
        private int defaultValidity;
        private int expiredByDefault;
        private boolean everyRecordIdentified = true;

        Reading(String source, Records records) {
            this.source = source;
            this.records = records;
        }

        /**
         * A record, or a wrapper of records: an object with an {@code @graph}, an {@code ItemList}
         * (its {@code ListItem}s' {@code item}s), or a list (an NDJSON line may be any of these).
         * Inside a wrapper, objects of another type (organisations, web pages) are not records.
         */
        void expand(JsonNode node, String position, int wrapping, boolean inContainer) {
            var types = PostingIdentity.types(node);
            var inner = wrapped(node, types);
            if (inner != null && wrapping < MAX_WRAPPING) {
                var index = 0;
                for (var element : inner) {
                    index++;
                    var at = position + ", item " + index;
                    if (element.isObject()) {
                        expand(element, at, wrapping + 1, !node.isArray());
                    } else {
                        unidentified(at, "not a JSON object but " + JsonFields.describe(element));
                    }
                }
                return;
            }
            if (PostingIdentity.isType(types, "ListItem") && node.get("item") != null && node.get("item").isObject()) {
                expand(node.get("item"), position, wrapping + 1, true);
                return;
            }
            if (inContainer && !types.isEmpty() && !PostingIdentity.isJobPosting(types)) {
                return; // a graph also holds organisations, places, web pages: not records of the feed
            }
            record(node, position, types);
        }

        private @Nullable JsonNode wrapped(JsonNode node, List<String> types) {
            if (node.isArray()) {
                return node;
            }
            if (PostingIdentity.isJobPosting(types)) {
                return null;
            }
            var graph = node.get("@graph");
            if (graph != null && graph.isArray()) {
                return graph;
            }
            var items = node.get("itemListElement");
            if (items != null && items.isArray() && (types.isEmpty() || PostingIdentity.isType(types, "ItemList"))) {
                return items;
            }
            return null;
        }

        private void record(JsonNode node, String position, List<String> types) {
            counted();
            PostingIdentity.Identity identity;
            try {
                identity = PostingIdentity.of(node, source);
            } catch (RejectedRecord e) {
                unidentifiedRecord(position, e.getMessage());
                return;
            }
            if (identity == null) {
                unidentifiedRecord(position, "identifier, url and title are missing");
                return;
            }
            var identifier = identity.value();
            var first = positions.putIfAbsent(identifier, position);
            if (first != null) {
                rejected++;
                records.rejected(new RecordError(position, identifier, "duplicate "
                        + (identity.kind() == PostingIdentity.Kind.IDENTIFIER ? "identifier"
                                : identity.kind() == PostingIdentity.Kind.URL ? "url (no identifier)"
                                        : "posting (same title, employer and place, no identifier or url)")
                        + ", first seen at " + first));
                return;
            }
            if (!PostingIdentity.isJobPosting(types)) {
                reject(position, identifier, "not a JobPosting (@type " + (types.isEmpty() ? "missing" : types) + ")");
                return;
            }
            try {
                switch (mapper.map(node, identifier, source)) {
                    case JobPostingMapper.Outcome.Valid valid -> {
                        accepted++;
                        switch (identity.kind()) {
                            case URL -> byUrl++;
                            case HASH -> byHash++;
                            case IDENTIFIER -> {
                            }
                        }
                        if (valid.validityDefaulted()) {
                            defaultValidity++;
                        }
                        records.accepted(valid.vacancy());
                        if (!valid.notes().isEmpty()) {
                            warned++;
                            records.warned(new RecordError(position, identifier, String.join("; ", valid.notes())));
                        }
                    }
                    case JobPostingMapper.Outcome.Expired expired -> {
                        withdrawn++;
                        if (expired.byDefault()) {
                            expiredByDefault++;
                        }
                        records.withdrawn(identifier);
                    }
                }
            } catch (RejectedRecord e) {
                reject(position, identifier, e.getMessage());
            }
        }

        /** JSON slips the lenient reader let through, with the line each is on. */
        void slips(List<LenientJson.Slip> slips, int total) {
            warned += total;
            slips.forEach(slip -> records.warned(new RecordError("line " + slip.line(), null, slip.what())));
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
                throw new FeedUnreadableException(FailureKind.TOO_LARGE, "the feed holds more than " + maxRecords + " records, the limit");
            }
        }

        Summary summary() {
            return new Summary(count, accepted, withdrawn, rejected, everyRecordIdentified, warned, byUrl, byHash,
                    defaultValidity, expiredByDefault);
        }
    }
}

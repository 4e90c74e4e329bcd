package be.werkwinkel.kiosk.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a shipped UTF-8 CSV file with a header row (fields may hold quoted newlines). */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static <T> List<T> read(String resource, Function<CSVRecord, T> row) {
        var in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource);
        Objects.requireNonNull(in, resource + " is missing from the classpath");
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            var result = new ArrayList<T>();
            parser.forEach(record -> result.add(row.apply(record)));
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

package be.werkwinkel.kiosk.vacancy.index;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.vacancy.ContractType;
import be.werkwinkel.kiosk.vacancy.Vacancy;
import be.werkwinkel.kiosk.vacancy.VacancyId;
import be.werkwinkel.kiosk.vacancy.WorkRegime;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a vacancy becomes a Lucene document and what a result card or the details read back. Cards
 * read a few small stored fields; the whole vacancy is stored too, as JSON, so that details can be
 * answered from the index alone (a terminal replica has no database).
 */
final class VacancyDocuments {

    /** The kiosk's id: a term for replacing and deleting, a doc value as the last sort key. */
    static final String ID = "id";
    /** The feed's source and identifier, stored for the API's hits. */
    static final String SOURCE = "source";
    static final String IDENTIFIER = "identifier";
    /** The whole vacancy as JSON (without its id, which has a field of its own), for the details. */
    static final String VACANCY = "vacancy";
    static final String TITLE = "title";
    /** Title words without stemming or compound parts: the words "did you mean" leaves as they are. */
    static final String TITLE_WORDS = "title_words";
    /**
     * The same, of vacancies written in one screen language ({@link #titleWords(KioskLanguage)}): the
     * vocabulary "did you mean" corrects to on a screen in that language.
     */
    private static final String TITLE_WORDS_IN = TITLE_WORDS + "_";
    /** The title as written, a doc value only: autocomplete counts open vacancies per title. */
    static final String TITLE_RAW = "title_raw";
    static final String OCCUPATION = "occupation";
    static final String OCCUPATION_RAW = "occupation_raw";
    static final String DESCRIPTION = "description";
    static final String EMPLOYER = "employer";
    static final String LOCALITY = "locality";
    static final String POSTCODE = "postcode";
    static final String LOCATION = "location";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    /** The {@link PackedDimension} bits. */
    static final String FACETS = "facets";
    static final String LANGUAGE = "language";
    /** datePosted as an epoch day. */
    static final String POSTED = "posted";
    /** validThrough as an epoch day; {@link Long#MAX_VALUE} for vacancies without an end date. */
    static final String EXPIRES = "expires";
    /** A country other than Belgium (stored only: such a vacancy has no location to search near). */
    static final String COUNTRY = "country";
    /** "1" for remote work (stored only, for the card). */
    static final String REMOTE = "remote";

    /** What a result card reads, including the texts it highlights. */
    static final Set<String> CARD_FIELDS = Set.of(ID, SOURCE, IDENTIFIER, TITLE, DESCRIPTION, EMPLOYER, POSTCODE,
            LOCALITY, LATITUDE, LONGITUDE, FACETS, POSTED, COUNTRY, REMOTE);
    /** What the details read. */
    static final Set<String> DETAIL_FIELDS = Set.of(ID, VACANCY);

    private static final JsonMapper JSON = JsonMapper.shared();

    /** Longer descriptions are cut: a snippet never needs more, and analysis time grows with length. */
    static final int MAX_DESCRIPTION = 20_000;
    private static final int MAX_TITLE = 300;
    /** Doc values refuse terms over 32 KB; titles are far below, this only guards against junk. */
    private static final int MAX_RAW = 200;

    /** Stored with offsets in the postings, so the highlighter never re-analyses the text. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** Indexed for the spell checker only: no positions, frequencies or norms needed. */
    private static final FieldType WORDS_ONLY = wordsOnly();

    private VacancyDocuments() {
    }

    /** The title words of vacancies written in this language. */
    static String titleWords(KioskLanguage language) {
        return TITLE_WORDS_IN + language.code();
    }

    static Term idTerm(VacancyId id) {
        return new Term(ID, id.toString());
    }

    static Document toDocument(Vacancy vacancy) {
        var id = vacancy.id();
        if (id == null) {
            throw new IllegalArgumentException("only stored vacancies (with an id) can be indexed: "
                    + vacancy.source() + "/" + vacancy.identifier());
        }
        var document = new Document();
        document.add(new StringField(ID, id.toString(), Field.Store.YES));
        document.add(new NumericDocValuesField(ID, id.value()));
        document.add(new StoredField(SOURCE, vacancy.source()));
        document.add(new StoredField(IDENTIFIER, vacancy.identifier()));
        document.add(new StoredField(VACANCY, JSON.writeValueAsBytes(vacancy.withId(null))));

        var title = cut(vacancy.title().strip(), MAX_TITLE);
        document.add(new Field(TITLE, title, TEXT_WITH_OFFSETS));
        document.add(new Field(TITLE_WORDS, title, WORDS_ONLY));
        document.add(new SortedDocValuesField(TITLE_RAW, new BytesRef(cut(title, MAX_RAW))));
        var occupation = vacancy.occupation();
        if (occupation != null && !occupation.isBlank()) {
            document.add(new TextField(OCCUPATION, occupation, Field.Store.NO));
            document.add(new SortedDocValuesField(OCCUPATION_RAW, new BytesRef(cut(occupation.strip(), MAX_RAW))));
        }
        document.add(new Field(DESCRIPTION, cut(vacancy.descriptionText(), MAX_DESCRIPTION), TEXT_WITH_OFFSETS));
        document.add(new TextField(EMPLOYER, vacancy.employer(), Field.Store.YES));

        var location = vacancy.location();
        if (location.postcode() != null) {
            document.add(new StoredField(POSTCODE, location.postcode()));
        }
        if (location.locality() != null) {
            document.add(new TextField(LOCALITY, location.locality(), Field.Store.YES));
        }
        if (location.country() != null) {
            document.add(new StoredField(COUNTRY, location.country()));
        }
        if (location.remote()) {
            document.add(new StoredField(REMOTE, "1"));
        }
        if (location.latitude() != null && location.longitude() != null) {
            double latitude = location.latitude();
            double longitude = location.longitude();
            document.add(new LatLonPoint(LOCATION, latitude, longitude));
            document.add(new LatLonDocValuesField(LOCATION, latitude, longitude));
            document.add(new StoredField(LATITUDE, latitude));
            document.add(new StoredField(LONGITUDE, longitude));
        }

        var facets = PackedDimension.pack(vacancy);
        document.add(new NumericDocValuesField(FACETS, facets));
        document.add(new StoredField(FACETS, facets));
        var language = language(vacancy.language());
        if (language != null) {
            document.add(new SortedDocValuesField(LANGUAGE, new BytesRef(language)));
            KioskLanguage.byCode(language).ifPresent(screen ->
                    document.add(new Field(titleWords(screen), title, WORDS_ONLY)));
        }
        var posted = vacancy.datePosted().toEpochDay();
        document.add(new NumericDocValuesField(POSTED, posted));
        document.add(new StoredField(POSTED, posted));
        var expires = vacancy.validThrough() == null ? Long.MAX_VALUE : vacancy.validThrough().toEpochDay();
        document.add(new LongPoint(EXPIRES, expires));
        document.add(new NumericDocValuesField(EXPIRES, expires));
        return document;
    }

    /** Language codes are compared in lower case; a blank one is no language. */
    static @Nullable String language(String code) {
        var normal = code.strip().toLowerCase(Locale.ROOT);
        return normal.isEmpty() ? null : normal;
    }

    /** The vacancy as it was indexed. */
    static Vacancy vacancy(Document document) {
        var json = document.getBinaryValue(VACANCY);
        var id = new VacancyId(Long.parseLong(document.get(ID)));
        return JSON.readValue(json.bytes, json.offset, json.length, Vacancy.class).withId(id);
    }

    /** What a result card shows, as stored. */
    record Card(VacancyId id, String source, String identifier, String title, String employer, @Nullable String postcode, @Nullable String locality,
            @Nullable Double latitude, @Nullable Double longitude, Set<WorkRegime> regimes,
            Set<ContractType> contracts, LocalDate datePosted, @Nullable String country, boolean remote) {

        static Card of(Document document) {
            var facets = document.getField(FACETS).numericValue().longValue();
            var latitude = document.getField(LATITUDE);
            var longitude = document.getField(LONGITUDE);
            return new Card(
                    new VacancyId(Long.parseLong(document.get(ID))),
                    document.get(SOURCE),
                    document.get(IDENTIFIER),
                    document.get(TITLE),
                    document.get(EMPLOYER),
                    document.get(POSTCODE),
                    document.get(LOCALITY),
                    latitude == null ? null : latitude.numericValue().doubleValue(),
                    longitude == null ? null : longitude.numericValue().doubleValue(),
                    PackedDimension.REGIME.decode(facets, WorkRegime.class),
                    PackedDimension.CONTRACT.decode(facets, ContractType.class),
                    LocalDate.ofEpochDay(document.getField(POSTED).numericValue().longValue()),
                    document.get(COUNTRY),
                    document.get(REMOTE) != null);
        }
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        // never leave half a surrogate pair at the end
        var end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static FieldType textWithOffsets() {
        var type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsOnly() {
        var type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}

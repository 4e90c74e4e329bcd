package be.werkwinkel.kiosk.sync.storage;

import static be.werkwinkel.kiosk.sync.storage.HubCalls.call;

import be.werkwinkel.kiosk.storage.AccountId;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SentMail;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ParameterizedTypeReference;

/**
 * {@link DocumentMail} on a terminal: the hub renders, queues and sends (its mail outbox), with the
 * visitor's session token of {@link RemotePersonalStorage}. Whether a document can be sent at all
 * is decided here, as the hub decides it: a saved vacancy, or a document a {@link DocumentFormat}
 * reads (the cv module's formats exist on a terminal too).
 */
final class RemoteDocumentMail implements DocumentMail {

    private final RemotePersonalStorage storage;
    private final ObjectProvider<DocumentFormat> formats;

    RemoteDocumentMail(RemotePersonalStorage storage, ObjectProvider<DocumentFormat> formats) {
        this.storage = storage;
        this.formats = formats;
    }

    @Override
    public boolean canSend(DocumentSummary document) {
        return document.kind() == DocumentKind.SAVED_VACANCY
                || formats.orderedStream().anyMatch(format -> format.reads(document.mediaType()));
    }

    @Override
    public SentMail sendToMyself(RequestId request, AccountId account, DocumentId document, String address, Locale locale) {
        var body = new HashMap<String, Object>();
        body.put("requestId", request.value());
        body.put("document", document.value());
        body.put("address", address);
        body.put("language", language(locale));
        return storage.withSession(account, session -> call(() -> session.post().uri("/storage/mail/myself").body(body)
                .retrieve().body(SentMail.class)));
    }

    @Override
    public SentMail sendToEmployer(RequestId request, AccountId account, DocumentId letter, @Nullable DocumentId cv,
            Locale locale) {
        var body = new HashMap<String, Object>();
        body.put("requestId", request.value());
        body.put("letter", letter.value());
        if (cv != null) {
            body.put("cv", cv.value());
        }
        body.put("language", language(locale));
        return storage.withSession(account, session -> call(() -> session.post().uri("/storage/mail/employer").body(body)
                .retrieve().body(SentMail.class)));
    }

    @Override
    public List<SentMail> sent(AccountId account) {
        return storage.withSession(account, session -> call(() -> session.get().uri("/storage/mail").retrieve()
                .body(new ParameterizedTypeReference<List<SentMail>>() { })));
    }

    private static String language(Locale locale) {
        var language = locale.getLanguage();
        return language.equals("fr") || language.equals("en") ? language : "nl";
    }
}

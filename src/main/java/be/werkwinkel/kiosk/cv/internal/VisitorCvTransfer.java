package be.werkwinkel.kiosk.cv.internal;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.cv.CvDocuments;
import be.werkwinkel.kiosk.cv.CvTransfer;
import be.werkwinkel.kiosk.cv.JsonResume;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.DocumentSummary;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.SignIn;
import be.werkwinkel.kiosk.storage.StorageLimits;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.Visitor;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** JSON Resume out of and into personal storage, after the visitor's own username and PIN. */
final class VisitorCvTransfer implements CvTransfer {

    private final PersonalStorage storage;
    private final JsonResume jsonResume;

    VisitorCvTransfer(PersonalStorage storage, JsonResume jsonResume) {
        this.storage = storage;
        this.jsonResume = jsonResume;
    }

    /** The signed-in visitor, or why there is none (one of the outcomes both directions share). */
    private sealed interface Access permits Granted, Denied {
    }

    private record Granted(Visitor visitor) implements Access {
    }

    private record Denied(Object outcome) implements Access {
    }

    private Access signIn(String username, String pin, String terminal) {
        return switch (storage.signIn(username, pin, terminal)) {
            case SignIn.SignedIn signedIn when signedIn.visitor().mustChoosePin() -> new Denied(new MustChoosePin());
            case SignIn.SignedIn signedIn -> new Granted(signedIn.visitor());
            case SignIn.Refused refused -> new Denied(new Refused());
            case SignIn.Paused paused -> new Denied(new Paused(paused.until()));
        };
    }

    @Override
    public Export export(String username, String pin, String terminal, @Nullable String document) {
        var access = signIn(username, pin, terminal);
        if (access instanceof Denied denied) {
            return (Export) denied.outcome();
        }
        var account = ((Granted) access).visitor().id();
        var cvs = storage.documents(account).stream()
                .filter(summary -> summary.kind() == DocumentKind.CV && CvDocuments.CV_MEDIA_TYPE.equals(summary.mediaType()))
                .toList();
        List<DocumentSummary> chosen;
        if (document == null || document.isBlank()) {
            chosen = cvs;
        } else {
            var id = DocumentId.parse(document.strip());
            var wanted = document.strip().toLowerCase(Locale.ROOT);
            chosen = cvs.stream().filter(summary -> id.map(summary.id()::equals).orElse(false)
                    || summary.name().strip().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        }
        if (chosen.isEmpty()) {
            return new NoSuchCv(names(cvs));
        }
        if (chosen.size() > 1) {
            return new SeveralCvs(names(chosen));
        }
        var stored = storage.open(account, chosen.getFirst().id());
        return new Exported(stored.summary().name(), jsonResume.export(CvDocuments.cv(stored.content())));
    }

    private static List<String> names(List<DocumentSummary> cvs) {
        return cvs.stream().map(summary -> summary.name() + " [" + summary.id() + "]").toList();
    }

    @Override
    public Import importCv(RequestId request, String username, String pin, String terminal, String json,
            @Nullable String name, KioskLanguage language) {
        var access = signIn(username, pin, terminal);
        if (access instanceof Denied denied) {
            return (Import) denied.outcome();
        }
        var account = ((Granted) access).visitor().id();
        be.werkwinkel.kiosk.cv.Cv cv;
        try {
            cv = jsonResume.read(json, language);
        } catch (JsonResume.Invalid invalid) {
            return new NotImported(invalid.reasons());
        }
        var documentName = name == null || name.isBlank() ? "CV " + cv.person().name().strip() : name.strip();
        if (documentName.length() > StorageLimits.NAME_LENGTH) {
            documentName = documentName.substring(0, StorageLimits.NAME_LENGTH).strip();
        }
        try {
            var id = storage.save(request, account, DocumentKind.CV, documentName, CvDocuments.content(cv));
            return new Imported(id, documentName);
        } catch (StorageProblem problem) {
            return new StorageRefused(problem.reason().name());
        }
    }
}

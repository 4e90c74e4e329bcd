package be.werkwinkel.kiosk.storage.ui;

import static be.werkwinkel.kiosk.storage.ui.StorageScreens.bigButton;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.primary;

import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.storage.DocumentFormat;
import be.werkwinkel.kiosk.storage.DocumentId;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.storage.StoredDocument;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One stored document that no {@link DocumentFormat} reads. Text is shown as text (never as
 * markup). A CV or letter of the CV builder opens in that feature's own screen
 * ({@link DocumentFormat#location}); an address of this screen for one forwards there.
 */
@Route("documents/:" + DocumentView.ID)
@AnonymousAllowed
public final class DocumentView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PersonalStorage storage;
    private final ObjectProvider<DocumentFormat> formats;
    private @Nullable StoredDocument document;
    /** Storage could not be reached to open it (a terminal whose hub is away). */
    private boolean unreachable;

    public DocumentView(PersonalStorage storage, ObjectProvider<DocumentFormat> formats) {
        this.storage = storage;
        this.formats = formats;
        addClassName("storage-screen");
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("storage.documents.pageTitle") : document.summary().name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var visitor = SignedInVisitor.current();
        if (visitor.isEmpty()) {
            event.forwardTo(SignInView.class);
            return;
        }
        var id = event.getRouteParameters().get(ID).flatMap(DocumentId::parse);
        unreachable = false;
        try {
            document = id.isEmpty() ? null : storage.open(visitor.get().account(), id.get());
        } catch (StorageProblem notThere) {
            document = null;
        } catch (StorageUnreachable away) {
            document = null;
            unreachable = true;
        }
        if (document != null) {
            var format = StorageScreens.format(formats, document.content().mediaType());
            if (format.isPresent()) {
                event.forwardTo(format.get().location(document.summary().id()));
            }
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (unreachable) {
            add(StorageScreens.unreachable(this));
            return;
        }
        var back = bigButton(this, "storage.aboutMe.back", VaadinIcon.ARROW_LEFT, "storage-back",
                () -> UI.getCurrent().navigate(DocumentsView.class));
        if (document == null) {
            add(back, new H1(getTranslation("storage.document.notFound")));
            return;
        }
        var print = Configured.onlyWhilePrinting(primary(bigButton(this, "storage.documents.print", VaadinIcon.PRINT,
                "storage-print", () -> UI.getCurrent().getPage().executeJs("window.print()"))));
        var buttons = new Div(back, print);
        buttons.addClassName("storage-buttons");
        add(buttons, new H1(document.summary().name()));
        var content = document.content();
        if (content.mediaType().startsWith("text/")) {
            add(new Pre(new String(content.bytes(), StandardCharsets.UTF_8)));
        } else {
            add(new Paragraph(getTranslation("storage.document.cannotShow")));
        }
    }
}

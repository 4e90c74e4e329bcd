package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.base.ui.BigButton;
import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.storage.ClaimReceipt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The claim receipt of a document saved for later (decision 043): the claim code in large type,
 * the document's name and when it was saved, and what happens next, in plain words; printed by the
 * kiosk browser like the appointment ticket (buttons are not printed). Only the last receipt of this
 * visitor session; gone with the session wipe.
 */
@Route(ClaimReceipt.LOCATION)
@AnonymousAllowed
public final class ClaimReceiptView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final Clock clock;
    private @Nullable ClaimReceipt receipt;

    public ClaimReceiptView(Clock clock) {
        this.clock = clock;
        addClassName("storage-screen");
        addClassName("storage-receipt-screen");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("storage.receipt.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        receipt = ClaimReceipt.in(event.getUI().getSession()).orElse(null);
        if (receipt == null) {
            event.forwardTo("home");
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (receipt == null) {
            return;
        }
        var title = new H1(getTranslation("storage.receipt.title"));
        var codeLabel = new Paragraph(getTranslation("storage.receipt.codeLabel"));
        var code = new H2(receipt.code());
        code.setId("storage-receipt-code");
        code.addClassName("storage-receipt-code");
        var what = new Paragraph(getTranslation("storage.receipt.document", receipt.documentName(),
                StorageScreens.dateTime(receipt.savedAt(), clock)));
        var next = new Paragraph(getTranslation("storage.receipt.next"));
        var held = new Paragraph(getTranslation("storage.receipt.held", receipt.keptFor().getDays()
                + receipt.keptFor().toTotalMonths() * 30));
        var ticket = new Div(title, codeLabel, code, what, next, held);
        ticket.setId("storage-receipt");
        ticket.addClassName("storage-receipt");
        var buttons = new Div(
                Configured.onlyWhilePrinting(BigButton.primary(this, "storage.receipt.print", VaadinIcon.PRINT,
                        "storage-receipt-print", () -> UI.getCurrent().getPage().executeJs("window.print()"))),
                BigButton.of(this, "storage.receipt.done", VaadinIcon.CHECK, "storage-receipt-done",
                        () -> UI.getCurrent().navigate("home")));
        buttons.addClassNames("storage-buttons", "storage-no-print");
        add(ticket, buttons);
    }
}

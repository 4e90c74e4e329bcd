package be.werkwinkel.kiosk.storage.ui;

import static be.werkwinkel.kiosk.storage.ui.StorageScreens.bigButton;
import static be.werkwinkel.kiosk.storage.ui.StorageScreens.primary;

import be.werkwinkel.kiosk.base.ui.NoticeDialog;
import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.storage.AccountOverview;
import be.werkwinkel.kiosk.storage.DocumentMail;
import be.werkwinkel.kiosk.storage.SignedInVisitor;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageProblem;
import be.werkwinkel.kiosk.storage.StorageUnreachable;
import be.werkwinkel.kiosk.storage.StorageSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "What is stored about me" (GDPR): everything the kiosk keeps about the signed-in visitor (the
 * account, the documents, the e-mails sent from Mijn documenten), ready to print, and the button
 * that deletes the account with all of it for good.
 */
@Route("documents/about-me")
@AnonymousAllowed
public final class AboutMeView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final PersonalStorage storage;
    private final DocumentMail mail;
    private final StorageSettings settings;
    private final Clock clock;
    private @Nullable SignedInVisitor visitor;

    public AboutMeView(PersonalStorage storage, DocumentMail mail, StorageSettings settings, Clock clock) {
        this.storage = storage;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        addClassName("storage-screen");
        addClassName("storage-about-me");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("storage.aboutMe.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visitor = SignedInVisitor.current().orElse(null);
        if (visitor == null) {
            event.forwardTo(SignInView.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (visitor == null) {
            return;
        }
        AccountOverview overview;
        java.util.List<be.werkwinkel.kiosk.storage.SentMail> sent;
        try {
            overview = storage.overview(visitor.account());
            sent = mail.sent(visitor.account());
        } catch (StorageUnreachable away) {
            add(StorageScreens.unreachable(this));
            return;
        } catch (StorageProblem gone) {
            SignedInVisitor.signOut(UI.getCurrent().getSession());
            PendingSave.forget(UI.getCurrent().getSession());
            UI.getCurrent().navigate("home");
            return;
        }
        var back = bigButton(this, "storage.aboutMe.back", VaadinIcon.ARROW_LEFT, "storage-back",
                () -> UI.getCurrent().navigate(DocumentsView.class));
        var print = Configured.onlyWhilePrinting(primary(bigButton(this, "storage.aboutMe.print", VaadinIcon.PRINT,
                "storage-print", () -> UI.getCurrent().getPage().executeJs("window.print()"))));
        var buttons = new Div(back, print);
        buttons.addClassName("storage-buttons");

        var facts = new LinkedHashMap<String, String>();
        facts.put("storage.aboutMe.username", overview.username());
        facts.put("storage.aboutMe.email", overview.email() == null ? getTranslation("storage.aboutMe.noEmail") : overview.email());
        facts.put("storage.aboutMe.pin", getTranslation("storage.aboutMe.pinStored"));
        facts.put("storage.aboutMe.since", StorageScreens.date(this, overview.createdAt(), clock));
        facts.put("storage.aboutMe.lastUsed", StorageScreens.date(this, overview.lastActiveAt(), clock));
        facts.put("storage.aboutMe.room", getTranslation("storage.aboutMe.roomUsed", overview.documents().size(),
                overview.maxDocuments(), Math.max(overview.bytesUsed() == 0 ? 0 : 1, Math.round(overview.bytesUsed() / 1024.0)),
                Math.round(overview.maxBytes() / 1024.0 / 1024.0)));
        var list = new DescriptionList();
        facts.forEach((key, value) -> list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value)));
        var account = new Section(new H2(getTranslation("storage.aboutMe.account")), list);
        account.addClassName("storage-section");

        var documents = new UnorderedList();
        overview.documents().forEach(document -> documents.add(new ListItem(getTranslation("storage.aboutMe.document",
                getTranslation("storage.kind." + document.kind().name()), document.name(),
                StorageScreens.date(this, document.updatedAt(), clock)))));
        var documentsSection = new Section(new H2(getTranslation("storage.aboutMe.documents")),
                overview.documents().isEmpty() ? new Paragraph(getTranslation("storage.aboutMe.noDocuments")) : documents);
        documentsSection.addClassName("storage-section");

        var mailsSection = new Section(new H2(getTranslation("storage.aboutMe.mails")),
                sent.isEmpty() ? new Paragraph(getTranslation("storage.aboutMe.noMails")) : SentMailList.of(this, sent, clock));
        mailsSection.addClassName("storage-section");
        mailsSection.setId("storage-about-me-mails");

        var how = new Section(new H2(getTranslation("storage.aboutMe.how")),
                new Paragraph(getTranslation("storage.aboutMe.how.encrypted")),
                new Paragraph(getTranslation("storage.aboutMe.how.mail")),
                new Paragraph(getTranslation("storage.aboutMe.how.retention", settings.inactiveAccountRetention().toTotalMonths())),
                new Paragraph(getTranslation("storage.aboutMe.how.staff")));
        how.addClassName("storage-section");

        var delete = bigButton(this, "storage.aboutMe.delete", VaadinIcon.TRASH, "storage-delete-account", this::confirmDelete);
        delete.addThemeVariants(ButtonVariant.ERROR);
        var deleteSection = new Section(new H2(getTranslation("storage.aboutMe.deleteTitle")),
                new Paragraph(getTranslation("storage.aboutMe.deleteExplanation")));
        if (sent.stream().anyMatch(one -> one.state().waiting())) {
            deleteSection.add(new Paragraph(getTranslation("storage.aboutMe.deleteWaitingMail")));
        }
        deleteSection.add(delete);
        deleteSection.addClassName("storage-section");
        deleteSection.addClassName("storage-no-print");

        var title = new H1(getTranslation("storage.aboutMe.title"));
        add(title, buttons, account, documentsSection, mailsSection, how, deleteSection);
    }

    private void confirmDelete() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("storage.deleteAccount.title"));
        dialog.add(new Paragraph(getTranslation("storage.deleteAccount.question")));
        var no = bigButton(this, "storage.deleteAccount.no", VaadinIcon.CLOSE, "storage-delete-account-no", dialog::close);
        var yes = bigButton(this, "storage.deleteAccount.yes", VaadinIcon.TRASH, "storage-delete-account-yes", () -> {
            var ui = UI.getCurrent();
            try {
                storage.deleteAccount(RequestId.random(), visitor.account());
            } catch (StorageProblem alreadyGone) {
                // deleted in another window, or by the retention job: the outcome is the same
            } catch (StorageUnreachable away) {
                dialog.close();
                StorageScreens.unreachableNotice(this);
                return; // nothing was deleted: the visitor stays signed in
            }
            dialog.close();
            SignedInVisitor.signOut(ui.getSession());
            PendingSave.forget(ui.getSession());
            visitor = null;
            ui.navigate("home");
            var done = new NoticeDialog(getTranslation("storage.deleteAccount.done.title"),
                    getTranslation("storage.deleteAccount.done"));
            done.setId("storage-account-deleted");
            done.open();
        });
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}

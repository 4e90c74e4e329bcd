package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.SentMail;
import be.werkwinkel.kiosk.storage.SentMail.Destination;
import be.werkwinkel.kiosk.storage.SentMail.State;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.List;

/**
 * The e-mails a visitor sent from Mijn documenten, each with what became of it in plain words:
 * waiting (and why: no mail server yet, the server cannot be reached; the kiosk keeps trying),
 * sent on a date, or not sent.
 */
final class SentMailList {

    private SentMailList() {
    }

    static UnorderedList of(Component owner, List<SentMail> mails, Clock clock) {
        var list = new UnorderedList();
        list.addClassName("storage-mails");
        list.getElement().setAttribute("aria-live", "polite");
        mails.forEach(mail -> list.add(item(owner, mail, clock)));
        return list;
    }

    private static ListItem item(Component owner, SentMail mail, Clock clock) {
        var what = new Span(mail.destination() == Destination.EMPLOYER && mail.cvName() != null
                ? owner.getTranslation("storage.mail.toWithCv", mail.documentName(), mail.cvName(), mail.recipient())
                : owner.getTranslation("storage.mail.to." + mail.destination().name(), mail.documentName(), mail.recipient()));
        what.addClassName("storage-mail-what");
        var when = new Span(StorageScreens.dateTime(mail.askedAt(), clock));
        when.addClassName("storage-date");
        var state = mail.state();
        var icon = (state == State.SENT ? VaadinIcon.CHECK_CIRCLE : state.waiting() ? VaadinIcon.HOURGLASS
                : VaadinIcon.WARNING).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var text = new Span(state == State.SENT && mail.sentAt() != null
                ? owner.getTranslation("storage.mail.state." + state.name(), StorageScreens.dateTime(mail.sentAt(), clock))
                : owner.getTranslation("storage.mail.state." + state.name(), ""));
        var status = new Div(icon, text);
        status.addClassName("storage-mail-status");
        status.addClassName("storage-mail-" + (state == State.SENT ? "sent" : state.waiting() ? "waiting" : "not-sent"));
        var item = new ListItem(what, when, status);
        item.addClassName("storage-mail");
        item.setId("mail-" + mail.request());
        return item;
    }
}

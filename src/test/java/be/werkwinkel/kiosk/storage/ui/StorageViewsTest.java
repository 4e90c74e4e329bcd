package be.werkwinkel.kiosk.storage.ui;

import be.werkwinkel.kiosk.storage.SignedInVisitor;
import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.kiosk.ui.HomeView;
import be.werkwinkel.kiosk.storage.DocumentKind;
import be.werkwinkel.kiosk.storage.PersonalStorage;
import be.werkwinkel.kiosk.storage.RequestId;
import be.werkwinkel.kiosk.storage.StorageAdministration;
import be.werkwinkel.kiosk.support.KioskTest;
import be.werkwinkel.kiosk.support.TestVacancies;
import be.werkwinkel.kiosk.vacancy.VacancyImport;
import be.werkwinkel.kiosk.vacancy.VacancyQuery;
import be.werkwinkel.kiosk.vacancy.VacancySearch;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The storage screens without a browser: sign in and make an account one question at a time, Mijn
 * documenten, what is stored about me, and "Bewaren" on a vacancy. The same context as the vacancy
 * view tests (their known vacancies), so it starts no other database.
 */
@KioskTest
@TestPropertySource(properties = "kiosk.site.name=Werkwinkel Vacaturetest")
class StorageViewsTest extends SpringBrowserlessTest {

    @Autowired
    PersonalStorage storage;

    @Autowired
    StorageAdministration administration;

    @Autowired
    VacancyImport imports;

    @Autowired
    VacancySearch search;

    @BeforeEach
    void vacancies() {
        TestVacancies.load(imports);
    }

    private static String newUsername() {
        return "Bezoeker" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_documents_tile_leads_to_my_documents_which_asks_whether_you_have_an_account() {
        navigate(HomeView.class);
        var tile = $(Button.class).withId("tile-documents").single();
        assertThat(tile.getElement().getTextRecursively()).doesNotContain("Binnenkort");

        test(tile).click();
        test($(Button.class).withId("cv-start-documents").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
        assertThat(title()).isEqualTo("Hebt u hier al een account?");
    }

    @Test
    void a_new_visitor_makes_an_account_one_question_at_a_time_and_obvious_pins_are_explained() {
        navigate("documents", SignInView.class);
        assertThat(getCurrentView()).as("nobody signed in").isInstanceOf(SignInView.class);
        click("storage-new-account");
        assertThat(title()).isEqualTo("Kies een gebruikersnaam");

        answer("a b");
        assertThat(field().getErrorMessage()).contains("3 tot 30 letters of cijfers");
        var name = newUsername();
        answer(name);
        assertThat(title()).isEqualTo("Kies een pincode van 6 cijfers");

        answer("123456");
        assertThat(field().isInvalid()).isTrue();
        assertThat(field().getErrorMessage()).contains("op een rij");
        answer("250385");
        assertThat(field().getErrorMessage()).contains("datum");
        answer("482915");
        assertThat(title()).isEqualTo("Typ dezelfde pincode nog een keer");
        answer("482916");
        assertThat(title()).as("back to choosing").isEqualTo("Kies een pincode van 6 cijfers");
        assertThat(field().getErrorMessage()).contains("niet hetzelfde");
        answer("482915");
        answer("482915");
        assertThat(title()).isEqualTo("Wilt u uw e-mailadres geven?");

        test(emailField()).setValue("geen adres");
        click("storage-next");
        assertThat(emailField().getErrorMessage()).contains("geen e-mailadres");
        click("storage-skip");

        assertThat(getCurrentView()).isInstanceOf(DocumentsView.class);
        assertThat(title()).isEqualTo("Mijn documenten");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("storage-signed-in-as").getText()).contains(name);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("storage-empty").getText()).contains("nog niets bewaard");
        assertThat(storage.signIn(name, "482915", UUID.randomUUID().toString())).isNotNull();
    }

    @Test
    void a_taken_username_is_said_at_once() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        navigate(SignInView.class);
        click("storage-new-account");

        answer(name.toUpperCase());

        assertThat(title()).isEqualTo("Kies een gebruikersnaam");
        assertThat(field().getErrorMessage()).contains("al bezet");
    }

    @Test
    void a_wrong_pin_is_refused_without_saying_whether_the_account_exists() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        navigate(SignInView.class);
        click("storage-have-account");
        answer(name);
        answer("731946");
        var wrongPin = field().getErrorMessage();

        click("storage-back");
        answer(newUsername());
        answer("731946");

        assertThat(wrongPin).isEqualTo("Deze gebruikersnaam en pincode passen niet bij elkaar. Probeer opnieuw.");
        assertThat(field().getErrorMessage()).isEqualTo(wrongPin);
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void bewaren_on_a_vacancy_signs_in_first_then_comes_back_saved() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        var id = slager();
        navigate("vacancies/" + id, be.werkwinkel.kiosk.vacancy.ui.VacancyDetailsView.class);

        click("vacancy-save");
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
        click("storage-have-account");
        answer(name);
        answer("482915");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("vacancies/" + id);
        assertThat($(Dialog.class).single().getElement().getTextRecursively()).contains("„Slager” staat nu bij Mijn documenten.");
        click("notice-ok");
        click("vacancy-save");
        assertThat($(Dialog.class).last().getHeaderTitle()).isEqualTo("Al bewaard");

        navigate(DocumentsView.class);
        var rows = $(ListItem.class).withClassName("storage-document").all();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.getElement().getTextRecursively())
                .contains("Vacature", "Slager", "Bewaard op"));
        test($(Button.class).withClassName("storage-action-folder-open-o").single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("vacancies/" + id);
    }

    @Test
    void documents_are_renamed_duplicated_and_deleted_after_confirmation() {
        signInWithDocument("Mijn cv");
        navigate(DocumentsView.class);

        test($(Button.class).withClassName("storage-action-edit").single()).click();
        test($(TextField.class).id("storage-rename-field")).setValue("Cv voor de bouw");
        click("storage-rename-save");
        assertThat(names()).contains("Cv voor de bouw");

        test($(Button.class).withClassName("storage-action-copy-o").single()).click();
        assertThat(names()).containsExactlyInAnyOrder("Cv voor de bouw", "Kopie van Cv voor de bouw");

        test($(Button.class).withClassName("storage-action-trash").first()).click();
        click("storage-delete-no");
        assertThat(names()).hasSize(2);
        test($(Button.class).withClassName("storage-action-trash").first()).click();
        click("storage-delete-yes");
        assertThat(names()).hasSize(1);
    }

    @Test
    void what_is_stored_about_me_lists_it_all_and_deleting_the_account_is_immediate() {
        var name = signInWithDocument("Brief aan Slagerij Peeters");
        navigate(DocumentsView.class);
        click("storage-about-me");

        assertThat(getCurrentView()).isInstanceOf(AboutMeView.class);
        var text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains(name, "me@voorbeeld.be", "Brief aan Slagerij Peeters", "1 van 50 documenten", "24 maanden");

        click("storage-delete-account");
        click("storage-delete-account-yes");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat($(Dialog.class).last().getElement().getTextRecursively()).contains("zijn verwijderd");
        assertThat(storage.isUsernameFree(name)).isTrue();
        navigate("documents", SignInView.class);
        assertThat(getCurrentView()).as("signed out with it").isInstanceOf(SignInView.class);
    }

    @Test
    void signing_out_leaves_nothing_of_the_visitor_in_the_session() {
        signInWithDocument("Cv");
        navigate(DocumentsView.class);

        click("storage-sign-out");

        assertThat(SignedInVisitor.current()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        navigate("documents", SignInView.class);
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void after_a_staff_reset_the_visitor_chooses_a_new_pin_before_anything_else() {
        var name = newUsername();
        storage.createAccount(RequestId.random(), name, "482915", null);
        var oneTime = administration.resetPin(RequestId.random(), name, "An Balie");
        navigate(SignInView.class);
        click("storage-have-account");
        answer(name);
        answer(oneTime);

        assertThat(title()).isEqualTo("Kies een nieuwe pincode van 6 cijfers");
        answer("731946");
        answer("731946");

        assertThat(getCurrentView()).isInstanceOf(DocumentsView.class);
        assertThat(storage.signIn(name, "731946", UUID.randomUUID().toString()))
                .isInstanceOf(be.werkwinkel.kiosk.storage.SignIn.SignedIn.class);
    }

    @Test
    void every_storage_screen_redraws_in_french_at_once() {
        navigate(SignInView.class);
        switchToFrench();
        assertThat(title()).isEqualTo("Avez-vous déjà un compte ici\u00a0?");
        click("storage-new-account");
        assertThat(title()).isEqualTo("Choisissez un nom d’utilisateur");
        switchToDutch();
        assertThat(title()).isEqualTo("Kies een gebruikersnaam");

        signInWithDocument("Lettre");
        navigate(DocumentsView.class);
        switchToFrench();
        assertThat(title()).isEqualTo("Mes documents");
        assertThat($(ListItem.class).withClassName("storage-document").single().getElement().getTextRecursively())
                .contains("Lettre", "Gardé le");
        click("storage-about-me");
        assertThat(title()).isEqualTo("Que garde-t-on sur moi\u00a0?");
        switchToDutch();
        assertThat(title()).isEqualTo("Wat is over mij bewaard?");
    }

    private String signInWithDocument(String documentName) {
        var name = newUsername();
        var account = storage.createAccount(RequestId.random(), name, "482915", "me@voorbeeld.be");
        storage.save(RequestId.random(), account, DocumentKind.LETTER, documentName,
                new be.werkwinkel.kiosk.storage.DocumentContent("Beste".getBytes(StandardCharsets.UTF_8), "text/plain"));
        new SignedInVisitor(account, name).keepIn(UI.getCurrent().getSession());
        return name;
    }

    private String slager() {
        var result = search.search(VacancyQuery.all(10).withText("slager"));
        return result.hits().getFirst().id().toString();
    }

    private java.util.List<String> names() {
        return $(ListItem.class).withClassName("storage-document").all().stream()
                .map(row -> row.getElement().getChild(0).getChild(1).getText()).toList();
    }

    private void answer(String text) {
        test(field()).setValue(text);
        click("storage-next");
    }

    private TextField field() {
        var pin = $(TextField.class).withId("storage-pin").all();
        return pin.isEmpty() ? $(TextField.class).id("storage-username") : pin.getFirst();
    }

    private TextField emailField() {
        return $(TextField.class).id("storage-email");
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String title() {
        return $(H1.class).first().getText();
    }

    private void switchToFrench() {
        test($(Button.class).id("language-fr")).click();
    }

    private void switchToDutch() {
        test($(Button.class).id("language-nl")).click();
    }
}

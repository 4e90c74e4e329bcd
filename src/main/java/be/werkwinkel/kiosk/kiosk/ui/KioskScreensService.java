package be.werkwinkel.kiosk.kiosk.ui;

import be.werkwinkel.kiosk.base.KioskLanguage;
import be.werkwinkel.kiosk.base.KioskSettings;
import be.werkwinkel.kiosk.base.StaffScreens;
import be.werkwinkel.kiosk.kiosk.Configured;
import be.werkwinkel.kiosk.kiosk.KioskFeature;
import be.werkwinkel.kiosk.kiosk.KioskScreens;
import be.werkwinkel.kiosk.kiosk.KioskSetup;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Keeps the lock, the banner and the configuration, and puts them on every open kiosk page. Each kiosk UI gets its
 * {@link LockScreen} and {@link AnnouncementBanner} as children of the UI itself, not of a layout,
 * because the attract screen has no layout; they are put back after a navigation that took them
 * away. A change reaches the open pages through server push ({@code UI.access}); a page opened
 * later starts with the state as it is then.
 */
@Service
class KioskScreensService implements KioskScreens, VaadinServiceInitListener {

    /** What one kiosk page shows of this service. */
    private record Parts(AnnouncementBanner banner, LockScreen lock) {
    }

    private final Set<UI> uis = ConcurrentHashMap.newKeySet();
    private final AtomicReference<@Nullable String> lockMessage = new AtomicReference<>();
    private final AtomicReference<@Nullable String> announcement = new AtomicReference<>();
    private final KioskSetup defaultSetup;
    private final AtomicReference<KioskSetup> setup;

    /**
     * @param environment for {@code kiosk.vacancy.default-place}: vacancy search's setting, which is
     *     also the place appointments are sorted from, so it is the terminal's place for every feature
     */
    KioskScreensService(KioskSettings settings, Environment environment) {
        defaultSetup = KioskSetup.of(settings, environment.getProperty("kiosk.vacancy.default-place", ""));
        setup = new AtomicReference<>(defaultSetup);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // before the first navigation: the first screen is drawn with the configuration
        event.getSource().addUIInitListener(init -> Configured.follow(init.getUI(), setup.get()));
        // after navigation, not before: the first navigation of a page may still rebuild the UI's children
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            var ui = navigation.getLocationChangeEvent().getUI();
            if (StaffScreens.isStaff(navigation.getLocation())) {
                return;
            }
            var parts = ComponentUtil.getData(ui, Parts.class);
            if (parts == null) {
                parts = new Parts(new AnnouncementBanner(), new LockScreen());
                ComponentUtil.setData(ui, Parts.class, parts);
                uis.add(ui);
                ui.addDetachListener(detach -> uis.remove(ui));
            }
            if (parts.lock().getParent().isEmpty()) {
                ui.add(parts.banner(), parts.lock());
                show(ui);
            }
        }));
    }

    @Override
    public void lock(String message) {
        lockMessage.set(message.strip());
        showEverywhere();
    }

    @Override
    public void unlock() {
        lockMessage.set(null);
        showEverywhere();
    }

    @Override
    public Optional<String> lockMessage() {
        return Optional.ofNullable(lockMessage.get());
    }

    @Override
    public void announce(String text) {
        announcement.set(text.isBlank() ? null : text.strip());
        showEverywhere();
    }

    @Override
    public Optional<String> announcement() {
        return Optional.ofNullable(announcement.get());
    }

    @Override
    public KioskSetup setup() {
        return setup.get();
    }

    @Override
    public KioskSetup defaultSetup() {
        return defaultSetup;
    }

    @Override
    public void configure(KioskSetup configured) {
        setup.set(configured);
        showEverywhere();
    }

    private void showEverywhere() {
        for (var ui : uis) {
            try {
                ui.access(() -> show(ui));
            } catch (com.vaadin.flow.component.UIDetachedException gone) {
                uis.remove(ui);
            }
        }
    }

    /** Runs with the UI's session locked. */
    private void show(UI ui) {
        var parts = ComponentUtil.getData(ui, Parts.class);
        if (parts != null) {
            parts.lock().show(lockMessage.get());
            parts.banner().show(announcement.get());
        }
        follow(ui, setup.get());
    }

    /** Runs with the UI's session locked. */
    static void follow(UI ui, KioskSetup configured) {
        if (!configured.offers(KioskLanguage.of(ui.getLocale()))) {
            // the language the visitor chose is no longer offered here: carry on in Dutch
            ui.getSession().setAttribute(KioskLanguage.class, KioskLanguage.DEFAULT);
            ui.setLocale(KioskLanguage.DEFAULT.locale());
        }
        var shown = ui.getInternals().getActiveRouterTargetsChain();
        var off = !shown.isEmpty() && KioskFeature.ofScreen(shown.getFirst().getClass())
                .filter(feature -> !configured.offers(feature)).isPresent();
        Configured.follow(ui, configured);
        if (off) {
            ui.navigate(HomeView.class);
        }
    }
}

package be.werkwinkel.kiosk.kiosk;

/**
 * A kiosk component that shows something of this kiosk's configuration ({@link KioskSetup}): the
 * shell calls it, on the page's UI thread, whenever staff change the configuration while the
 * component is on an open page, the way Vaadin calls a {@code LocaleChangeObserver} when the
 * language changes. A component reads the configuration it starts with from
 * {@link KioskScreens#setup()} (or {@link Configured#current}).
 */
@FunctionalInterface
public interface KioskSetupObserver {

    void setupChange(KioskSetup setup);
}

/**
 * The shared kernel every module may use: languages and translations, the clock, the settings
 * under {@code kiosk.*}, the role this process plays, and a small UI kit (named interface
 * {@code ui}: dialogs and badges). It depends on no other module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package be.werkwinkel.kiosk.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

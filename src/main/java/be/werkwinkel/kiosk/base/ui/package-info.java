/**
 * The kiosk shell's screens and building blocks. Features use the public ones (such as
 * {@link be.werkwinkel.kiosk.base.ui.NoticeDialog}); the layout finds feature views through
 * their {@code @Menu} annotations, never the other way round.
 */
@NullMarked
@NamedInterface("ui")
package be.werkwinkel.kiosk.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

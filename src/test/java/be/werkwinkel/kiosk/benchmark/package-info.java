/**
 * Benchmarks that start the real application (without web server) and print figures for the
 * README. Test scope, so they never ship; run them through the scripts in {@code src/benchmark}.
 *
 * <p>Nothing here may carry {@code @Component} or {@code @Configuration}: the package lies under
 * the application's component scan, so such a class would end up in every test context. Hooks into
 * the application context are registered by hand instead.
 */
@NullMarked
package be.werkwinkel.kiosk.benchmark;

import org.jspecify.annotations.NullMarked;

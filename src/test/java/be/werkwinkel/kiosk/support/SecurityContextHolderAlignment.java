package be.werkwinkel.kiosk.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, points the global {@link SecurityContextHolder} at the security-context holder
 * of the test's own application context (Vaadin registers one and makes it global when a context
 * starts). Every application context started later in the same JVM (a role test, a command-line
 * test, another cached test context) makes its own holder global; {@code @WithStaff} then signs the
 * staff member in on the test context's holder while Vaadin's access check reads the global one,
 * and a staff screen is refused in the full run although it opens when its test runs alone.
 * Runs before Spring Security's {@code WithSecurityContextTestExecutionListener} (order 10000).
 */
public final class SecurityContextHolderAlignment implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}

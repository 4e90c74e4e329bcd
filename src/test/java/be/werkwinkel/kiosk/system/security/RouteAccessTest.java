package be.werkwinkel.kiosk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.werkwinkel.kiosk.base.StaffScreens;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every screen says who may open it (LIBRARIES.md, "Traps"): a view, layout or error view without
 * an access annotation is denied to everybody, which on the kiosk means a screen that silently
 * never opens. Kiosk screens are anonymous; staff screens (under /admin) never are, except the
 * login itself.
 */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void every_screen_layout_and_error_view_says_who_may_open_it() {
        assertThat(screens()).isNotEmpty().allSatisfy(type -> assertThat(ACCESS.stream().anyMatch(type::isAnnotationPresent))
                .as(type.getName() + " has no access annotation").isTrue());
    }

    @Test
    void kiosk_screens_are_anonymous_and_staff_screens_need_a_sign_in() {
        for (var type : screens()) {
            var route = type.getAnnotation(Route.class);
            if (route == null) {
                continue;
            }
            var staff = route.value().equals(StaffScreens.PATH) || route.value().startsWith(StaffScreens.PATH + "/");
            var anonymous = type.isAnnotationPresent(AnonymousAllowed.class);
            if (!staff) {
                assertThat(anonymous).as(type.getName() + " is a kiosk screen").isTrue();
            } else if (!route.value().equals(StaffScreens.PATH + "/login")) {
                assertThat(anonymous).as(type.getName() + " is a staff screen").isFalse();
            }
        }
    }

    private static List<Class<?>> screens() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        var found = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("be.werkwinkel.kiosk")) {
            found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), RouteAccessTest.class.getClassLoader()));
        }
        return found.stream().filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers())).toList();
    }
}

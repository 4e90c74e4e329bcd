package be.werkwinkel.kiosk.base;

import java.util.Arrays;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the configured role is one of those named by {@link ConditionalOnRole}. */
final class RoleCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var attributes = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName());
        if (attributes == null) {
            return true;
        }
        var roles = (KioskRole[]) attributes.get("value");
        var current = KioskRole.of(context.getEnvironment());
        return Arrays.asList(roles).contains(current);
    }
}

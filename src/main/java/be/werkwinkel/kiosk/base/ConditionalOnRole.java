package be.werkwinkel.kiosk.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * A bean or configuration that exists only in the named roles ({@code kiosk.role}, default
 * standalone). A terminal has no database, no feed jobs and no ingest; a hub and a standalone
 * kiosk have all of them (DESIGN.md, "Roles of the one application").
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(RoleCondition.class)
public @interface ConditionalOnRole {

    /** The roles in which the annotated bean exists. */
    KioskRole[] value();
}

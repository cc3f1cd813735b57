package vn.dxhub.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Marks the simulators' beans: they exist only when {@code hub.simulators.enabled} is true (the default; prod forbids it). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(prefix = "hub.simulators", name = "enabled", havingValue = "true", matchIfMissing = true)
@interface SimulatorsEnabled {}

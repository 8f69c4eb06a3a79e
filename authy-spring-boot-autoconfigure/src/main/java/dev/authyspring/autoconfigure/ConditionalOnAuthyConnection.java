package dev.authyspring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the application can reach Authy: {@code authy.api-key} has text, or there
 * is an {@link AuthyConnectionDetails} bean. A key that is set but empty, such as
 * {@code authy.api-key=${AUTHY_API_KEY:}} without the variable, counts as missing.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnAuthyConnectionCondition.class)
public @interface ConditionalOnAuthyConnection {

}

package se.qms.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one code-generation style of every qms value type, applied per package in {@code
 * package-info.java}.
 *
 * <p>Strict builders (an attribute set twice is an error), a package-private implementation
 * hidden behind the abstract type's own {@code builder()} and {@code of(...)} factories, and
 * {@link MissingValueException} instead of raw null-pointer or illegal-state exceptions, and no
 * annotations in generated code that would need Immutables on an application's class path. Of use
 * only to qms modules; applications never need it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    throwForInvalidImmutableState = MissingValueException.class,
    throwForNullPointer = MissingValueException.class,
    // no @org.immutables.value.Generated on generated classes: applications compile against qms
    // without Immutables on their class path, and javac warns about annotations it cannot find
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface QmsStyle {}

package se.qms.json;

import jakarta.validation.Validation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Bean Validation (Jakarta Validation 3.1, Hibernate Validator) of the model values a document is
 * read into: the place for an application's own rules on top of the format's.
 *
 * <p>The format's rules — lengths, ranges, required values, references — live once, in the core
 * model's value checks, so they hold for values built in code as much as for values read from JSON.
 * What an application adds here are its own constraints: a municipality's id scheme for units, a
 * vendor's length limits for the fields its screens show, a pattern for indicator ids. Declare them
 * programmatically or in a constraint-mapping XML file on a configuration from {@link
 * #configure()}, build a {@link jakarta.validation.Validator} once and pass it to {@link
 * ReadOptions#withValidator}; every value read is then validated, and each violation becomes a
 * {@link DocumentError} with {@link se.qms.core.QmsErrorCode#JSON_BEAN_CONSTRAINT_VIOLATED}, the
 * JSON pointer of the property, the constraint's message and the rejected value.
 *
 * <pre>{@code
 * HibernateValidatorConfiguration config = ModelConstraints.configure();
 * ConstraintMapping mapping = config.createConstraintMapping();
 * mapping.type(OrganisationUnit.class).getter("id").constraint(new PatternDef().regexp("[a-z]{2,8}"));
 * Validator validator = config.addMapping(mapping).buildValidatorFactory().getValidator();
 * QmsJson json = QmsJson.with(ReadOptions.strict().withValidator(validator));
 * }</pre>
 *
 * <p>Model accessors are named after their property ({@code id()}, {@code title()}), not {@code
 * getId()}; Bean Validation would silently ignore constraints on them. The configuration returned
 * here treats every public no-argument accessor as the property of its name (and still accepts
 * {@code getX()}/{@code isX()}), so {@code getter("id")} and {@code <getter name="id">} find
 * {@code id()}. Optional numbers ({@code OptionalDouble}) are unwrapped; an {@code Optional<String>}
 * takes its constraint on the element ({@code getter("name").containerElementType()}). There is no
 * need to cascade with {@code @Valid}: every value is validated where it is read, so a nested
 * value's violation carries its own pointer. Messages are interpolated in English.
 */
public final class ModelConstraints {
  private ModelConstraints() {}

  /** Methods every object has, which are never model properties. */
  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "builder", "notify", "notifyAll", "wait");

  /**
   * A new Hibernate Validator configuration that sees the model's accessors as properties, with
   * English messages; add mappings, then build the validator factory once.
   */
  public static HibernateValidatorConfiguration configure() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorNames())
        .defaultLocale(Locale.ENGLISH)
        .locales(Locale.ENGLISH);
  }

  /** Public no-argument, non-void methods are accessors; {@code getX()}/{@code isX()} name "x". */
  private static final class AccessorNames implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      String name = executable.getName();
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(name)) {
        return Optional.empty();
      }
      if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
        return Optional.of(decapitalise(name.substring(3)));
      }
      if (name.length() > 2
          && name.startsWith("is")
          && Character.isUpperCase(name.charAt(2))
          && executable.getReturnType() == boolean.class) {
        return Optional.of(decapitalise(name.substring(2)));
      }
      return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String property) {
      String capital = Character.toUpperCase(property.charAt(0)) + property.substring(1);
      return List.of(property, "get" + capital, "is" + capital);
    }

    private static String decapitalise(String s) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
  }
}

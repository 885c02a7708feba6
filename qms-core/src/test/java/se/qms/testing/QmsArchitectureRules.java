package se.qms.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules of every qms module, applied by each module's {@code ArchitectureTest}
 * to the classes it ships.
 *
 * <p>The rules run as JUnit dynamic tests through {@link #check(String...)} rather than through
 * ArchUnit's own test engine, which Surefire 3.5.3 and later silently skip for rule fields.
 */
public final class QmsArchitectureRules {
  private QmsArchitectureRules() {}

  /** Every rule of this class by field name, in declaration order. */
  public static Map<String, ArchRule> all() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    for (Field field : QmsArchitectureRules.class.getDeclaredFields()) {
      if (field.getType() == ArchRule.class && Modifier.isStatic(field.getModifiers())) {
        try {
          rules.put(field.getName(), (ArchRule) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return rules;
  }

  /**
   * The shipped (non-test) classes of the given packages.
   *
   * @param packages e.g. {@code "se.qms"}
   */
  public static JavaClasses shippedClasses(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages(packages);
  }

  /** One dynamic test per rule, each checking {@code classes}. */
  public static Stream<DynamicTest> check(JavaClasses classes) {
    return all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(classes)));
  }

  /** qms-core depends on no other qms module. */
  public static final ArchRule core_depends_on_no_other_qms_module =
      noClasses()
          .that()
          .resideInAPackage("se.qms.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("se.qms.risk..", "se.qms.json..", "se.qms.examples..")
          .allowEmptyShould(true);

  /** qms-risk depends on qms-core only. */
  public static final ArchRule risk_depends_only_on_core =
      noClasses()
          .that()
          .resideInAPackage("se.qms.risk..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("se.qms.json..", "se.qms.examples..")
          .allowEmptyShould(true);

  /** qms-json depends on qms-core and qms-risk, never on the examples. */
  public static final ArchRule json_does_not_depend_on_examples =
      noClasses()
          .that()
          .resideInAPackage("se.qms.json..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("se.qms.examples..")
          .allowEmptyShould(true);

  /** qms-core and qms-risk use no Jackson and no Bean Validation. */
  public static final ArchRule core_and_risk_use_no_jackson_or_bean_validation =
      noClasses()
          .that()
          .resideInAnyPackage("se.qms.core..", "se.qms.risk..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "tools.jackson..",
              "com.fasterxml.jackson..",
              "jakarta.validation..",
              "javax.validation..",
              "org.hibernate..")
          .allowEmptyShould(true);

  /** No cycles between the packages of qms. */
  public static final ArchRule qms_packages_are_free_of_cycles =
      slices().matching("se.qms.(**)").should().beFreeOfCycles().allowEmptyShould(true);

  /** Nothing reads the system clock: evaluations take a Clock or an as-of date. */
  public static final ArchRule nothing_reads_the_system_clock =
      noClasses()
          .that()
          .resideInAPackage("se.qms..")
          .and()
          .resideOutsideOfPackage("se.qms.examples..")
          .should()
          .callMethodWhere(readsTheSystemClock())
          .allowEmptyShould(true);

  /** Only the command line may read the clock, and only through java.time.Clock. */
  public static final ArchRule the_command_line_reads_the_clock_only_through_a_clock =
      noClasses()
          .that()
          .resideInAPackage("se.qms.examples..")
          .should()
          .callMethodWhere(readsTheClockWithoutAClock())
          .allowEmptyShould(true);

  /** The internal packages of each module are used by that module only. */
  public static final ArchRule internal_packages_are_used_only_inside_their_module =
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("se.qms..")
          .should(useNoInternalPackageOfAnotherModule())
          .allowEmptyShould(true);

  private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
    return new DescribedPredicate<>("a method that reads the system clock") {
      @Override
      public boolean test(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        boolean noArgNow =
            name.equals("now")
                && call.getTarget().getRawParameterTypes().isEmpty()
                && owner.startsWith("java.time.");
        boolean systemClock =
            owner.equals("java.time.Clock")
                && (name.equals("systemDefaultZone") || name.equals("systemUTC"));
        boolean millis =
            owner.equals("java.lang.System")
                && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
        return noArgNow || systemClock || millis;
      }
    };
  }

  private static DescribedPredicate<JavaCall<?>> readsTheClockWithoutAClock() {
    return new DescribedPredicate<>("a no-argument now() or System.currentTimeMillis()") {
      @Override
      public boolean test(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        return (name.equals("now")
                && call.getTarget().getRawParameterTypes().isEmpty()
                && owner.startsWith("java.time."))
            || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
      }
    };
  }

  private static final String[] MODULE_ROOTS = {
    "se.qms.core", "se.qms.risk", "se.qms.json", "se.qms.examples"
  };

  private static ArchCondition<JavaClass> useNoInternalPackageOfAnotherModule() {
    return new ArchCondition<>("use no internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String owner = moduleOfInternal(dependency.getTargetClass().getPackageName());
          if (owner != null && !isIn(origin.getPackageName(), owner)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static boolean isIn(String packageName, String root) {
    return packageName.equals(root) || packageName.startsWith(root + ".");
  }

  private static String moduleOfInternal(String packageName) {
    for (String root : MODULE_ROOTS) {
      if (packageName.equals(root + ".internal") || packageName.startsWith(root + ".internal.")) {
        return root;
      }
    }
    return null;
  }
}

package se.qms.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import se.qms.core.fixture.ReadsTheClock;
import se.qms.core.fixture.UsesAnotherModule;
import se.qms.core.fixture.cycle.a.A;
import se.qms.core.fixture.cycle.b.B;
import se.qms.core.process.ProcessMap;
import se.qms.risk.internal.RiskInternal;

/** Each shared rule fires on a class that breaks it and passes on one that does not. */
class QmsArchitectureRulesTest {
  private static final JavaClasses CLEAN = new ClassFileImporter().importClasses(ProcessMap.class);

  private static boolean violated(ArchRule rule, Class<?>... classes) {
    return rule.evaluate(new ClassFileImporter().importClasses(classes)).hasViolation();
  }

  @Test
  void clockRule_firesOnNowWithoutClock() {
    assertTrue(violated(QmsArchitectureRules.nothing_reads_the_system_clock, ReadsTheClock.class));
    assertFalse(QmsArchitectureRules.nothing_reads_the_system_clock.evaluate(CLEAN).hasViolation());
  }

  @Test
  void upwardRule_firesOnCoreUsingAnotherModule() {
    assertTrue(
        violated(
            QmsArchitectureRules.core_depends_on_no_other_qms_module,
            UsesAnotherModule.class,
            RiskInternal.class));
    assertFalse(
        QmsArchitectureRules.core_depends_on_no_other_qms_module.evaluate(CLEAN).hasViolation());
  }

  @Test
  void internalRule_firesOnlyAcrossModules() {
    assertTrue(
        violated(
            QmsArchitectureRules.internal_packages_are_used_only_inside_their_module,
            UsesAnotherModule.class,
            RiskInternal.class));
    // ProcessMap uses se.qms.core.internal from inside qms-core: allowed
    assertFalse(
        QmsArchitectureRules.internal_packages_are_used_only_inside_their_module
            .evaluate(CLEAN)
            .hasViolation());
  }

  @Test
  void cycleRule_firesOnPackageCycle() {
    assertTrue(violated(QmsArchitectureRules.qms_packages_are_free_of_cycles, A.class, B.class));
  }
}

package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.organisation.OrganisationUnit;

/**
 * An application's Bean Validation constraints on the model, applied while reading: each declared
 * constraint fires, at the pointer of the property it constrains, with the rejected value.
 */
class BeanValidationTest {
  private static Validator validator(Consumer<ConstraintMapping> declare) {
    HibernateValidatorConfiguration config = ModelConstraints.configure();
    ConstraintMapping mapping = config.createConstraintMapping();
    declare.accept(mapping);
    return config.addMapping(mapping).buildValidatorFactory().getValidator();
  }

  private static List<DocumentError> errors(Validator validator, byte[] document) {
    return QmsJson.with(ReadOptions.strict().withValidator(validator)).validate(document);
  }

  private static List<String> pointers(List<DocumentError> errors) {
    return errors.stream().map(DocumentError::pointer).collect(Collectors.toList());
  }

  @Nested
  class EachConstraintFires {
    @Test
    void pattern_onUnitIds_namesEachUnit() {
      List<DocumentError> errors =
          errors(
              validator(m -> m.type(OrganisationUnit.class).getter("id").constraint(new PatternDef().regexp("[a-z]{3,}"))),
              MalformedCorpus.QS);
      assertEquals(List.of("/units/0/id", "/units/1/id"), pointers(errors));
      DocumentError first = errors.get(0);
      assertEquals(QmsErrorCode.JSON_BEAN_CONSTRAINT_VIOLATED, first.code());
      assertEquals("sn", first.rejectedValue().orElseThrow());
      assertTrue(first.messageEn().contains("must match \"[a-z]{3,}\""), first.messageEn());
      assertTrue(first.messageSv().startsWith("Värdet bryter mot en regel som tillämpningen har lagt till."), first.messageSv());
    }

    @Test
    void size_onIndicatorTitles() {
      List<DocumentError> errors =
          errors(validator(m -> m.type(Indicator.class).getter("title").constraint(new SizeDef().max(5))), MalformedCorpus.QS);
      assertEquals(List.of("/indicators/0/title"), pointers(errors));
      assertEquals("Andel nöjda", errors.get(0).rejectedValue().orElseThrow());
    }

    @Test
    void max_onObservationTotals_unwrapsTheOptionalDouble_onTheStreamedArray() {
      List<DocumentError> errors =
          errors(validator(m -> m.type(Observation.class).getter("total").constraint(new MaxDef().value(80))), MalformedCorpus.QS);
      assertEquals(List.of("/observations/0/total"), pointers(errors));
      assertEquals("82.0", errors.get(0).rejectedValue().orElseThrow());
    }

    @Test
    void size_onTheElementOfAnOptionalGroupName() {
      List<DocumentError> errors =
          errors(
              validator(m -> m.type(ReferenceValue.class).getter("name").containerElementType().constraint(new SizeDef().max(3))),
              MalformedCorpus.QS);
      assertEquals(List.of("/references/0/name"), pointers(errors));
      assertEquals("Liknande kommuner IFO", errors.get(0).rejectedValue().orElseThrow());
    }

    @Test
    void size_onTheRuleSetName_atTheRoot() {
      List<DocumentError> errors =
          errors(validator(m -> m.type(RuleSet.class).getter("name").constraint(new SizeDef().max(5))), MalformedCorpus.RS);
      assertEquals(List.of("/name"), pointers(errors));
    }

    @Test
    void constraintsFromAMappingFile_needNoCode() throws Exception {
      HibernateValidatorConfiguration config = ModelConstraints.configure();
      Validator validator;
      try (InputStream xml = BeanValidationTest.class.getResourceAsStream("process-title-constraint.xml")) {
        validator = config.addMapping(xml).buildValidatorFactory().getValidator();
      }
      List<DocumentError> errors = errors(validator, MalformedCorpus.QS);
      assertEquals(List.of("/processes/1/title"), pointers(errors));
    }
  }

  @Test
  void aDocumentWithinTheConstraints_readsAsWithoutThem() {
    Validator validator =
        validator(m -> m.type(OrganisationUnit.class).getter("id").constraint(new PatternDef().regexp("[a-z]{2,8}")));
    QualitySystem withConstraints =
        QmsJson.with(ReadOptions.strict().withValidator(validator)).readQualitySystem(MalformedCorpus.QS);
    assertEquals(QmsJson.strict().readQualitySystem(MalformedCorpus.QS), withConstraints);
  }

  @Test
  void violations_areReportedTogetherWithTheFormatsOwnErrors_andNoModelIsReturned() {
    Validator validator =
        validator(m -> m.type(OrganisationUnit.class).getter("id").constraint(new PatternDef().regexp("[a-z]{3,}")));
    byte[] document =
        new String(MalformedCorpus.QS, java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"total\" : 82.0", "\"total\" : \"82\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    QmsDocumentException e =
        assertThrows(
            QmsDocumentException.class,
            () -> QmsJson.with(ReadOptions.strict().withValidator(validator)).readQualitySystem(document));
    List<String> pointers = pointers(e.errors());
    assertTrue(pointers.containsAll(List.of("/units/0/id", "/units/1/id", "/observations/0/total")), pointers.toString());
  }

  @Test
  void aConstraintTheValidatorCannotApply_isACodedProgrammingError() {
    Validator validator =
        validator(m -> m.type(Indicator.class).getter("direction").constraint(new SizeDef().max(3)));
    QmsException e = assertThrows(QmsException.class, () -> errors(validator, MalformedCorpus.QS));
    assertEquals(QmsErrorCode.JSON_BEAN_CONSTRAINT_VIOLATED, e.code());
  }

  @Test
  void withValidator_null_isAMissingValue() {
    assertThrows(MissingValueException.class, () -> ReadOptions.strict().withValidator(null));
  }

  @Test
  void withoutAValidator_nothingIsValidatedBeyondTheFormat() {
    assertEquals(List.of(), QmsJson.strict().validate(MalformedCorpus.QS));
    assertTrue(!ReadOptions.strict().validatesBeans());
  }
}

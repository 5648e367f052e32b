package org.gongshi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: boundary → control → entity, never back (STYLE.md §2). */
class LayeringTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongshi");
  }

  @Test
  void entitiesKnowNothingOfControlOrBoundary() {
    noClasses()
        .that()
        .resideInAPackage("..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..control..", "..boundary..")
        .check(classes);
  }

  @Test
  void controlNeverReachesForBoundary() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..boundary..")
        .check(classes);
  }

  @Test
  void controlIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..")
        .check(classes);
  }

  @Test
  void searchAndReportsDoNotDependOnTheApplication() {
    noClasses()
        .that()
        .resideInAnyPackage("org.gongshi.search..", "org.gongshi.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gongshi.archive..", "org.gongshi.platform..", "org.gongshi.security..")
        .check(classes);
  }

  @Test
  void thePortalReadsOnlyThePublicCopy() {
    noClasses()
        .that()
        .resideInAPackage("org.gongshi.portal..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "org.gongshi.disclosure..")
                .or(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "org.gongshi.archive.entity..")
                        .and(
                            com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName(
                                    "Agency")))))
        .because(
            "nothing internal (unredacted text, evidence, drafts) may reach a public page (ARCHITECTURE.md)")
        .check(classes);
  }
}

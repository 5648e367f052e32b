package org.gongshi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Features depend on each other one way (ARCHITECTURE.md): platform at the bottom, then
 * organisation and security, the reference data (calendar, the public copy, power lists), the
 * archive, and the features on top of it. A lower feature tells a higher one something by a CDI
 * event or an interface it owns, never by injecting it.
 */
class FeatureDependenciesTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongshi");
  }

  @Test
  void noCyclesBetweenFeatures() {
    slices().matching("org.gongshi.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void layersPointDownOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("platform")
        .definedBy("org.gongshi.platform..")
        .layer("organisation")
        .definedBy("org.gongshi.organisation..")
        .layer("security")
        .definedBy("org.gongshi.security..")
        .layer("calendar")
        .definedBy("org.gongshi.calendar..")
        .layer("portal")
        .definedBy("org.gongshi.portal..")
        .layer("catalog")
        .definedBy("org.gongshi.catalog..")
        .layer("archive")
        .definedBy("org.gongshi.archive..")
        .layer("features")
        .definedBy(
            "org.gongshi.disclosure..",
            "org.gongshi.legal..",
            "org.gongshi.review..",
            "org.gongshi.remedy..",
            "org.gongshi.reporting..")
        .layer("demo")
        .definedBy("org.gongshi.demo..")
        .whereLayer("demo")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("features")
        .mayOnlyBeAccessedByLayers("demo")
        .whereLayer("archive")
        .mayOnlyBeAccessedByLayers("features", "demo")
        .whereLayer("catalog")
        .mayOnlyBeAccessedByLayers("archive", "features", "demo")
        .whereLayer("portal")
        .mayOnlyBeAccessedByLayers("catalog", "features", "demo")
        .whereLayer("calendar")
        .mayOnlyBeAccessedByLayers("catalog", "archive", "features", "demo")
        .whereLayer("security")
        .mayOnlyBeAccessedByLayers("calendar", "catalog", "archive", "features", "demo")
        .whereLayer("organisation")
        .mayOnlyBeAccessedByLayers(
            "security", "calendar", "portal", "catalog", "archive", "features", "demo")
        .check(classes);
  }

  @Test
  void thePortalUsesOnlyPlatformOrganisationAndSearch() {
    noClasses()
        .that()
        .resideInAPackage("org.gongshi.portal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gongshi.archive..",
            "org.gongshi.security..",
            "org.gongshi.calendar..",
            "org.gongshi.catalog..",
            "org.gongshi.disclosure..",
            "org.gongshi.legal..",
            "org.gongshi.review..",
            "org.gongshi.remedy..",
            "org.gongshi.reporting..",
            "org.gongshi.demo..",
            "org.gongshi.reports..")
        .because("the portal reads only its own published copy (ARCHITECTURE.md)")
        .check(classes);
  }

  @Test
  void theLibrariesKnowNothingOfTheApplication() {
    noClasses()
        .that()
        .resideInAnyPackage("org.gongshi.search..", "org.gongshi.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.gongshi.platform..",
            "org.gongshi.organisation..",
            "org.gongshi.security..",
            "org.gongshi.archive..",
            "org.gongshi.portal..",
            "org.gongshi.catalog..",
            "org.gongshi.disclosure..")
        .check(classes);
  }
}

package chat.decentra.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lines of the hexagon, held by the build rather than by good intentions. */
class ArchitectureTest {

  private static final String DOMAIN = "chat.decentra.domain..";
  private static final String APPLICATION = "chat.decentra.application..";
  private static final String JOOQ_ADAPTER = "chat.decentra.adapter.jooq..";
  private static final String UNDERTOW_ADAPTER = "chat.decentra.adapter.undertow..";
  private static final String LAUNCHER = "chat.decentra.launcher..";

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ArchitectureTest::isProductionCode)
            .importPackages("chat.decentra");
  }

  /**
   * Our modules arrive as class folders or as jars, depending on how Maven runs; their tests (test
   * folders and test-jars) are not production code.
   */
  private static boolean isProductionCode(Location location) {
    return !location.contains("/test-classes/") && !location.contains("-tests.jar");
  }

  @Test
  void domainDependsOnTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DOMAIN, "java..")
        .check(production);
  }

  @Test
  void applicationDependsOnDomainAndJdkOnly() {
    classes()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
        .check(production);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage(JOOQ_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(UNDERTOW_ADAPTER)
        .check(production);
    noClasses()
        .that()
        .resideInAPackage(UNDERTOW_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(JOOQ_ADAPTER)
        .check(production);
  }

  @Test
  void nothingDependsOnTheLauncher() {
    noClasses()
        .that()
        .resideOutsideOfPackage(LAUNCHER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(LAUNCHER)
        .check(production);
  }

  @Test
  void jooqStaysInTheJooqAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage(JOOQ_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "org.postgresql..")
        .check(production);
  }

  @Test
  void undertowStaysInTheUndertowAdapterAndLauncher() {
    noClasses()
        .that()
        .resideOutsideOfPackages(UNDERTOW_ADAPTER, LAUNCHER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.undertow..", "org.xnio..")
        .check(production);
  }

  @Test
  void jacksonStaysInTheUndertowAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage(UNDERTOW_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(production);
  }

  @Test
  void generatedJooqRecordsDoNotLeaveTheAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage(JOOQ_ADAPTER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("chat.decentra.adapter.jooq.schema..")
        .check(production);
  }

  @Test
  void useCasesAndPortsFollowTheNaming() {
    classes()
        .that()
        .resideInAPackage("chat.decentra.application.port.in..")
        .and()
        .areInterfaces()
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("Patch") // the partial-update value that commands carry
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .check(production);
    classes()
        .that()
        .resideInAPackage("chat.decentra.application.port.out..")
        .and()
        .areInterfaces()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("Port")
        .check(production);
  }

  @Test
  void servicesImplementUseCases() {
    classes()
        .that()
        .resideInAPackage("chat.decentra.application.service..")
        .and()
        .haveSimpleNameEndingWith("Service")
        .should()
        .implement(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a use case",
                (com.tngtech.archunit.core.domain.JavaClass c) ->
                    c.getSimpleName().endsWith("UseCase")))
        .check(production);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("chat.decentra.(*)..").should().beFreeOfCycles().check(production);
    slices()
        .matching("chat.decentra.application.(*)..")
        .should()
        .beFreeOfCycles()
        .check(production);
    slices().matching("chat.decentra.domain.(*)..").should().beFreeOfCycles().check(production);
  }

  @Test
  void noStandardStreamsAndNoGenericExceptions() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(production);
    NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(production);
  }
}

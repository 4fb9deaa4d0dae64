package org.fairaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of STYLE.md: ui → service → domain; domain is plain JDK. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fairaudit");
    }

    @Test
    void domainUsesNoJavaFxJdbcPoiOrOtherLibraries() {
        noClasses().that().resideInAPackage("org.fairaudit.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "javax.sql..", "org.apache.poi..", "org.dhatim..", "org.h2..", "org.flywaydb..",
                        "com.fasterxml..", "org.controlsfx..", "atlantafx..", "picocli..")
                .check(classes);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("org.fairaudit.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.fairaudit.service..", "org.fairaudit.persistence..", "org.fairaudit.excel..",
                        "org.fairaudit.ui..", "org.fairaudit.app..", "org.fairaudit.codes..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheApplicationTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.fairaudit.service..", "org.fairaudit.persistence..",
                        "org.fairaudit.excel..", "org.fairaudit.codes..", "org.fairaudit.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void noLayerBelowTheUiImportsIt() {
        noClasses().that().resideInAnyPackage("org.fairaudit.service..", "org.fairaudit.persistence..",
                        "org.fairaudit.excel..", "org.fairaudit.codes..", "org.fairaudit.domain..",
                        "org.fairaudit.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fairaudit.ui..", "org.fairaudit.app..")
                .check(classes);
    }

    @Test
    void theUiReachesStorageOnlyThroughServices() {
        noClasses().that().resideInAPackage("org.fairaudit.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.fairaudit.persistence..", "org.fairaudit.excel..", "org.fairaudit.exchange..",
                        "java.sql..", "org.apache.poi..", "org.dhatim..")
                .check(classes);
    }
}

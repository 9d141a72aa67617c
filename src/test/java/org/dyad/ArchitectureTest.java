package org.dyad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dyad");

    @Test
    void views_never_touch_the_database() {
        ArchRule rule = noClasses().that().resideInAPackage("org.dyad..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.dyad.db..", "java.sql..")
                .as("views go through services; they never see DSLContext, generated records or SQL");
        rule.check(CLASSES);
    }

    @Test
    void the_parser_is_plain_java() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.dyad.extract..", "org.dyad.reference.files..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "org.jooq..", "org.dyad.db..")
                .as("the parser and the reference files it reads need no Spring, Vaadin or jOOQ");
        rule.check(CLASSES);
    }

    @Test
    void chart_options_are_plain_data_shared_by_browser_and_reports() {
        noClasses().that().resideInAPackage("org.dyad.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.jooq..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void messages_are_plain_java_shared_by_views_charts_and_reports() {
        noClasses().that().resideInAPackage("org.dyad.base.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.jooq..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void services_and_queries_do_not_reach_into_views() {
        // the security wiring names the login view; nothing else outside the views may see them
        noClasses().that().resideOutsideOfPackages("org.dyad..ui..", "org.dyad.user.security..")
                .should().dependOnClassesThat().resideInAPackage("org.dyad..ui..")
                .check(CLASSES);
    }
}

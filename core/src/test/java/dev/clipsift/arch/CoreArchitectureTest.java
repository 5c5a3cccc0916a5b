package dev.clipsift.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clipsift");

    @Test
    void coreNeverImportsJavaFxOrAwt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("core is the headless engine; the UI lives in app/")
                .check(CORE);
    }

    @Test
    void onlyTheCliPrintsToStandardStreams() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.clipsift.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because(
                        "the engine reports through return values, listeners and logging; the CLI decides what to print")
                .check(CORE);
    }

    @Test
    void theEngineDoesNotDependOnTheCli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.clipsift.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.clipsift.cli..")
                .check(CORE);
    }

    @Test
    void onlyTheCliAndTheBenchmarksReachIntoTheRunPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.clipsift.run..", "dev.clipsift.cli..", "dev.clipsift.bench..", "dev.clipsift.review..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.clipsift.run..")
                .because(
                        "stage families build on the public model and engine packages (pipeline, probe, split,"
                                + " transcode, ...); dev.clipsift.run assembles them and only its callers (the CLI, the benchmarks, the review) depend on it")
                .check(CORE);
    }

    @Test
    void thePipelinePackageDependsOnNothingElseInTheProject() {
        noClasses()
                .that()
                .resideInAPackage("dev.clipsift.pipeline..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "dev.clipsift.pipeline..", "java..", "com.sun.management..", "org.slf4j..", "org.jspecify..")
                .because("the runner and the stage contract are the base every family builds on")
                .check(CORE);
    }

    @Test
    void theModelAndTheFamilyApiNeverReachIntoTheRunOrTheCli() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.clipsift.model..", "dev.clipsift.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.clipsift.run..", "dev.clipsift.cli..")
                .check(CORE);
    }
}

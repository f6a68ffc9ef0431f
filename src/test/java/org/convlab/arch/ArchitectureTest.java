package org.convlab.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rules of DEVELOPERS' guide, enforced on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.convlab");

    @Test
    void engineAndTraceArePureJava() {
        noClasses().that().resideInAnyPackage("org.convlab.engine..", "org.convlab.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "javax.imageio..")
                .check(MAIN);
    }

    @Test
    void engineDoesNotDependOnOuterLayers() {
        noClasses().that().resideInAnyPackage("org.convlab.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.convlab.ui..", "org.convlab.cli..", "org.convlab.io..", "org.convlab.lesson..",
                        "org.convlab.export..", "org.convlab.trace..", "org.convlab.network..")
                .check(MAIN);
    }

    @Test
    void engineUsesOnlyTheJdkAndEjml() {
        classes().that().resideInAnyPackage("org.convlab.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ejml..", "org.convlab.engine..")
                .because("the engine is convolution, factorization and counting; file formats live in io, network cost models in network")
                .check(MAIN);
    }

    @Test
    void networkCostModelsUseOnlyTheEngine() {
        classes().that().resideInAnyPackage("org.convlab.network..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.convlab.engine..", "org.convlab.network..")
                .because("reading network files is io's job")
                .check(MAIN);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        // export's hooks attach to the ui's views and the ui opens export's dialogs: a known cycle
        // between those two outer layers, left out here; every other top-level package is acyclic.
        slices().matching("org.convlab.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.convlab.export.."), resideInAPackage("org.convlab.ui.."))
                .check(MAIN);
    }

    @Test
    void nonUiLayersDoNotUseTheUi() {
        noClasses().that().resideInAnyPackage("org.convlab.engine..", "org.convlab.trace..", "org.convlab.io..",
                        "org.convlab.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convlab.ui..", "javafx..")
                .check(MAIN);
    }

    @Test
    void modelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("Model").and().resideInAnyPackage("org.convlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..",
                        "javafx.scene.canvas..", "javafx.scene.shape..", "javafx.scene.text..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.Node")
                .because("a model has properties and commands; its view owns the nodes")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}

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
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jdk.incubator.vector..", "org.ejml..", "org.convlab.engine..")
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

    /** Every screen package; only the composition root and the lesson export deck (package ui) may know them. */
    private static final String[] SCREENS = {"org.convlab.ui.workbench..", "org.convlab.ui.animation..", "org.convlab.ui.lesson..",
        "org.convlab.ui.cost..", "org.convlab.ui.kernel.."};

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.convlab.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void engineDependsOnTheJdkAndEjmlOnly() {
        classes().that().resideInAnyPackage("org.convlab.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.convlab.engine..", "java..", "jdk.incubator.vector..", "org.ejml..")
                .check(MAIN);
    }

    @Test
    void exportRendersAndWritesWithoutTheUi() {
        noClasses().that().resideInAnyPackage("org.convlab.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convlab.ui..", "org.convlab.cli..")
                .check(MAIN);
    }

    @Test
    void cliReachesTheScreensOnlyThroughTheShell() {
        noClasses().that().resideInAnyPackage("org.convlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(SCREENS)
                .check(MAIN);
    }

    @Test
    void theShellKnowsScreensOnlyThroughTheContract() {
        noClasses().that().resideInAnyPackage("org.convlab.ui.core..", "org.convlab.ui.export..")
                .or().haveFullyQualifiedName("org.convlab.ui.MainWindow")
                .or().haveFullyQualifiedName("org.convlab.ui.HelpOverlay")
                .should().dependOnClassesThat().resideInAnyPackage(SCREENS)
                .check(MAIN);
    }

    @Test
    void screensDoNotReachIntoEachOtherOrTheShell() {
        for (String screen : new String[] {"workbench", "animation", "lesson", "cost"}) {
            java.util.List<String> others = new java.util.ArrayList<>();
            for (String o : new String[] {"workbench", "animation", "lesson", "cost"}) if (!o.equals(screen)) others.add("org.convlab.ui." + o + "..");
            others.add("org.convlab.ui");
            others.add("org.convlab.cli..");
            noClasses().that().resideInAnyPackage("org.convlab.ui." + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .check(MAIN);
        }
    }

    /** Where the app's threads may start: the one service, and the engine's and formula checker's lazy defaults for the CLI. */
    private static final String[] THREAD_STARTERS = {"org.convlab.ui.core.ComputeService", "org.convlab.engine.Parallel",
        "org.convlab.lesson.Formulas"};

    @Test
    void onlyTheComputeServiceStartsThreads() {
        var constructsThreads = com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.base.DescribedPredicate.or(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Thread.class),
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(java.util.concurrent.ExecutorService.class),
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(java.util.Timer.class))));
        var callsThreadFactories = com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.type(java.util.concurrent.Executors.class)));
        var usesCommonPool = com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.type(java.util.concurrent.CompletableFuture.class)))
                .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(".*Async")));
        noClasses().that().resideInAnyPackage("org.convlab..")
                .and().doNotHaveFullyQualifiedName(THREAD_STARTERS[0])
                .and().doNotHaveFullyQualifiedName(THREAD_STARTERS[1])
                .and().doNotHaveFullyQualifiedName(THREAD_STARTERS[2])
                .should().callConstructorWhere(constructsThreads)
                .orShould().callMethodWhere(callsThreadFactories)
                .orShould().callMethodWhere(usesCommonPool)
                .orShould().callMethod(java.util.concurrent.ForkJoinPool.class, "commonPool")
                .because("ComputeService starts the app's threads and hands its pools to the engine and the formula checker;"
                        + " a thread started elsewhere escapes its shutdown and the snapshot's wait for idle")
                .check(MAIN);
    }
}

package org.gongpei.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import rules between the modules, checked on the compiled main classes of maps, solver, planning,
 * datasets and service (all on this module's test class path). benchmarks is not on it, so the rules about
 * benchmarks look at references to it from the other modules.
 */
class ArchitectureTest {

    private static final String MAPS = "org.gongpei.maps..";
    private static final String SOLVER = "org.gongpei.solver..";
    private static final String PLANNING = "org.gongpei.planning..";
    private static final String DATASETS = "org.gongpei.datasets..";
    private static final String SERVICE = "org.gongpei.service..";
    private static final String BENCHMARKS = "org.gongpei.benchmarks..";
    private static final String OURS = "org.gongpei..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongpei");
    }

    @Test
    void mapsImportsNothingOfOurs() {
        noClasses().that().resideInAPackage(MAPS)
                .should().dependOnClassesThat(ours().and(outside(MAPS)))
                .because("maps is the road network only (OSM import, profiles, snapping, matrices) and is"
                        + " reused by everything above it")
                .check(classes);
    }

    @Test
    void solverImportsNothingOfOurs() {
        noClasses().that().resideInAPackage(SOLVER)
                .should().dependOnClassesThat(ours().and(outside(SOLVER)))
                .because("the solver receives travel matrices as arrays and must stay usable and testable"
                        + " without maps, the county model or the service")
                .check(classes);
    }

    @Test
    void timefoldImplOnlyInSolverTimefold() {
        noClasses().that().resideOutsideOfPackage("org.gongpei.solver.timefold")
                .should().dependOnClassesThat().resideInAPackage("ai.timefold.solver.core.impl..")
                .because("Timefold's impl classes are not public API and change between releases; keeping"
                        + " their users in one package makes a Timefold upgrade touch only that package")
                .check(classes);
    }

    @Test
    void planningImportsNeitherDatasetsNorServiceNorBenchmarks() {
        noClasses().that().resideInAPackage(PLANNING)
                .should().dependOnClassesThat().resideInAnyPackage(DATASETS, SERVICE, BENCHMARKS)
                .because("planning is the model and the methods; the demo counties, the service and the"
                        + " harnesses are built on it, not the other way round")
                .check(classes);
    }

    @Test
    void datasetsImportsNeitherServiceNorBenchmarks() {
        noClasses().that().resideInAPackage(DATASETS)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, BENCHMARKS)
                .because("the demo counties are data and their generators, built on planning only")
                .check(classes);
    }

    @Test
    void datasetsMainCodeOnlyInItsOwnPackages() {
        classes().that(areInTheDatasetsModule()).or().resideInAPackage(DATASETS)
                .should().resideInAnyPackage("org.gongpei.datasets", "org.gongpei.datasets.daming",
                        "org.gongpei.datasets.bayreuth", "org.gongpei.datasets.scale")
                .because("datasets holds the demo counties and their generators only; model or method code"
                        + " belongs in planning, where the service can use it without the demo data")
                .check(classes);
    }

    @Test
    void serviceImportsNeitherDatasetsNorBenchmarks() {
        noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAnyPackage(DATASETS, BENCHMARKS)
                .because("the service loads the demo county as a class path resource at run time, so a"
                        + " deployment can leave the demo data out; the harnesses are not production code")
                .check(classes);
    }

    @Test
    void nothingImportsBenchmarks() {
        noClasses().that().resideOutsideOfPackage(BENCHMARKS)
                .should().dependOnClassesThat().resideInAPackage(BENCHMARKS)
                .because("the benchmark harnesses are not production code and no module depends on them")
                .check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.gongpei.(*)..")
                .should().beFreeOfCycles()
                .because("the modules build in the order maps, solver, planning, datasets, service; a cycle"
                        + " between their packages could not be split into those modules")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> ours() {
        return JavaClass.Predicates.resideInAPackage(OURS);
    }

    private static DescribedPredicate<JavaClass> outside(String packageIdentifier) {
        return JavaClass.Predicates.resideOutsideOfPackage(packageIdentifier);
    }

    /** Compiled from datasets/src/main/java: read from datasets/target/classes or the gongpei-datasets jar. */
    private static DescribedPredicate<JavaClass> areInTheDatasetsModule() {
        return DescribedPredicate.describe("are in the datasets module", javaClass -> javaClass.getSource()
                .map(source -> source.getUri().toString())
                .map(uri -> uri.contains("/datasets/target/classes/") || uri.contains("/gongpei-datasets-"))
                .orElse(false));
    }
}

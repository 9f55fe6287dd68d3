package org.jinguo.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The rules of docs/architecture.md §1 every service keeps: package by feature without cycles, domain
 * classes free of Spring, no other service's code, plain JDBC, no field injection. A service's
 * test calls {@link #check(String)} with its base package.
 */
public final class ArchitectureRules {

    private static final String[] SERVICES = {"org.jinguo.org", "org.jinguo.training", "org.jinguo.commerce",
            "org.jinguo.care", "org.jinguo.identity", "org.jinguo.gateway"};
    /** Names of the classes that adapt a feature to the outside world; everything else is domain. */
    private static final String ADAPTER_NAMES = ".*(Controller|Service|Repository|Configuration|Events|Listener|Consumer"
            + "|Requests|Views|Application|Properties|Customizer|Initializer)$";

    private ArchitectureRules() {
    }

    /** @return every violation in the service's main code, empty when it keeps the rules */
    public static List<String> check(String basePackage) {
        return evaluate(basePackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage));
    }

    /** The same rules over test classes too: for checking the rules themselves on fixtures. */
    static List<String> checkIncludingTests(String basePackage) {
        return evaluate(basePackage, new ClassFileImporter().importPackages(basePackage));
    }

    private static List<String> evaluate(String basePackage, JavaClasses classes) {
        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rules(basePackage)) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                violations.addAll(result.getFailureReport().getDetails());
            }
        }
        return violations;
    }

    static List<ArchRule> rules(String basePackage) {
        List<String> otherServices = new ArrayList<>();
        for (String service : SERVICES) {
            if (!service.equals(basePackage)) {
                otherServices.add(service + "..");
            }
        }
        return List.of(
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherServices.toArray(String[]::new))
                        .as("a service never uses another service's code"),
                slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                        .as("feature packages do not depend on each other in a cycle")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + ".*..")
                        .and().haveNameNotMatching(ADAPTER_NAMES)
                        .and().areNotNestedClasses()
                        .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                        .as("domain classes hold no Spring types or annotations")
                        .allowEmptyShould(true),
                noClasses().that().haveSimpleNameEndingWith("Controller")
                        .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                        .as("controllers go through the application service")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate.orm..")
                        .as("plain JDBC, no JPA"),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
                        .as("constructor injection only"));
    }
}

package org.jinguo.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The rules of docs/architecture.md §1 every service keeps: package by feature without cycles,
 * domain classes free of Spring, no other service's code, plain JDBC, no field injection; and those
 * of the platform modules on its classpath: no service's code, and only the other platform modules
 * each may use. A service's test calls {@link #check(String)} with its base package.
 */
public final class ArchitectureRules {

    private static final String[] SERVICES = {"org.jinguo.org", "org.jinguo.training", "org.jinguo.commerce",
            "org.jinguo.care", "org.jinguo.identity", "org.jinguo.gateway"};
    /** Names of the classes that adapt a feature to the outside world; everything else is domain. */
    private static final String ADAPTER_NAMES = ".*(Controller|Service|Repository|Configuration|Events|Listener|Consumer"
            + "|Requests|Views|Application|Properties|Customizer|Initializer)$";

    /**
     * Each platform module's package, and the other platform packages it may use: the modules
     * below a service never know a service, and only these few know each other.
     */
    private static final Map<String, List<String>> PLATFORM = Map.of(
            "org.jinguo.events", List.of(),
            "org.jinguo.values", List.of(),
            "org.jinguo.protection", List.of("org.jinguo.web"),
            "org.jinguo.web", List.of("org.jinguo.values"),
            "org.jinguo.jdbc", List.of("org.jinguo.web"),
            "org.jinguo.audit", List.of("org.jinguo.web"),
            "org.jinguo.messaging", List.of("org.jinguo.events"),
            "org.jinguo.reference", List.of("org.jinguo.messaging", "org.jinguo.events"));

    private ArchitectureRules() {
    }

    /**
     * @return every violation in the service's main code, and in the platform modules on its
     *         classpath, empty when they keep the rules
     */
    public static List<String> check(String basePackage) {
        List<String> violations = evaluate(rules(basePackage), mainClasses(basePackage));
        violations.addAll(evaluate(platformRules(PLATFORM, List.of(SERVICES)), mainClasses(PLATFORM.keySet().toArray(String[]::new))));
        return violations;
    }

    private static JavaClasses mainClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages);
    }

    /** The same rules over test classes too: for checking the rules themselves on fixtures. */
    static List<String> checkIncludingTests(String basePackage) {
        return evaluate(rules(basePackage), new ClassFileImporter().importPackages(basePackage));
    }

    /** The platform rules over fixtures: their modules and the other modules each may use, and the services' packages. */
    static List<String> checkPlatformIncludingTests(Map<String, List<String>> modules, List<String> services) {
        return evaluate(platformRules(modules, services), new ClassFileImporter().importPackages(modules.keySet()));
    }

    private static List<String> evaluate(List<ArchRule> rules, JavaClasses classes) {
        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                violations.addAll(result.getFailureReport().getDetails());
            }
        }
        return violations;
    }

    static List<ArchRule> platformRules(Map<String, List<String>> modules, List<String> services) {
        List<ArchRule> rules = new ArrayList<>();
        String[] servicePackages = services.stream().map(service -> service + "..").toArray(String[]::new);
        String[] platformPackages = modules.keySet().stream().map(module -> module + "..").toArray(String[]::new);
        rules.add(noClasses().that().resideInAnyPackage(platformPackages)
                .should().dependOnClassesThat().resideInAnyPackage(servicePackages)
                .as("a platform module never uses a service's code")
                .allowEmptyShould(true));
        modules.forEach((module, allowed) -> {
            List<String> others = new ArrayList<>();
            for (String other : modules.keySet()) {
                if (!other.equals(module) && !allowed.contains(other)) {
                    others.add(other + "..");
                }
            }
            if (!others.isEmpty()) {
                rules.add(noClasses().that().resideInAPackage(module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                        .as(module + " uses no other platform module" + (allowed.isEmpty() ? "" : " but " + String.join(", ", allowed)))
                        .allowEmptyShould(true));
            }
        });
        return rules;
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

package id.go.bnn.pasarbersinar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

/**
 * The house rules that the compiler cannot check: views in {@code ui} packages (the README, "The modules") that call
 * no repository, one access annotation per route, Stripe only in its adapters, no module that knows the demo, no field
 * injection. Module boundaries are ModularityTests', SQL ones SqlBoundaryTest's.
 */
class ArchitectureTests {

    private static final JavaClasses SHOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.bnn.pasarbersinar");

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(SHOP);
    }

    @Test
    void views_never_call_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(SHOP);
    }

    @Test
    void every_route_carries_exactly_one_access_annotation() {
        classes().that().areAnnotatedWith(Route.class).should(new ArchCondition<>("carry exactly one access annotation") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                long count = ACCESS_ANNOTATIONS.stream().filter(view::isAnnotatedWith).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " has " + count + " access annotations"));
                }
            }
        }).check(SHOP);
    }

    @Test
    void stripe_stays_inside_the_payment_and_payout_adapters() {
        noClasses().that(DescribedPredicate.not(inStripeAdapter()))
                .should().dependOnClassesThat().resideInAPackage("com.stripe..")
                .check(SHOP);
    }

    @Test
    void no_module_knows_the_demo() {
        noClasses().that().resideOutsideOfPackage("id.go.bnn.pasarbersinar.demo..")
                .should().dependOnClassesThat().resideInAPackage("id.go.bnn.pasarbersinar.demo..")
                .check(SHOP);
    }

    @Test
    void no_field_injection() {
        fields().should().notBeAnnotatedWith(Autowired.class).allowEmptyShould(true).check(SHOP);
    }

    private static DescribedPredicate<JavaClass> inStripeAdapter() {
        return DescribedPredicate.describe("in a Stripe adapter of payment or payout",
                javaClass -> javaClass.getPackageName().matches("id\\.go\\.bnn\\.pasarbersinar\\.(payment|payout)(\\..*)?")
                        && javaClass.getSimpleName().startsWith("Stripe"));
    }
}

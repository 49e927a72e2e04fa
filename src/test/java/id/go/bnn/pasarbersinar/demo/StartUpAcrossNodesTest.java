package id.go.bnn.pasarbersinar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bnn.pasarbersinar.FreshDatabase;
import id.go.bnn.pasarbersinar.catalog.Collections;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.catalog.Listings;
import id.go.bnn.pasarbersinar.catalog.SearchIndex;
import id.go.bnn.pasarbersinar.identity.AdministratorSetup;
import id.go.bnn.pasarbersinar.identity.TestSecurityConfiguration.MovableClock;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.AtOnce;
import id.go.bnn.pasarbersinar.shared.StartUpLock;
import id.go.bnn.pasarbersinar.shell.ShopStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes starting at the same moment on one empty database (H2, or MySQL/MariaDB with {@code -Pmysql}): the start-up
 * work that must happen once happens once. The context itself starts with the demo off on a database of its own; each
 * "node" is then a start-up runner of its own racing the other's ({@link AtOnce}), as two JVMs would, through the
 * database only (the lock rows).
 */
@SpringBootTest(properties = "pasar.demo.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartUpAcrossNodesTest {

    private static final Pattern LINK = Pattern.compile("No administrator yet\\. Open (\\S+) within 24 hours");

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        FreshDatabase.register(registry, "start-up-race");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    AdministratorSetup administratorSetup;
    @Autowired
    MovableClock clock;
    @Autowired
    StartUpLock startUpLock;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProducerGroups groups;
    @Autowired
    Listings listings;
    @Autowired
    ListingReviews reviews;
    @Autowired
    Images images;
    @Autowired
    Collections collections;
    @Autowired
    DemoCatalogGenerator generator;
    @Autowired
    ShopStatus status;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    DemoOrders history;
    @Autowired
    DemoSetup setup;
    @Autowired
    DemoExhibition exhibition;
    @Autowired
    SearchIndex searchIndex;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // First: on H2 the demo data below brings administrators, after which no start prints a link.
    @Test
    @Order(1)
    void two_nodes_starting_at_once_without_an_administrator_print_one_link_and_it_works(CapturedOutput output) throws Exception {
        // The context's own start printed a link; later than ONE_LINK_FOR it no longer counts as this start's.
        clock.advance(AdministratorSetup.ONE_LINK_FOR.plusMinutes(1));
        ApplicationRunner firstAdministrator = context.getBean("firstAdministrator", ApplicationRunner.class);
        int before = links(output).size();

        List<Object> outcomes = AtOnce.race(List.of(startUp(firstAdministrator), startUp(firstAdministrator)));

        assertThat(outcomes).containsOnlyNulls();
        List<String> printed = links(output).subList(before, links(output).size());
        assertThat(printed).hasSize(1);
        assertThat(output.getOut()).contains("printed at").contains("by a node that started at the same time");
        String token = printed.getFirst().substring(printed.getFirst().indexOf("token=") + "token=".length());
        assertThat(administratorSetup.isLinkValid(token)).isTrue();
        administratorSetup.complete(token, "admin-pertama-" + System.nanoTime() + "@test.pasarbersinar.id", "Pengelola Pusat",
                "Pengelola-Pasar-Nasional-2026", "203.0.113.7");
        assertThat(administratorSetup.administratorExists()).isTrue();
    }

    @Test
    @Order(2)
    void two_nodes_starting_at_once_on_an_empty_database_load_one_demo_catalog(CapturedOutput output) throws Exception {
        assertThat(groups.count()).isZero();

        List<Object> outcomes = AtOnce.race(List.of(startUp(demoNode()), startUp(demoNode())), Duration.ofMinutes(5));

        assertThat(outcomes).containsOnlyNulls();
        assertThat(groups.listPublic().stream().filter(GroupSummary::demo)).hasSize(DemoGroups.all().size());
        assertThat(groups.count()).isEqualTo(DemoGroups.all().size());
        assertThat(searchIndex.databaseCount()).isEqualTo(DemoDataLoader.readProducts().size());
        assertThat(collections.count()).isEqualTo(3);
        assertThat(occurrences(output.getOut(), "Demo catalog loaded in")).isEqualTo(1);
        // The other node waited for the first and then found its catalog.
        assertThat(occurrences(output.getOut(), "Demo data found in the database")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void a_node_that_died_holding_the_lock_holds_up_the_others_only_until_the_lock_runs_out() {
        // A node took the lock and died: it renews nothing, so the row runs out after its lockAtMostFor.
        JdbcTemplateLockProvider provider = context.getBean(JdbcTemplateLockProvider.class);
        Duration heldFor = Duration.ofSeconds(3);
        assertThat(provider.lock(new LockConfiguration(Instant.now(), "start-up-dead-node", heldFor, Duration.ZERO))).isPresent();
        AtomicInteger runs = new AtomicInteger();
        long started = System.nanoTime();

        startUpLock.once("dead-node", runs::incrementAndGet);

        assertThat(runs).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(heldFor.minusMillis(500));
    }

    /** A node of its own: its own loader, with the demo on (history off, as in the whole suite). */
    private DemoDataLoader demoNode() {
        return new DemoDataLoader(new DemoProperties(true, 0, false), dataSource, groups, listings, reviews, images, collections,
                generator, status, transaction, accounts, history, setup, exhibition, startUpLock);
    }

    private static Callable<Object> startUp(ApplicationRunner runner) {
        return () -> {
            runner.run(new DefaultApplicationArguments());
            return null;
        };
    }

    private static List<String> links(CapturedOutput output) {
        Matcher matcher = LINK.matcher(output.getOut());
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static long occurrences(String text, String part) {
        return Arrays.stream(text.split(Pattern.quote(part), -1)).count() - 1;
    }
}

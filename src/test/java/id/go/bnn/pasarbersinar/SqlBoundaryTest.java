package id.go.bnn.pasarbersinar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Module boundaries hold in SQL as {@code ApplicationModules.verify()} holds them in Java: a module's SQL names only
 * its own tables. Another module's data is read through the owner's public API or from a projection the reader keeps
 * itself, fed by the owner's events. {@link SqlTableOwners} says who owns each table; a table a migration creates
 * without an owner fails here too, so the map cannot fall behind. And SQL is run only by a module's store and query
 * classes (named {@code …Store} or {@code …Queries}): services and views call their typed methods.
 */
class SqlBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/id/go/bnn/pasarbersinar");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    /** The root package: the application class, Flyway and ShedLock configuration, the publication registry's job. */
    private static final String ROOT = "(root package)";

    /**
     * Crossings allowed for good, each with its reason. The demo module loads its data through the modules' services;
     * its one SQL read is of the framework's publication registry, to wait until every demo event was handled.
     */
    private static final Set<String> ALLOWED = Set.of(
            "demo -> event_publication");

    @Test
    void every_table_a_migration_creates_has_an_owning_module() {
        Set<String> created = createdTables();
        assertThat(created).as("tables created by the migrations under " + MIGRATIONS).isNotEmpty();
        assertThat(SqlTableOwners.unowned(created))
                .as("tables without an owner: add each to SqlTableOwners under the module that writes it")
                .isEmpty();
        assertThat(SqlTableOwners.ownedTwice()).as("tables listed under two modules").isEmpty();
        assertThat(new TreeSet<>(SqlTableOwners.tables()).stream().filter(table -> !created.contains(table)).toList())
                .as("owners listed for tables no migration creates (renamed or dropped?)")
                .isEmpty();
    }

    @Test
    void sql_in_a_module_names_only_tables_that_module_owns() {
        Set<String> tables = createdTables();
        Map<String, Set<String>> crossings = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        for (Path file : javaFiles()) {
            String module = moduleOf(file);
            for (String sql : SqlLiterals.of(read(file))) {
                for (String table : namedTables(sql)) {
                    if (!tables.contains(table)) {
                        continue;
                    }
                    String owner = SqlTableOwners.ownerOf(table);
                    String crossing = module + " -> " + table;
                    seen.add(crossing);
                    if (crosses(module, owner)) {
                        crossings.computeIfAbsent(crossing + " (owned by " + owner + ")", key -> new TreeSet<>()).add(MAIN.relativize(file).toString());
                    }
                }
            }
        }
        // The scan must see the modules' own SQL, or a broken path would let it pass finding nothing.
        assertThat(seen).contains("catalog -> product", "order -> customer_order", "payout -> ledger_entry", "identity -> account");

        Map<String, Set<String>> forbidden = new TreeMap<>(crossings);
        forbidden.keySet().removeIf(crossing -> ALLOWED.contains(pair(crossing)));
        assertThat(forbidden)
                .as("SQL naming another module's table: read it through the owner's public API or keep a projection fed by its events")
                .isEmpty();

        Set<String> used = crossings.keySet().stream().map(SqlBoundaryTest::pair).collect(Collectors.toSet());
        assertThat(ALLOWED.stream().filter(allowed -> !used.contains(allowed)).sorted().toList())
                .as("allowances no SQL needs any more: remove them")
                .isEmpty();
    }

    @Test
    void the_scan_finds_tables_after_every_clause_in_literals_and_text_blocks_but_not_in_comments() {
        String source = """
                class Sample {
                    // SELECT * FROM commented_out
                    /* DELETE FROM also_commented */
                    String a = "SELECT p.id FROM product p LEFT JOIN producer_group g ON g.id = p.group_id";
                    String b = "INSERT INTO payout_order_line (id) VALUES (?)" + "";
                    String c = "UPDATE " + "fulfilment SET status = ?";
                    String d = \"""
                            DELETE FROM cart_item
                            WHERE id IN (SELECT x FROM ledger_entry e, ledger_transaction AS t)
                            \""";
                    String e = "MERGE INTO catalog_group KEY (group_id) VALUES (?, ?)";
                    char quote = '"';
                    String f = "escaped \\" FROM order_line";
                }
                """;
        Set<String> named = new TreeSet<>();
        SqlLiterals.of(source).forEach(sql -> named.addAll(namedTables(sql)));
        assertThat(named).containsExactlyInAnyOrder("product", "producer_group", "payout_order_line", "fulfilment", "cart_item",
                "ledger_entry", "ledger_transaction", "catalog_group", "order_line");
    }

    /**
     * The one class outside a store that touches Spring's JDBC classes: ShedLock's lock provider is built on a
     * {@code JdbcTemplate} of the application's data source (the library runs the SQL).
     */
    private static final String SCHEDULER_LOCK = "id.go.bnn.pasarbersinar.SchedulerLockConfiguration";

    /** A store or query class, or a class nested in one (a row record, a row mapper). */
    private static final DescribedPredicate<JavaClass> STORE_OR_QUERIES = DescribedPredicate.describe("store or query classes", type -> {
        for (JavaClass at = type; at != null; at = at.getEnclosingClass().orElse(null)) {
            if (at.getSimpleName().endsWith("Store") || at.getSimpleName().endsWith("Queries")) {
                return true;
            }
        }
        return false;
    });

    /** Spring's JDBC classes ({@code JdbcClient}, {@code JdbcTemplate}, their statement specs and row mappers). */
    static ArchRule sqlOnlyInStores() {
        return noClasses().that(DescribedPredicate.not(STORE_OR_QUERIES)).and().doNotHaveFullyQualifiedName(SCHEDULER_LOCK)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.core..")
                .as("SQL runs only in a module's …Store or …Queries classes: move it there and call a typed method");
    }

    @Test
    void only_store_and_query_classes_run_sql() {
        JavaClasses shop = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.go.bnn.pasarbersinar");
        // The rule must see the stores' JDBC use, or a broken import would let it pass finding nothing.
        assertThat(shop.stream().filter(STORE_OR_QUERIES).filter(type -> type.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> dependency.getTargetClass().isEquivalentTo(JdbcClient.class))).count())
                .as("store and query classes holding a JdbcClient").isGreaterThan(20);
        sqlOnlyInStores().check(shop);
    }

    /** A service that was handed a JdbcClient, as the rule must refuse it. */
    static final class SampleService {
        private final JdbcClient jdbc;

        SampleService(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        int count() {
            return jdbc.sql("SELECT COUNT(*) FROM product").query(Integer.class).single();
        }
    }

    /** A store that holds one, as the rule lets it. */
    static final class SampleStore {
        private final JdbcClient jdbc;

        SampleStore(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        int count() {
            return jdbc.sql("SELECT COUNT(*) FROM product").query(Integer.class).single();
        }
    }

    @Test
    void the_sql_rule_refuses_a_service_holding_a_jdbc_client_and_lets_a_store_hold_one() {
        List<String> violations = sqlOnlyInStores().evaluate(new ClassFileImporter().importClasses(SampleService.class, SampleStore.class))
                .getFailureReport().getDetails();
        assertThat(violations).as("violations").isNotEmpty()
                .anyMatch(violation -> violation.contains(SampleService.class.getName()))
                .noneMatch(violation -> violation.contains(SampleStore.class.getName()));
    }

    /** The framework's tables are for the root package, which configures them; a module needs an explicit allowance. */
    private static boolean crosses(String module, String owner) {
        return !owner.equals(module) && !(SqlTableOwners.FRAMEWORK.equals(owner) && ROOT.equals(module));
    }

    private static String pair(String crossing) {
        return crossing.substring(0, crossing.indexOf(" (owned by"));
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?(\\w+)");

    static Set<String> createdTables() {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            Set<String> tables = new TreeSet<>();
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                Matcher matcher = CREATE_TABLE.matcher(read(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            });
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+[`\"]?(\\w+)[`\"]?");
    /** Further tables of a comma-separated FROM list: {@code FROM a x, b AS y}. */
    private static final Pattern MORE = Pattern.compile("(?i)(?:\\s+(?:AS\\s+)?(?!WHERE\\b|ON\\b|JOIN\\b|LEFT\\b|INNER\\b|GROUP\\b|ORDER\\b)\\w+)?\\s*,\\s*[`\"]?(\\w+)");

    static Set<String> namedTables(String sql) {
        Set<String> named = new TreeSet<>();
        Matcher clause = CLAUSE.matcher(sql);
        while (clause.find()) {
            named.add(clause.group(1).toLowerCase(Locale.ROOT));
            Matcher more = MORE.matcher(sql);
            more.region(clause.end(), sql.length());
            while (more.lookingAt()) {
                named.add(more.group(1).toLowerCase(Locale.ROOT));
                more.region(more.end(), sql.length());
            }
        }
        return named;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module a source file belongs to: the first package below the base package, or the root package itself. */
    private static String moduleOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals and text blocks of a Java source; literals joined by {@code +} are read as one. */
    static final class SqlLiterals {

        private SqlLiterals() {
        }

        static List<String> of(String source) {
            List<String> chunks = new ArrayList<>();
            StringBuilder current = null;
            boolean joinable = false;
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? n : end;
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (c == '\'') {
                    i = skipQuoted(source, i, '\'');
                    joinable = false;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    while (end > 0 && source.charAt(end - 1) == '\\') {
                        end = source.indexOf("\"\"\"", end + 1);
                    }
                    end = end < 0 ? n : end;
                    current = append(chunks, current, joinable, source.substring(i + 3, end));
                    i = Math.min(n, end + 3);
                    joinable = true;
                } else if (c == '"') {
                    int end = skipQuoted(source, i, '"');
                    current = append(chunks, current, joinable, source.substring(i + 1, Math.max(i + 1, end - 1)));
                    i = end;
                    joinable = true;
                } else {
                    if (!Character.isWhitespace(c) && c != '+') {
                        joinable = false;
                    }
                    i++;
                }
            }
            return chunks;
        }

        private static StringBuilder append(List<String> chunks, StringBuilder current, boolean joinable, String literal) {
            if (joinable && current != null) {
                current.append(literal);
                chunks.set(chunks.size() - 1, current.toString());
                return current;
            }
            StringBuilder fresh = new StringBuilder(literal);
            chunks.add(literal);
            return fresh;
        }

        /** The index just after the closing quote of a literal that opens at {@code start}. */
        private static int skipQuoted(String source, int start, char quote) {
            int i = start + 1;
            while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(source.length(), i + 1);
        }
    }
}

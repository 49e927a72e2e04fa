package id.go.bnn.pasarbersinar.producer;

import id.go.bnn.pasarbersinar.producer.internal.GroupDirectoryQueries;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups as reports need them, in one query each (never one per group): the groups a report's scope covers with
 * what the report shows of them, and the groups behind a set of ids. No access checks here: the reporting services
 * that call it decide who may see what (staff dashboards by province, the public page only verified groups).
 */
@Service
@Transactional(readOnly = true)
public class GroupDirectory {

    /** What reports show of a group: its current name, place, programme and registered members, and whether it is public. */
    public record Entry(long id, String name, String slug, String provinceCode, String regency, String programmeCode, int members,
            boolean verified, boolean impactConsent) {
    }

    private final GroupDirectoryQueries queries;

    GroupDirectory(GroupDirectoryQueries queries) {
        this.queries = queries;
    }

    /**
     * The groups of some provinces ({@code null}: every province; empty: none), of a programme ({@code null}: any) and,
     * if {@code group} is given, only that group: by id, in id order.
     */
    public Map<Long, Entry> inScope(Set<String> provinces, String programme, Long group) {
        return provinces != null && provinces.isEmpty() ? Map.of() : queries.inScope(provinces, programme, group);
    }

    /** These groups (unknown ids left out), by province and name. */
    public List<Entry> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : queries.byIds(ids);
    }

    /** Whether the group is verified and agreed that what it earned is shown. */
    public boolean consents(long group) {
        return queries.consents(group);
    }

    /** Changes whenever a group or a consent does: what a cache of figures naming groups compares. */
    public String stamp() {
        return queries.stamp();
    }
}

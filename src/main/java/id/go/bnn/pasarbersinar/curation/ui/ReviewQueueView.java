package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.ListingRow;
import id.go.bnn.pasarbersinar.catalog.ListingReviews;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The review queue of the curator's provinces (all for an administrator): new listings and revisions, oldest first. */
@Route("staf/kurasi")
@RolesAllowed({"CURATOR", "ADMIN"})
@Menu(title = "curation.menu.review", order = 60)
@StyleSheet("styles/portal.css")
class ReviewQueueView extends Div implements HasDynamicTitle {

    ReviewQueueView(ListingReviews reviews, ProducerGroups groups, Clock clock) {
        addClassName("pb-portal");
        add(new H1(getTranslation("curation.queue.heading")));
        List<ListingRow> queue = reviews.reviewQueue();
        if (queue.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("curation.queue.empty"));
            empty.addClassName("pb-portal-done");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("curation.queue.count", queue.size())));
        Map<GroupId, GroupSummary> names = groups.findAll(queue.stream().map(row -> new GroupId(row.groupId())).distinct().toList());
        Div list = new Div();
        list.addClassName("pb-listing-list");
        for (ListingRow row : queue) {
            Anchor link = new Anchor("staf/kurasi/" + row.id().value(), "");
            link.addClassName("pb-listing-row");
            if (row.coverImage() != null) {
                Image cover = new Image(ImageRef.url(row.coverImage(), ImageRef.SMALL), "");
                cover.addClassName("pb-thumb");
                link.add(cover);
            } else {
                Div empty = new Div();
                empty.addClassName("pb-thumb-empty");
                link.add(empty);
            }
            Span title = new Span(row.title().in(getLocale()));
            title.addClassName("pb-listing-title");
            GroupSummary group = names.get(new GroupId(row.groupId()));
            Span kind = new Span(getTranslation(row.revisionState() != null ? "curation.queue.revision" : "curation.queue.new"));
            kind.addClassNames("pb-status", row.revisionState() != null ? "pb-status-revision" : "pb-status-submitted");
            Span facts = new Span((group == null ? "" : group.name() + " · " + group.provinceName() + " · ")
                    + age(row.submittedAt() == null ? Duration.ZERO : Duration.between(row.submittedAt(), clock.instant())));
            facts.addClassName("pb-listing-facts");
            Div text = new Div(title, kind, facts);
            text.addClassName("pb-listing-text");
            link.add(text);
            list.add(link);
        }
        add(list);
    }

    private String age(Duration waited) {
        if (waited.toDays() >= 1) {
            return getTranslation("curation.queue.age.days", waited.toDays());
        }
        if (waited.toHours() >= 1) {
            return getTranslation("curation.queue.age.hours", waited.toHours());
        }
        return getTranslation("curation.queue.age.minutes", Math.max(0, waited.toMinutes()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.queue.heading") + " · " + getTranslation("shell.brand");
    }
}

package id.go.bnn.pasarbersinar.shell;

import com.vaadin.flow.dom.Element;
import java.util.Set;
import org.jsoup.nodes.TextNode;

/**
 * Writes a server-side element tree as plain HTML for the first view. Text is escaped by jsoup; the inner HTML of
 * {@code Html} components is markup the shop built and escaped itself. Ids are left out (the live page has them),
 * invisible elements too, and custom elements ({@code vaadin-*}) become {@code span}s carrying their tag in
 * {@code data-fv}, so that the copy is never upgraded into a second set of live components. What the live components
 * draw themselves comes along: an icon's shape ({@link FirstViewIcons}), a field's label and an empty field's hint.
 */
final class StaticCopy {

    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "template", "vaadin-tooltip", "vaadin-dialog");

    private StaticCopy() {
    }

    static void append(org.jsoup.nodes.Element parent, Element element) {
        if (element.isTextNode()) {
            parent.appendChild(new TextNode(element.getText()));
            return;
        }
        String tag = element.getTag();
        // Lists of choices live in overlays that open on a tap: the copy shows the field, not its options.
        if (!element.isVisible() || SKIPPED_TAGS.contains(tag) || tag.endsWith("-list-box") || tag.endsWith("-overlay")) {
            return;
        }
        boolean custom = tag.contains("-");
        org.jsoup.nodes.Element copy = parent.appendElement(custom ? "span" : tag);
        if (custom) {
            copy.attr("data-fv", tag);
            copy.attr("inert", true);
        }
        element.getAttributeNames().forEach(name -> {
            if (!"id".equals(name) && !name.startsWith("on")) {
                String value = element.getAttribute(name);
                copy.attr(name, value == null ? "" : value);
            }
        });
        if (element.hasProperty("innerHTML")) {
            copy.append(element.getProperty("innerHTML", ""));
        }
        if (custom && element.hasProperty("label")) {
            copy.attr("data-fv-label", element.getProperty("label", ""));
        }
        // An empty field shows its hint (pasar.css writes it in the copy), as the live field will.
        if (custom && !element.getProperty("placeholder", "").isEmpty() && element.getProperty("value", "").isEmpty()) {
            copy.attr("data-fv-placeholder", element.getProperty("placeholder", ""));
        }
        if ("vaadin-icon".equals(tag)) {
            FirstViewIcons.svg(element.getAttribute("icon")).ifPresent(copy::appendChild);
        }
        element.getChildren().forEach(child -> append(copy, child));
    }
}

package id.go.bnn.pasarbersinar.shell;

import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The Vaadin icons the shop's pages use, as the inline SVG a {@code vaadin-icon} draws once Vaadin runs: the first
 * view shows the header's cart and account icons (and the others) before the icon set's script has arrived. The
 * shapes are those of Vaadin's own icon set ({@code @vaadin/icons}, 16 by 16, Apache License 2.0). An icon missing
 * here is an empty box of the icon's size in the first view, as before.
 */
final class FirstViewIcons {

    private static final Map<String, String[]> PATHS = Map.of(
            "vaadin:cart", new String[] {"M14 13.1v-1.1h-9.4l0.6-1.1 9.2-0.9 1.6-6h-12.3l-0.7-3h-3v1h2.2l2.1 8.4-1.3 2.6v1.5c0 "
                    + "0.8 0.7 1.5 1.5 1.5s1.5-0.7 1.5-1.5-0.7-1.5-1.5-1.5h7.5v1.5c0 0.8 0.7 1.5 1.5 1.5s1.5-0.7 1.5-1.5c0-0.7-0.4-1.2-1-1.4z"},
            "vaadin:user", new String[] {"M8 0c-5.6 0-2.9 7.3-2.9 7.3 0.6 1 1.4 0.8 1.4 1.5 0 0.6-0.7 0.8-1.4 0.9-1.1 0-2.1-0.2-3.1 "
                    + "1.6-0.6 1.1-0.9 4.7-0.9 4.7h13.7c0 0-0.3-3.6-0.8-4.7-1-1.9-2-1.6-3.1-1.7-0.7-0.1-1.4-0.3-1.4-0.9s0.8-0.4 1.4-1.5c0 "
                    + "0.1 2.7-7.2-2.9-7.2z"},
            "vaadin:search", new String[] {"M15.7 14.3l-4.2-4.2c-0.2-0.2-0.5-0.3-0.8-0.3 0.8-1 1.3-2.4 1.3-3.8 0-3.3-2.7-6-6-6s-6 "
                    + "2.7-6 6 2.7 6 6 6c1.4 0 2.8-0.5 3.8-1.4 0 0.3 0 0.6 0.3 0.8l4.2 4.2c0.2 0.2 0.5 0.3 0.7 0.3s0.5-0.1 0.7-0.3c0.4-0.3 "
                    + "0.4-0.9 0-1.3zM6 10.5c-2.5 0-4.5-2-4.5-4.5s2-4.5 4.5-4.5 4.5 2 4.5 4.5-2 4.5-4.5 4.5z"},
            "vaadin:sign-out", new String[] {"M9 4v-3h-9v14h9v-3h-1v2h-7v-12h7v2z", "M16 8l-5-4v2h-5v4h5v2z"},
            "vaadin:filter", new String[] {"M1 2h14v2l-6 5v7l-2-2v-5l-6-5v-2z", "M1 0h14v1h-14v-1z"},
            "vaadin:plus", new String[] {"M14 7h-5v-5h-2v5h-5v2h5v5h2v-5h5v-2z"},
            "vaadin:arrow-up", new String[] {"M3.4 7.4l3.6-3.6v12.2h2v-12.2l3.5 3.6 1.4-1.5-5.9-5.9-6 5.9z"},
            "vaadin:arrow-down", new String[] {"M12.5 8.6l-3.5 3.6v-12.2h-2v12.2l-3.5-3.6-1.4 1.5 5.9 5.9 5.9-5.9z"},
            "vaadin:trash", new String[] {"M13 3s0-0.51-2-0.8v-0.7c-0.017-0.832-0.695-1.5-1.53-1.5-0 0-0 0-0 0h-3c-0.815 0.017-1.47 "
                    + "0.682-1.47 1.5 0 0 0 0 0 0v0.7c-0.765 0.068-1.452 0.359-2.007 0.806l-0.993-0.006v1h12v-1h-1zM6 "
                    + "1.5c0.005-0.274 0.226-0.495 0.499-0.5l3.001-0c0 0 0.001 0 0.001 0 0.282 0 0.513 0.22 0.529 "
                    + "0.499l0 0.561c-0.353-0.042-0.763-0.065-1.178-0.065-0.117 0-0.233 0.002-0.349 "
                    + "0.006-0.553-0-2.063-0-2.503 0.070v-0.57z",
                    "M2 5v1h1v9c1.234 0.631 2.692 1 4.236 1 0.002 0 0.003 0 0.005 0h1.52c0.001 0 0.003 0 0.004 0 "
                    + "1.544 0 3.002-0.369 4.289-1.025l-0.054-8.975h1v-1h-12zM6 "
                    + "13.92q-0.51-0.060-1-0.17v-6.75h1v6.92zM9 14h-2v-7h2v7zM11 13.72c-0.267 0.070-0.606 0.136-0.95 "
                    + "0.184l-0.050-6.904h1v6.72z"},
            "vaadin:camera", new String[] {"M11 9c0 1.657-1.343 3-3 3s-3-1.343-3-3c0-1.657 1.343-3 3-3s3 1.343 3 3z",
                    "M11 4v-3h-6v3h-5v9h5c0.8 0.6 1.9 1 3 1s2.2-0.4 3-1h5v-9h-5zM6 2h4v2h-4v-2zM8 13c-2.2 0-4-1.8-4-4s1.8-4 4-4c2.2 0 "
                    + "4 1.8 4 4s-1.8 4-4 4zM15 6h-2v-1h2v1z"});

    private FirstViewIcons() {
    }

    /** The icon ({@code "vaadin:cart"}) drawn in the text's colour, as the live icon is; empty for an icon not listed. */
    static Optional<Element> svg(String icon) {
        String[] paths = icon == null ? null : PATHS.get(icon);
        if (paths == null) {
            return Optional.empty();
        }
        Element svg = new Element("svg").attr("viewBox", "0 0 16 16").attr("fill", "currentColor")
                .attr("aria-hidden", "true").attr("focusable", "false");
        for (String path : paths) {
            svg.appendElement("path").attr("d", path);
        }
        return Optional.of(svg);
    }
}

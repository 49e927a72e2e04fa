package id.go.bnn.pasarbersinar.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the storefront pages (home, catalog, search, product, group, collection, impact) the first HTML is the page: the server's static
 * copy ({@code shell.FirstHtml}) is what a phone paints and reads, its links are plain links, and Vaadin's 880 kB
 * bundle starts only when the visitor does something the copy cannot do: the first tap, key, focus, wheel or mouse
 * movement that is not a tap on (or focus of) a plain link of the copy.
 *
 * <ul>
 * <li>The bundle's {@code <script type=module>} becomes inert ({@code type="text/x-pb-deferred"}); a small inline
 * script (with the request's CSP nonce) starts it on the first interaction, marks the page {@code pb-starting}
 * (a progress bar, see {@code pasar.css}) and, once the live view has replaced the copy, repeats the tap on the
 * control it landed on (the same component in the live view: same tags, same position among visible siblings); the
 * characters typed after that tap while the live view loaded are put into that control's field.</li>
 * <li>The first view's UI state is left out of the page (it is most of its bytes); the live view is built by Vaadin's
 * ordinary {@code ?v-r=init} request when the bundle starts. The UI built for the first HTML is removed from the
 * session after the response, and a session that this request opened is ended: a crawler or a visitor who only
 * reads costs the server nothing after the response.</li>
 * </ul>
 * Switched off with {@code pasar.first-view.deferred=false}; the pages it applies to are
 * {@code pasar.first-view.deferred-paths} (a regular expression over the path).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DeferredStart extends OncePerRequestFilter implements VaadinServiceInitListener {

    static final String DEFERRED_TYPE = "text/x-pb-deferred";
    static final String STATIC_UI_ATTRIBUTE = DeferredStart.class.getName() + ".ui";

    /** Starts the bundle on the first interaction and repeats the tap that woke it (no "</" and no user data inside). */
    static final String WAKE_SCRIPT = """
            (() => {
              const kinds = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'pointermove', 'wheel'];
              const copyRoot = () => document.querySelector('#outlet > .pb-first-view');
              const liveRoot = () => document.querySelector('#outlet > [id^="ROOT"]');
              const tagOf = el => (el.getAttribute('data-fv') || el.tagName).toLowerCase();
              const shown = el => !el.hidden && el.getAttribute('aria-hidden') !== 'true';
              const at = (x, y) => {
                let hit = null;
                const root = copyRoot();
                if (!root) return null;
                for (const el of root.querySelectorAll('[data-fv]')) {
                  const r = el.getBoundingClientRect();
                  if (r.width && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) hit = el;
                }
                return hit;
              };
              const pathTo = el => {
                const root = copyRoot(), steps = [];
                for (let node = el; node && node !== root; node = node.parentElement) {
                  const parent = node.parentElement;
                  if (!parent) return null;
                  const same = Array.from(parent.children).filter(c => tagOf(c) === tagOf(node));
                  steps.unshift([tagOf(node), same.indexOf(node)]);
                }
                return steps;
              };
              const follow = steps => {
                let node = liveRoot();
                for (const [tag, index] of steps) {
                  if (!node) return null;
                  node = Array.from(node.children).filter(c => c.tagName.toLowerCase() === tag && shown(c))[index];
                }
                return node;
              };
              let woken = false, steps = null, typed = '';
              const start = () => {
                woken = true;
                document.documentElement.classList.add('pb-starting');
                const outlet = document.getElementById('outlet');
                if (outlet) {
                  const watch = new MutationObserver(() => {
                    if (copyRoot() || !liveRoot() || !liveRoot().firstElementChild) return;
                    watch.disconnect();
                    kinds.forEach(kind => removeEventListener(kind, wake, true));
                    document.documentElement.classList.remove('pb-starting');
                    const live = steps ? follow(steps) : null;
                    if (live) {
                      if (live.focus) live.focus();
                      live.click();
                      // What was typed while the live view loaded goes into the field that was tapped.
                      const field = live.matches('input, textarea') ? live : live.querySelector('input, textarea');
                      if (field && typed) {
                        field.value += typed;
                        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
                        // A value set by script gets no change event of the browser's own: the server hears it now.
                        field.dispatchEvent(new Event('change', { bubbles: true }));
                      }
                    }
                  });
                  watch.observe(outlet, { childList: true, subtree: true });
                }
                for (const deferred of document.querySelectorAll('script[type="text/x-pb-deferred"]')) {
                  const script = document.createElement('script');
                  script.type = 'module';
                  script.crossOrigin = '';
                  script.nonce = deferred.nonce;
                  script.src = deferred.src;
                  deferred.replaceWith(script);
                }
              };
              const wake = event => {
                // A finger moving is a scroll (its touchstart counts); only a mouse moving over the page starts it.
                if (event.type === 'pointermove' && event.pointerType !== 'mouse') return;
                if (event.type === 'keydown' && woken && event.key && event.key.length === 1
                    && !event.ctrlKey && !event.metaKey && !event.altKey) typed += event.key;
                const tap = event.type === 'pointerdown' || event.type === 'touchstart';
                const onLink = event.target instanceof Element && event.target.closest('.pb-first-view a[href]');
                if ((tap || event.type === 'focusin') && onLink) return;
                if (tap) {
                  const point = event.touches ? event.touches[0] : event;
                  const control = point ? at(point.clientX, point.clientY) : null;
                  if (control) steps = pathTo(control);
                }
                if (!woken) start();
              };
              kinds.forEach(kind => addEventListener(kind, wake, { capture: true, passive: true }));
            })();
            """;

    private final boolean enabled;
    private final Pattern paths;

    DeferredStart(@Value("${pasar.first-view.deferred:true}") boolean enabled,
            @Value("${pasar.first-view.deferred-paths:/|/katalog|/cari|/produk/[^/]+|/kelompok/[^/]+|/koleksi/[^/]+|/dampak}") String paths) {
        this.enabled = enabled;
        this.paths = Pattern.compile(paths);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::defer);
    }

    boolean applies(String path) {
        return enabled && paths.matcher(path.isEmpty() ? "/" : path).matches();
    }

    void defer(IndexHtmlResponse response) {
        if (!(response.getVaadinRequest() instanceof VaadinServletRequest request) || response.getUI().isEmpty()) {
            return;
        }
        HttpServletRequest http = request.getHttpServletRequest();
        if (!applies(http.getRequestURI().substring(http.getContextPath().length()))) {
            return;
        }
        Document document = response.getDocument();
        if (!defer(document, nonce(request))) {
            return;
        }
        http.setAttribute(STATIC_UI_ATTRIBUTE, response.getUI().get());
    }

    /** Rewrites the page: the bundle waits, the first view's UI state goes. False when the page is not Vaadin's usual one. */
    static boolean defer(Document document, String nonce) {
        var bundles = document.select("script[type=module][src*=VAADIN/build/]");
        if (bundles.isEmpty()) {
            return false;
        }
        bundles.attr("type", DEFERRED_TYPE);
        for (Element script : document.select("script")) {
            String data = script.data();
            if (data.contains("window.Vaadin.TypeScript") && data.contains("\"initial\"")) {
                script.remove();
            }
        }
        Element wake = document.body().appendElement("script");
        wake.appendChild(new DataNode(WAKE_SCRIPT));
        if (nonce != null) {
            wake.attr("nonce", nonce);
        }
        return true;
    }

    private static String nonce(VaadinRequest request) {
        Object nonce = request.getAttribute(ContentSecurityPolicy.NONCE_ATTRIBUTE);
        return nonce == null ? null : nonce.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getAttribute(STATIC_UI_ATTRIBUTE) instanceof UI ui) {
                request.removeAttribute(STATIC_UI_ATTRIBUTE);
                forget(request, ui);
            }
        }
    }

    /** The UI of a static first view serves nobody: drop it, and the session if this request opened it for it alone. */
    static void forget(HttpServletRequest request, UI ui) {
        VaadinSession vaadin = ui.getSession();
        boolean[] empty = {true};
        if (vaadin != null) {
            // The UI's own access makes it the current one, as removeUI expects.
            ui.accessSynchronously(() -> {
                vaadin.removeUI(ui);
                empty[0] = vaadin.getUIs().isEmpty();
            });
        }
        HttpSession session = request.getSession(false);
        boolean opened = request.getRequestedSessionId() == null || !request.isRequestedSessionIdValid();
        if (session != null && opened && empty[0]) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // nothing left to end
            }
        }
    }
}

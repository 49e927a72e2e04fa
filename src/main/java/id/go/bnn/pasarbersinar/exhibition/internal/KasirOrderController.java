package id.go.bnn.pasarbersinar.exhibition.internal;

import id.go.bnn.pasarbersinar.exhibition.BoothOrders;
import id.go.bnn.pasarbersinar.exhibition.BoothSaleException;
import id.go.bnn.pasarbersinar.order.Countries;
import id.go.bnn.pasarbersinar.order.DeliveryAddress;
import id.go.bnn.pasarbersinar.order.OrderException;
import id.go.bnn.pasarbersinar.order.OrderOnBehalf;
import id.go.bnn.pasarbersinar.order.Places;
import id.go.bnn.pasarbersinar.order.PlacedOnBehalf;
import id.go.bnn.pasarbersinar.producer.Regions;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The booth page's orders for later delivery (online only): the lists the address form needs (countries; Indonesia's
 * provinces, regencies and districts as at checkout) and {@code POST /api/kasir/orders}, which places the order and
 * mails the buyer the card payment link. Kept apart from {@link KasirApiController} (sales, day close).
 */
@RestController
@RequestMapping("/api/kasir")
class KasirOrderController {

    private final BoothOrders orders;
    private final Places places;
    private final Regions regions;
    private final KasirApiTexts texts;

    KasirOrderController(BoothOrders orders, Places places, Regions regions, KasirApiTexts texts) {
        this.orders = orders;
        this.places = places;
        this.regions = regions;
        this.texts = texts;
    }

    record Choice(String code, String name) {
    }

    @GetMapping("/places/countries")
    List<Choice> countries(HttpServletRequest request) {
        signedIn();
        return Countries.all(texts.locale(request)).stream().map(country -> new Choice(country.code(), country.name())).toList();
    }

    @GetMapping("/places/provinces")
    List<Choice> provinces() {
        signedIn();
        return regions.provinces().stream().map(province -> new Choice(province.code(), province.name())).toList();
    }

    @GetMapping("/places/provinces/{province}/regencies")
    List<Choice> regencies(@PathVariable String province) {
        signedIn();
        return places.regencies(province).stream().map(place -> new Choice(place.code(), place.name())).toList();
    }

    @GetMapping("/places/regencies/{regency}/districts")
    List<Choice> districts(@PathVariable String regency) {
        signedIn();
        return places.districts(regency).stream().map(place -> new Choice(place.code(), place.name())).toList();
    }

    record OrderLineRequest(Long variantId, Integer quantity) {
    }

    record OrderRequest(Long exhibitionId, Long groupId, List<OrderLineRequest> lines, String name, String email, String phone,
            String country, String province, String regency, String district, String postalCode, String street, String city,
            String notes, String lang, String orderKey) {
    }

    @PostMapping("/orders")
    Map<String, Object> place(@RequestBody OrderRequest body, HttpServletRequest request) {
        signedIn();
        if (body == null || body.exhibitionId() == null || body.groupId() == null) {
            throw new BoothSaleException("exhibition.booth.error.request");
        }
        List<OrderOnBehalf.Line> lines = new ArrayList<>();
        for (OrderLineRequest line : body.lines() == null ? List.<OrderLineRequest>of() : body.lines()) {
            if (line == null || line.variantId() == null || line.quantity() == null) {
                throw new BoothSaleException("exhibition.booth.error.request");
            }
            lines.add(new OrderOnBehalf.Line(line.variantId(), line.quantity()));
        }
        String country = body.country() == null ? null : body.country().strip().toUpperCase(Locale.ROOT);
        DeliveryAddress address = Countries.INDONESIA.equals(country)
                ? DeliveryAddress.indonesia(body.province(), body.regency(), body.district(), body.postalCode(), body.street())
                : DeliveryAddress.abroad(country == null || country.isEmpty() ? null : country, body.street(), body.postalCode(), body.city());
        Locale language = "en".equals(body.lang()) ? Locale.ENGLISH : Locale.of("id");
        PlacedOnBehalf placed = orders.place(body.groupId(), new OrderOnBehalf(body.exhibitionId(), lines, body.name(), body.email(),
                body.phone(), address, body.notes(), language, body.orderKey()));
        Locale locale = texts.locale(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("number", placed.number());
        answer.put("email", placed.email());
        answer.put("itemsTotal", placed.itemsTotal().rupiah());
        answer.put("shipping", placed.shippingTotal().rupiah());
        answer.put("total", placed.total().rupiah());
        answer.put("payableUntil", placed.payableUntil().toString());
        answer.put("paymentUrl", placed.paymentUrl());
        answer.put("orderUrl", placed.orderUrl());
        answer.put("duplicate", placed.duplicate());
        answer.put("message", MessageFormat.format(texts.text(placed.duplicate() ? "exhibition.order.placed-before" : "exhibition.order.placed", locale),
                placed.number(), placed.email(), ShopTime.dateTime(placed.payableUntil(), locale)));
        return answer;
    }

    private static void signedIn() {
        if (!Caller.current().isSignedIn()) {
            throw new BoothSaleException("exhibition.booth.error.sign-in");
        }
    }

    @ExceptionHandler(BoothSaleException.class)
    ResponseEntity<Map<String, String>> refused(BoothSaleException refused, HttpServletRequest request) {
        HttpStatus status = switch (refused.messageKey()) {
            case "exhibition.booth.error.sign-in" -> HttpStatus.UNAUTHORIZED;
            case "exhibition.booth.error.not-seller" -> HttpStatus.FORBIDDEN;
            case "exhibition.order.error.short" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return error(status, refused.messageKey(), new Object[0], request);
    }

    @ExceptionHandler(OrderException.class)
    ResponseEntity<Map<String, String>> refused(OrderException refused, HttpServletRequest request) {
        HttpStatus status = "order.checkout.error.payment-unavailable".equals(refused.key()) ? HttpStatus.SERVICE_UNAVAILABLE
                : "order.checkout.error.sold-out".equals(refused.key()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return error(status, refused.key(), refused.arguments(), request);
    }

    /** The booth's access rule (a seller of that booth only), said as the booth page says it elsewhere. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> refused(AccessDeniedException refused, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "exhibition.booth.error.not-seller", new Object[0], request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "exhibition.booth.error.request", new Object[0], request);
    }

    private ResponseEntity<Map<String, String>> error(HttpStatus status, String key, Object[] arguments, HttpServletRequest request) {
        String text = texts.text(key, texts.locale(request));
        return ResponseEntity.status(status).body(Map.of("error", key, "message",
                arguments.length == 0 ? text : MessageFormat.format(text, arguments)));
    }
}
